package cn.energydata.policy.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for catalog-service (docs/service-contracts.md) and for Keycloak's token endpoint that
 * policy-service's OIDC client calls. Tests stub assets with {@link #asset}.
 */
public class CatalogWireMock implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/realms/energy/protocol/openid-connect/token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"policy-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        return Map.of(
                "quarkus.rest-client.catalog.url", server.baseUrl(),
                "quarkus.oidc-client.auth-server-url", server.baseUrl() + "/realms/energy");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Stubs the classification of an asset as the catalog returns it. */
    static void asset(String id, String org, String level, String status, String categoriesJson, String piJson) {
        String body = """
                {"id":"%s","organisation":"%s","name":"asset %s","level":%s,"status":"%s","categories":%s,
                 "personalInformation":%s,"crossBorder":false,"retired":false}
                """.formatted(id, org, id, level == null ? "null" : "\"" + level + "\"", status, categoriesJson, piJson);
        server.stubFor(get(urlEqualTo("/api/internal/assets/" + id + "/classification"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** Stubs an asset with the issue-13 fields: {@code extraJson} such as {@code "flags":[…],"registeredBy":"dave"}. */
    static void assetWith(String id, String org, String level, String piJson, String extraJson) {
        String body = """
                {"id":"%s","organisation":"%s","name":"asset %s","level":"%s","status":"CONFIRMED","categories":[],
                 "personalInformation":%s,"crossBorder":false,"retired":false,%s}
                """.formatted(id, org, id, level, piJson, extraJson);
        server.stubFor(get(urlEqualTo("/api/internal/assets/" + id + "/classification"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** A confirmed GENERAL asset holding the personal information of {@code persons} people. */
    static void personalInformation(String id, String org, long persons, boolean sensitive) {
        asset(id, org, "GENERAL", "CONFIRMED", "[\"pi.customer-account\"]",
                "{\"persons\":" + persons + ",\"sensitive\":" + sensitive + ",\"minors\":0,\"children\":0}");
    }

    /** The organisation profile the catalog answers (docs/service-contracts.md). */
    static void profile(String org, boolean ciio) {
        server.stubFor(get(urlEqualTo("/api/internal/organisations/" + org + "/profile"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"organisation":"%s","legalName":"%s (demo)","uscc":"91310000MA1FL0000X","sector":"POWER_GENERATION",
                         "province":"上海","filingAuthority":"国家能源局华东监管局","ciio":%s,
                         "dataSecurityOfficer":"officer","dataSecurityBody":"body","updatedAt":"2026-01-05T10:00:00Z",
                         "updatedBy":"carol"}
                        """.formatted(org, org, ciio))));
    }

    /** The organisation's personal-information totals (docs/service-contracts.md, issue 13 item 8). */
    static void personalInformationTotals(String org, long assets, long assetsWithMinors, long persons,
                                          long sensitivePersons, long minors, long children) {
        server.stubFor(get(urlEqualTo("/api/internal/organisations/" + org + "/personal-information"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"organisation":"%s","assets":%d,"assetsWithMinors":%d,"persons":%d,"sensitivePersons":%d,
                         "minors":%d,"children":%d}
                        """.formatted(org, assets, assetsWithMinors, persons, sensitivePersons, minors, children))));
    }

    static void personalInformationTotalsDown(String org) {
        server.stubFor(get(urlEqualTo("/api/internal/organisations/" + org + "/personal-information"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    static void profileDown(String org) {
        server.stubFor(get(urlEqualTo("/api/internal/organisations/" + org + "/profile"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    static void confirmed(String id, String org, String level) {
        asset(id, org, level, "CONFIRMED", "[]", "{\"persons\":0,\"sensitive\":false,\"minors\":0,\"children\":0}");
    }

    static void missing(String id) {
        server.stubFor(get(urlEqualTo("/api/internal/assets/" + id + "/classification"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:energy-data:problem:not-found\",\"title\":\"Not found\",\"status\":404}")));
    }

    static void down(String id) {
        server.stubFor(get(urlEqualTo("/api/internal/assets/" + id + "/classification"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    static void retirementAccepted(String id) {
        server.stubFor(post(urlEqualTo("/api/internal/assets/" + id + "/retirement")).willReturn(aResponse().withStatus(204)));
    }
}

package cn.energydata.policy.rest;

import cn.energydata.policy.time.TestClock;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.DAVE;
import static cn.energydata.policy.rest.Api.decide;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 14: asset facts are reused for a few seconds only by VIEW and DOWNLOAD within the organisation; every other
 * decision revalidates them with the catalog's conditional read (ETag / If-None-Match → 304), so a re-grade
 * applies at once to anything that could let the data leave the organisation (docs/service-contracts.md).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class CatalogRevalidationApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void viewAndDownloadReuseAFreshAnswerOtherActionsRevalidate() {
        String asset = UUID.randomUUID().toString();
        String path = "/api/internal/assets/" + asset + "/classification";
        clock.freeze();
        version(asset, "GENERAL", "7");
        decide(DAVE, asset, "VIEW", Map.of()).statusCode(200).body("assetLevel", equalTo("GENERAL"));
        CatalogWireMock.server.verify(1, getRequestedFor(urlEqualTo(path)).withHeader("If-None-Match", absent()));

        // Re-graded CORE in the catalog (version 8). Within the few seconds, VIEW and DOWNLOAD at home reuse the
        // answer without asking ...
        version(asset, "CORE", "8");
        decide(DAVE, asset, "VIEW", Map.of()).statusCode(200).body("assetLevel", equalTo("GENERAL"));
        decide(DAVE, asset, "DOWNLOAD", Map.of()).statusCode(200).body("assetLevel", equalTo("GENERAL"));
        CatalogWireMock.server.verify(1, getRequestedFor(urlEqualTo(path)));

        // ... but a download abroad and a provision to another entity revalidate at once and see the new grade.
        decide(DAVE, asset, "DOWNLOAD", Map.of("destination", "CROSS_BORDER", "country", "DE")).statusCode(200)
                .body("assetLevel", equalTo("CORE")).body("effect", equalTo("DENY"));
        CatalogWireMock.server.verify(getRequestedFor(urlEqualTo(path)).withHeader("If-None-Match", etag("7")));
        decide(DAVE, asset, "PROVIDE_TO_ENTITY", Map.of()).statusCode(200).body("assetLevel", equalTo("CORE"));
        CatalogWireMock.server.verify(getRequestedFor(urlEqualTo(path)).withHeader("If-None-Match", etag("8")));
        CatalogWireMock.server.verify(3, getRequestedFor(urlEqualTo(path)));

        // Once the few seconds are over, a VIEW asks again (conditionally: 304, nothing changed).
        clock.advance(Duration.ofSeconds(6));
        decide(DAVE, asset, "VIEW", Map.of()).statusCode(200).body("assetLevel", equalTo("CORE"));
        CatalogWireMock.server.verify(2, getRequestedFor(urlEqualTo(path)).withHeader("If-None-Match", etag("8")));
    }

    @Test
    void modifyAlwaysRevalidatesAndA304KeepsTheKnownAnswer() {
        String asset = UUID.randomUUID().toString();
        String path = "/api/internal/assets/" + asset + "/classification";
        clock.freeze();
        version(asset, "IMPORTANT", "3");
        for (int i = 0; i < 3; i++) {
            decide(DAVE, asset, "MODIFY", Map.of()).statusCode(200).body("assetLevel", equalTo("IMPORTANT"));
        }
        CatalogWireMock.server.verify(3, getRequestedFor(urlEqualTo(path)));
        CatalogWireMock.server.verify(2, getRequestedFor(urlEqualTo(path)).withHeader("If-None-Match", etag("3")));
    }

    @Test
    void anAssetGoneFromTheCatalogIsUnknownAtOnceForRevalidatingDecisions() {
        String asset = UUID.randomUUID().toString();
        version(asset, "GENERAL", "1");
        decide(DAVE, asset, "SHARE_INTERNAL", Map.of()).statusCode(200).body("assetLevel", equalTo("GENERAL"));
        forget(asset);
        CatalogWireMock.missing(asset);
        decide(DAVE, asset, "SHARE_INTERNAL", Map.of()).statusCode(200)
                .body("effect", equalTo("DENY")).body("policyIds[0]", equalTo("fail-closed.unknown-asset"));
    }

    private static StringValuePattern etag(String version) {
        return WireMock.equalTo("\"" + version + "\"");
    }

    /** Removes the asset's stubs (the 304 of an older version must not answer any more). */
    private static void forget(String asset) {
        String path = "/api/internal/assets/" + asset + "/classification";
        CatalogWireMock.server.listAllStubMappings().getMappings().stream()
                .filter(m -> path.equals(m.getRequest().getUrl()))
                .forEach(CatalogWireMock.server::removeStub);
    }

    /** The catalog's answer at {@code version}: 200 with the ETag, 304 to a caller that already has it. */
    private static void version(String asset, String level, String version) {
        forget(asset);
        String path = "/api/internal/assets/" + asset + "/classification";
        String body = """
                {"id":"%s","organisation":"east-grid","name":"asset","level":"%s","status":"CONFIRMED","categories":[],
                 "personalInformation":{"persons":0,"sensitive":false,"minors":0,"children":0},
                 "crossBorder":false,"retired":false}
                """.formatted(asset, level);
        String etag = "\"" + version + "\"";
        CatalogWireMock.server.stubFor(get(urlEqualTo(path)).atPriority(5)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withHeader("ETag", etag)
                        .withBody(body)));
        CatalogWireMock.server.stubFor(get(urlEqualTo(path)).atPriority(1)
                .withHeader("If-None-Match", WireMock.equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
    }
}

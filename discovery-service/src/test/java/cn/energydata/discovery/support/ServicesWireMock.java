package cn.energydata.discovery.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for classifier-service and catalog-service (docs/service-contracts.md, "Discovery") and for Keycloak's
 * token endpoint that the service's OIDC client calls. Tests stub answers through {@link #server}.
 */
public class ServicesWireMock implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().asynchronousResponseEnabled(true));
        server.start();
        stubToken();
        return Map.of(
                "quarkus.rest-client.classifier.url", server.baseUrl(),
                "quarkus.rest-client.catalog.url", server.baseUrl(),
                "quarkus.oidc-client.auth-server-url", server.baseUrl() + "/realms/energy");
    }

    public static void stubToken() {
        server.stubFor(post(urlEqualTo("/realms/energy/protocol/openid-connect/token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"discovery-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}

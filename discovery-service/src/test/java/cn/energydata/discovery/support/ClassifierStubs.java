package cn.energydata.discovery.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The classifier's and the catalog's answers for the test source: the customer table's id_card identifies persons
 * (IMPORTANT once ≥ 100 000 distinct persons are known), the grid topology is IMPORTANT, the rest GENERAL.
 */
public final class ClassifierStubs {

    public static final String ASSET_ID = "7a0c0b7e-2f43-4b1e-9a0e-0d6f4f1a9c11";

    private ClassifierStubs() {
    }

    public static void install() {
        var server = ServicesWireMock.server;
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(9)
                .withHeader("Content-Type", containing("application/json"))
                .willReturn(json(answer("GENERAL", """
                        {"column":"any","category":null,"level":"GENERAL","identifiesPerson":false,"source":"HEADER"}"""))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(5)
                .withRequestBody(matchingJsonPath("$.descriptor.name", containing("customers")))
                .willReturn(json(answer("GENERAL", """
                        {"column":"id_card","category":"pi.resident-id","level":"GENERAL","identifiesPerson":true,"source":"VALUES"},
                        {"column":"phone","category":"pi.phone","level":"GENERAL","identifiesPerson":false,"source":"VALUES"}"""))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.descriptor.name", containing("customers")))
                .withRequestBody(matchingJsonPath("$.descriptor.distinctPersons"))
                .willReturn(json(answer("IMPORTANT", """
                        {"column":"id_card","category":"pi.resident-id","level":"IMPORTANT","identifiesPerson":true,"source":"VALUES"},
                        {"column":"phone","category":"pi.phone","level":"GENERAL","identifiesPerson":false,"source":"VALUES"}"""))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(5)
                .withRequestBody(matchingJsonPath("$.descriptor.name", containing("grid_topology")))
                .willReturn(json(answer("IMPORTANT", """
                        {"column":"voltage_kv","category":"grid.topology","level":"IMPORTANT","identifiesPerson":false,"source":"HEADER"}"""))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(8)
                .withHeader("Content-Type", containing("multipart/form-data"))
                .willReturn(json(answer("GENERAL", ""))));
        server.stubFor(put(urlEqualTo("/api/internal/discovered-assets"))
                .willReturn(json("{\"assetId\":\"" + ASSET_ID + "\",\"sourceAssetId\":\"" + ASSET_ID
                        + "\",\"outcome\":\"CREATED\"}")));
    }

    private static String answer(String level, String columns) {
        return """
                {"level":"%s","levelBasis":"CONTENT","needsReview":false,"flags":[],"categories":[],
                 "findings":[],"reasons":[],"columns":[%s]}""".formatted(level, columns);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}

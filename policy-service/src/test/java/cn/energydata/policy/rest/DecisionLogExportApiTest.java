package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.AUDITOR;
import static cn.energydata.policy.rest.Api.CAROL;
import static cn.energydata.policy.rest.Api.DAVE;
import static cn.energydata.policy.rest.Api.OLGA;
import static cn.energydata.policy.rest.Api.decide;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/decisions} with {@code Accept: text/csv}: every entry matching the list's filters, in its order and
 * tenancy, UTF-8 with a byte-order mark; streamed in chunks (the test profile reads 100 entries a chunk).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class DecisionLogExportApiTest {

    private static final int ENTRIES = 320;

    @Test
    void everyMatchingEntryIsExportedAsCsv() throws IOException {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "IMPORTANT");
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            decided.add(decide(DAVE, asset, i % 2 == 0 ? "VIEW" : "PUBLISH", Map.of()).statusCode(200)
                    .extract().path("decisionId"));
        }
        // Another organisation's requester asks about the same asset: its organisation reads the unknown-asset answer.
        String foreign = decide(OLGA, asset, "VIEW", Map.of()).statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("assetName")))
                .extract().path("decisionId");

        Response response = given().auth().oauth2(AUDITOR).accept("text/csv").queryParam("assetId", asset)
                .when().get("/api/decisions");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertNull(response.header("Content-Length"), "streamed, not built up and measured first");
        byte[] body = response.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "UTF-8 BOM");
        List<CSVRecord> rows = parse(body);
        assertEquals(ENTRIES + 1, rows.size(), "all entries of the organisation's asset, the foreign one included");
        List<String> ids = rows.stream().map(r -> r.get("decisionId")).toList();
        assertTrue(ids.containsAll(decided) && ids.contains(foreign));
        assertEquals(ids.size(), ids.stream().distinct().count(), "no entry twice across chunks");
        List<String> json = given().auth().oauth2(AUDITOR).queryParam("assetId", asset).queryParam("size", 200)
                .when().get("/api/decisions").then().statusCode(200).extract().path("items.decisionId");
        assertEquals(json, ids.subList(0, 200), "the list's order, newest first");
        given().auth().oauth2(AUDITOR).accept("*/*").queryParam("assetId", asset).when().get("/api/decisions")
                .then().statusCode(200).contentType("application/json");
        CSVRecord publish = rows.stream().filter(r -> r.get("action").equals("PUBLISH")).findFirst().orElseThrow();
        assertEquals("IMPORTANT", publish.get("effectiveLevel"));
        assertEquals("asset " + asset, publish.get("assetName"));
        assertTrue(publish.get("reasonsZh").contains("重要数据"), publish.get("reasonsZh"));
        CSVRecord view = rows.stream().filter(r -> r.get("action").equals("VIEW") && r.get("effect").equals("PERMIT"))
                .findFirst().orElseThrow();
        assertTrue(view.get("obligationsZh").contains("日志"), view.get("obligationsZh"));
        assertTrue(view.get("obligations").contains("6 months"), view.get("obligations"));

        // The same filters as the list: effect.
        List<CSVRecord> denied = parse(given().auth().oauth2(AUDITOR).accept("text/csv").queryParam("assetId", asset)
                .queryParam("effect", "DENY").when().get("/api/decisions").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(ENTRIES / 2 + 1, denied.size(), "the publications (no assessment on file) and the foreign view");

        // Tenancy: north-oil reads its own requester's entry as the unknown-asset answer, and nothing else.
        List<CSVRecord> theirs = parse(given().auth().oauth2(OLGA).accept("text/csv").queryParam("assetId", asset)
                .when().get("/api/decisions").then().statusCode(200).extract().asByteArray());
        assertEquals(1, theirs.size());
        assertEquals(foreign, theirs.get(0).get("decisionId"));
        assertEquals("fail-closed.unknown-asset", theirs.get(0).get("policyIds"));
        assertEquals("", theirs.get(0).get("effectiveLevel"), "the grade does not leak");
        assertEquals("", theirs.get(0).get("assetName"), "nor the asset's name");

        // Roles: auditor and security-admin only.
        given().auth().oauth2(CAROL).accept("text/csv").queryParam("assetId", asset).when().get("/api/decisions")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.user("dan", "east-grid", "data-registrant")).accept("text/csv")
                .when().get("/api/decisions").then().statusCode(403);
        given().accept("text/csv").when().get("/api/decisions").then().statusCode(401);
    }

    private static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFdecisionId,decidedAt,"), "BOM, then the header row");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}

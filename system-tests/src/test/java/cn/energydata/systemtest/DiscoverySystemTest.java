package cn.energydata.systemtest;

import cn.energydata.stack.ManagedProcess;
import cn.energydata.stack.Stack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: carol, security-admin of east-grid, registers the company's billing database with the discovery service
 * and scans it. The real classifier grades each table from its columns and a sample; the real catalog gets one asset
 * per table (and one for the database), graded; a table the scanning role may not read is reported, not fatal; a
 * wrong password fails the scan with a plain error. After a reviewer has confirmed a table's grade, a schema change
 * brings a proposal, never an overwrite. A scan shared by two replicas loses and duplicates nothing when one dies.
 */
@ExtendWith(StackExtension.class)
class DiscoverySystemTest {

    private static final Duration SCAN_TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "PARTLY_FAILED", "FAILED", "CANCELLED");

    private Stack stack;
    private Journey journey;
    private String discovery;

    @BeforeEach
    void journey(Stack running) {
        stack = running;
        journey = new Journey(running.config());
        discovery = running.config().discoveryUrl();
    }

    @Test
    void scansTheBillingDatabaseAndKeepsTheCatalogueInStep() {
        String database = "billing_" + journey.suffix;
        SourceDatabases.billing(stack.database(), database);
        SourceDatabases.requirePasswordOfReader(stack.database(), stack.config().home().resolve("postgres"));
        String source = registerSource("billing " + journey.suffix, database, SourceDatabases.READER_PASSWORD);
        String sourceBody = journey.as("carol").get(discovery + "/api/sources/" + source).then().statusCode(200)
                .extract().asString();
        assertFalse(sourceBody.contains(SourceDatabases.READER_PASSWORD), "the password never comes back");

        JsonPath scan = scanToEnd(source, "FULL");
        assertEquals("PARTLY_FAILED", scan.getString("state"), "payroll cannot be read: " + scan.prettify());
        assertEquals(1, scan.getInt("counts.failed"));
        assertEquals(3, scan.getInt("counts.graded"));

        Map<String, JsonPath> items = items(scan.getString("id"));
        JsonPath customers = items.get("public.customers");
        assertEquals("GRADED", customers.getString("outcome"));
        assertEquals("IMPORTANT", customers.getString("level"), "more than 100 000 people: " + customers.prettify());
        assertEquals(SourceDatabases.CUSTOMERS, customers.getInt("distinctPersons"));
        assertEquals("EXACT", customers.getString("personsBasis"));
        List<Map<String, Object>> idCard = customers.<Map<String, Object>>getList("columns").stream()
                .filter(column -> "id_card".equals(column.get("name"))).toList();
        assertEquals(1, idCard.size(), customers.prettify());
        assertEquals("pi.resident-id", idCard.get(0).get("category"), "resident ID numbers: " + idCard);
        assertNotEquals("GENERAL", items.get("public.substations").getString("level"),
                "a grid-topology table is not general");
        assertEquals("GENERAL", items.get("public.holidays").getString("level"));
        JsonPath payroll = items.get("public.payroll");
        assertEquals("FAILED", payroll.getString("outcome"));
        assertTrue(payroll.getString("reason").toLowerCase().contains("permission"), payroll.getString("reason"));

        // The catalog has the assets, graded, with where they were found; other organisations see nothing: frank
        // (north-oil reviewer, who may read his own organisation's sources) gets 404, as for an unknown id.
        String customersAsset = customers.getString("assetId");
        JsonPath asset = journey.detail("carol", customersAsset);
        assertEquals("IMPORTANT", asset.getString("asset.level"));
        assertEquals("public.customers", asset.getString("asset.discovery.key"));
        journey.as("frank").get(discovery + "/api/sources/" + source).then().statusCode(404);
        journey.as("erin").get(stack.config().catalogUrl() + "/api/assets/" + customersAsset).then().statusCode(404);

        // bob confirms the holidays table as general; then its schema changes: a proposal, the grade stays.
        String holidays = items.get("public.holidays").getString("assetId");
        journey.confirm("bob", holidays, "Public holiday calendar, no personal data").statusCode(200);
        SourceDatabases.addIdentifiersToHolidays(stack.database(), database);
        JsonPath rescan = scanToEnd(source, "INCREMENTAL");
        Map<String, JsonPath> again = items(rescan.getString("id"));
        assertEquals("UNCHANGED", again.get("public.customers").getString("outcome"), "unchanged tables are skipped");
        assertEquals("GRADED", again.get("public.holidays").getString("outcome"));
        assertEquals("PROPOSED", again.get("public.holidays").getString("catalogOutcome"));
        JsonPath reviewed = journey.detail("bob", holidays);
        assertEquals("CONFIRMED", reviewed.getString("asset.status"));
        assertEquals("GENERAL", reviewed.getString("asset.level"));
        assertNotNull(reviewed.get("openProposal"), "the change waits for a reviewer: " + reviewed.prettify());

        // A wrong password: the scan fails and says why.
        String wrong = registerSource("billing wrong password " + journey.suffix, database, "not-the-password");
        JsonPath failed = scanToEnd(wrong, "FULL");
        assertEquals("FAILED", failed.getString("state"));
        assertEquals("authentication-failed", failed.getString("error.type"), failed.prettify());
        assertTrue(failed.getString("error.detail").contains("password"), failed.prettify());
    }

    @Test
    void aReplicaKilledMidScanLosesAndDuplicatesNothing() {
        int tables = 120;
        String database = "readings_" + journey.suffix;
        SourceDatabases.manyTables(stack.database(), database, tables);
        String source = registerSource("readings " + journey.suffix, database, SourceDatabases.READER_PASSWORD);
        // A second replica on the same database: both claim tasks of the same scan.
        ManagedProcess replica = stack.startReplica(Stack.DISCOVERY, Map.of());
        try {
            String scan = startScan(source, "FULL");
            Journey.await("a tenth of the tables graded", SCAN_TIMEOUT, () -> scan(scan),
                    s -> s.getInt("counts.graded") >= tables / 10);
            replica.kill();
        } finally {
            replica.stop();
        }
        JsonPath finished = Journey.await("the scan finished", SCAN_TIMEOUT,
                () -> latestScan(source), s -> FINISHED.contains(s.getString("state")));
        assertEquals("SUCCEEDED", finished.getString("state"), finished.prettify());
        assertEquals(tables, finished.getInt("counts.graded"));
        Map<String, JsonPath> items = items(finished.getString("id"));
        assertEquals(tables, items.size(), "one item per table");
        Set<String> assets = new HashSet<>();
        items.values().forEach(item -> assets.add(item.getString("assetId")));
        assertEquals(tables, assets.size(), "one catalog asset per table, none twice");
    }

    private String registerSource(String name, String database, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "JDBC");
        body.put("department", "营销部");
        body.put("jdbc", Map.of("url", stack.database().jdbcUrl(database), "schemas", List.of("public")));
        body.put("credentials", Map.of("username", SourceDatabases.READER, "password", password));
        body.put("sampling", Map.of("rowsPerTable", 100));
        return journey.as("carol").contentType(ContentType.JSON).body(body).post(discovery + "/api/sources")
                .then().statusCode(201).extract().path("id");
    }

    private String startScan(String source, String mode) {
        return journey.as("carol").contentType(ContentType.JSON).body(Map.of("mode", mode))
                .post(discovery + "/api/sources/" + source + "/scans")
                .then().statusCode(202).extract().path("id");
    }

    private JsonPath scanToEnd(String source, String mode) {
        String id = startScan(source, mode);
        return Journey.await("scan " + id + " finished", SCAN_TIMEOUT, () -> scan(id),
                s -> FINISHED.contains(s.getString("state")));
    }

    private JsonPath scan(String id) {
        return journey.as("carol").get(discovery + "/api/scans/" + id).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath latestScan(String source) {
        String id = journey.as("carol").get(discovery + "/api/sources/" + source + "/scans")
                .then().statusCode(200).extract().path("items[0].id");
        return scan(id);
    }

    /** Every item of a scan by key, all pages. */
    private Map<String, JsonPath> items(String scan) {
        Map<String, JsonPath> byKey = new LinkedHashMap<>();
        int page = 0;
        while (true) {
            JsonPath answer = journey.as("carol").queryParam("size", 200).queryParam("page", page)
                    .get(discovery + "/api/scans/" + scan + "/items").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> list = answer.getList("items");
            for (int i = 0; i < list.size(); i++) {
                JsonPath item = new JsonPath(answer.prettify()).setRootPath("items[" + i + "]");
                assertFalse(byKey.containsKey(item.getString("key")), "item " + item.getString("key") + " twice");
                byKey.put(item.getString("key"), item);
            }
            if (list.size() < 200) {
                return byKey;
            }
            page++;
        }
    }
}

package cn.energydata.discovery.scan.jdbc;

import cn.energydata.discovery.support.ClassifierStubs;
import cn.energydata.discovery.support.ResidentIds;
import cn.energydata.discovery.support.ScanCalls;
import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.SourceDatabase;
import cn.energydata.discovery.support.Tokens;
import cn.energydata.testing.EmbeddedPostgresResource;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scanning a real PostgreSQL database (a second database in the embedded PostgreSQL) through the API, with the
 * classifier and the catalog played by WireMock.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class JdbcScanTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    private String org;
    private String admin;

    @BeforeEach
    void setUp() throws Exception {
        SourceDatabase.create(dataSource, serviceUrl);
        ClassifierStubs.install();
        org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        admin = Tokens.user("carol", org, "security-admin");
    }

    private String register(String name, String url, String password, String extra) {
        return ScanCalls.register(admin, """
                {"name":"%s","kind":"JDBC","department":"marketing","jdbc":{"url":"%s","schemas":["public"]},
                 "credentials":{"username":"%s","password":"%s"},"sampling":{"rowsPerTable":50},
                 "maxConnections":2,"statementTimeoutSeconds":20%s}""".formatted(name, url, SourceDatabase.USER,
                password, extra));
    }

    private static Map<String, Object> item(JsonPath items, String key) {
        List<Map<String, Object>> all = items.getList("items");
        return all.stream().filter(i -> key.equals(i.get("key"))).findFirst().orElseThrow(() ->
                new AssertionError("no item " + key + " in " + all));
    }

    @Test
    void theGeneratedResidentIdsAreValid() throws Exception {
        try (Connection c = SourceDatabase.owner(serviceUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id_card FROM customers ORDER BY id LIMIT 1000")) {
            int n = 0;
            while (r.next()) {
                assertTrue(ResidentIds.isValid(r.getString(1)), r.getString(1));
                n++;
            }
            assertEquals(1000, n);
        }
        assertFalse(ResidentIds.isValid("110101196001010012"));
        assertTrue(ResidentIds.isValid("110101196001010011"));
    }

    @Test
    void aScanGradesEveryTableCountsPersonsAndReportsWhatItCouldNotRead() {
        String sourceId = register("billing-db", SourceDatabase.url(serviceUrl), SourceDatabase.PASSWORD, "");
        String scanId = ScanCalls.start(admin, sourceId, "FULL");
        JsonPath scan = ScanCalls.awaitEnd(admin, scanId);

        assertEquals("PARTLY_FAILED", scan.getString("state"));
        assertEquals(4, scan.getInt("counts.total"));
        assertEquals(4, scan.getInt("counts.seen"));
        assertEquals(3, scan.getInt("counts.graded"));
        assertEquals(3, scan.getInt("counts.sampled"));
        assertEquals(1, scan.getInt("counts.failed"));
        assertNull(scan.get("error"));
        assertEquals("carol", scan.getString("requestedBy"));

        JsonPath items = ScanCalls.items(admin, scanId);
        Map<String, Object> customers = item(items, "public.customers");
        assertEquals("GRADED", customers.get("outcome"));
        assertEquals("IMPORTANT", customers.get("level"));
        assertEquals(SourceDatabase.CUSTOMERS, ((Number) customers.get("distinctPersons")).intValue());
        assertEquals("EXACT", customers.get("personsBasis"));
        assertEquals(ClassifierStubs.ASSET_ID, customers.get("assetId"));
        assertEquals("CREATED", customers.get("catalogOutcome"));
        assertTrue(((Number) customers.get("rows")).longValue() > 90_000, "the estimate after ANALYZE");
        assertTrue(items.getList("items.find { it.key == 'public.customers' }.columns.category")
                .contains("pi.resident-id"));
        assertEquals("IMPORTANT", item(items, "public.grid_topology").get("level"));
        assertEquals("GENERAL", item(items, "public.holidays").get("level"));
        Map<String, Object> payroll = item(items, "public.payroll");
        assertEquals("FAILED", payroll.get("outcome"));
        assertEquals("permission denied for table payroll", payroll.get("reason"));

        // The classifier saw the customer table twice: the descriptor with samples, then with the distinct persons.
        List<LoggedRequest> graded = ServicesWireMock.server.findAll(postRequestedFor(urlEqualTo("/api/classifications"))
                .withRequestBody(containing("billing-db public.customers")));
        assertEquals(2, graded.size());
        JsonPath first = JsonPath.from(graded.get(0).getBodyAsString());
        assertEquals("TABLE", first.getString("descriptor.assetType"));
        assertEquals("身份证号", first.getString("descriptor.columns.find { it.name == 'id_card' }.comment"));
        List<String> idSamples = first.getList("descriptor.columns.find { it.name == 'id_card' }.sampleValues");
        assertEquals(50, idSamples.size(), "a sample of rowsPerTable rows");
        assertTrue(idSamples.stream().allMatch(ResidentIds::isValid));
        assertEquals(SourceDatabase.CUSTOMERS,
                JsonPath.from(graded.get(1).getBodyAsString()).getInt("descriptor.distinctPersons"));

        List<LoggedRequest> upserts = ServicesWireMock.server.findAll(putRequestedFor(
                urlEqualTo("/api/internal/discovered-assets")).withRequestBody(containing(sourceId)));
        assertEquals(3, upserts.size());
        JsonPath upsert = upserts.stream().map(r -> JsonPath.from(r.getBodyAsString()))
                .filter(b -> b.getString("key").equals("public.customers")).findFirst().orElseThrow();
        assertEquals(org, upsert.getString("organisation"));
        assertEquals("carol", upsert.getString("registeredBy"));
        assertEquals("JDBC", upsert.getString("source.kind"));
        assertEquals("billing-db", upsert.getString("source.name"));
        assertEquals("TABLE", upsert.getString("assetType"));
        assertEquals("marketing", upsert.getString("department"));
        assertEquals("IMPORTANT", upsert.getString("classification.level"));
        assertEquals(SourceDatabase.CUSTOMERS, upsert.getInt("facts.distinctPersons"));
        assertEquals("EXACT", upsert.getString("facts.personsBasis"));
        for (LoggedRequest r : upserts) {
            assertFalse(r.getBodyAsString().contains(SourceDatabase.PASSWORD), "never a credential");
        }

        given().auth().oauth2(admin).queryParam("outcome", "FAILED").get("/api/scans/" + scanId + "/items")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(Tokens.user("aud", org, "auditor")).get("/api/sources/" + sourceId + "/scans")
                .then().statusCode(200).body("items[0].id", equalTo(scanId));
        given().auth().oauth2(Tokens.user("x", "other-" + org, "security-admin")).get("/api/scans/" + scanId)
                .then().statusCode(404);
    }

    @Test
    void rescansAreIncremental() throws Exception {
        String sourceId = register("inc-db", SourceDatabase.url(serviceUrl), SourceDatabase.PASSWORD, "");
        ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "INCREMENTAL"));
        int upsertsBefore = upserts(sourceId);

        JsonPath again = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "INCREMENTAL"));
        assertEquals(3, again.getInt("counts.unchanged"));
        assertEquals(0, again.getInt("counts.graded"));
        assertEquals(upsertsBefore, upserts(sourceId), "unchanged tables are not sent to the catalog");

        try (Connection c = SourceDatabase.owner(serviceUrl); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS holidays_backup AS SELECT * FROM holidays");
            s.execute("INSERT INTO holidays SELECT date '2027-01-01' + g, 'x' FROM generate_series(1, 60) g");
            s.execute("ALTER TABLE grid_topology ADD COLUMN IF NOT EXISTS owner_unit text");
            s.execute("ANALYZE holidays");
        }
        String changedScan = ScanCalls.start(admin, sourceId, "INCREMENTAL");
        JsonPath changed = ScanCalls.awaitEnd(admin, changedScan);
        JsonPath items = ScanCalls.items(admin, changedScan);
        assertEquals("GRADED", item(items, "public.holidays").get("outcome"), "rows +60 %");
        assertEquals("GRADED", item(items, "public.grid_topology").get("outcome"), "a column added");
        assertEquals("UNCHANGED", item(items, "public.customers").get("outcome"));
        assertEquals(ClassifierStubs.ASSET_ID, item(items, "public.customers").get("assetId"));
        assertTrue(changed.getInt("counts.graded") >= 2);

        JsonPath full = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "FULL"));
        assertEquals(0, full.getInt("counts.unchanged"), "FULL re-grades everything");
    }

    private static int upserts(String sourceId) {
        return ServicesWireMock.server.findAll(putRequestedFor(urlEqualTo("/api/internal/discovered-assets"))
                .withRequestBody(containing(sourceId))).size();
    }

    @Test
    void aWrongPasswordFailsTheScanWithAClearError() {
        String sourceId = register("wrong-pw", SourceDatabase.url(serviceUrl), "not-the-password", "");
        JsonPath scan = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "FULL"));
        assertEquals("FAILED", scan.getString("state"));
        assertEquals("authentication-failed", scan.getString("error.type"));
        assertTrue(scan.getString("error.detail").contains("refused the user name or password"));
        assertFalse(scan.getString("error.detail").contains("not-the-password"));
    }

    @Test
    void anUnreachableHostFailsTheScanWithAClearError() {
        String sourceId = register("nowhere", "jdbc:postgresql://127.0.0.1:1/billing", "pw", "");
        JsonPath scan = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "FULL"));
        assertEquals("FAILED", scan.getString("state"));
        assertEquals("unreachable", scan.getString("error.type"));
        assertTrue(scan.getString("error.detail").contains("127.0.0.1:1"));
    }

    @Test
    void outsideItsWindowAScanWaitsAndOneAtATimeAndCancellation() {
        String sourceId = register("night-only", SourceDatabase.url(serviceUrl), SourceDatabase.PASSWORD,
                ",\"schedule\":{\"window\":{\"from\":\"" + closedWindowStart() + "\",\"to\":\"" + closedWindowEnd()
                        + "\",\"zone\":\"UTC\"}}");
        String scanId = ScanCalls.start(admin, sourceId, "FULL");
        given().auth().oauth2(admin).get("/api/scans/" + scanId).then().statusCode(200)
                .body("state", equalTo("WAITING_FOR_WINDOW"));
        given().auth().oauth2(admin).contentType("application/json").body("{}")
                .post("/api/sources/" + sourceId + "/scans").then().statusCode(409)
                .body("type", equalTo("urn:energy-data:problem:scan-running"));
        given().auth().oauth2(Tokens.user("rita", org, "security-reviewer")).post("/api/scans/" + scanId + "/cancellation")
                .then().statusCode(403);
        given().auth().oauth2(admin).post("/api/scans/" + scanId + "/cancellation").then().statusCode(202)
                .body("state", equalTo("CANCELLED"));
        ScanCalls.start(admin, sourceId, "FULL");
    }

    /** A two-hour window that starts six hours from now (UTC): closed now. */
    private static String closedWindowStart() {
        return java.time.LocalTime.now(java.time.ZoneOffset.UTC).plusHours(6).withMinute(0).toString().substring(0, 5);
    }

    private static String closedWindowEnd() {
        return java.time.LocalTime.now(java.time.ZoneOffset.UTC).plusHours(8).withMinute(0).toString().substring(0, 5);
    }
}

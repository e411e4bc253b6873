package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Incidents over HTTP: severity (a leak of ≥ 1 000 000 people's PI is at least 较大), the initial report due 1 h
 * after discovery for a CIIO and 4 h otherwise (较大 and above), the final report 30 days; overdue state, reports,
 * roles, tenancy, the append-only tables. Each test uses an organisation of its own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class IncidentApiTest {

    @Inject
    AgroalDataSource dataSource;

    private record Org(String name, String admin, String auditor, String registrant) {
        static Org fresh(String prefix) {
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            return new Org(name, TestTokens.user("sara", name, "security-admin"), TestTokens.user("aud", name, "auditor"),
                    TestTokens.user("sam", name, "data-registrant"));
        }
    }

    /** A discovery time in whole seconds, so that the JSON answers compare as strings. */
    private static Instant ago(Duration d) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(d);
    }

    private static Map<String, Object> incident(String severity, long persons, Instant discoveredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("assetIds", List.of(UUID.randomUUID().toString()));
        body.put("severity", severity);
        body.put("personsAffected", persons);
        body.put("discoveredAt", discoveredAt.toString());
        body.put("description", "customer database exfiltrated through a compromised VPN account");
        return body;
    }

    private static ValidatableResponse record(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents").then();
    }

    @Test
    void aCiioReportsWithinOneHourOthersWithinFour() {
        Instant discovered = ago(Duration.ofHours(2));
        Org grid = Org.fresh("ciio-grid");
        CatalogWireMock.profile(grid.name(), true);
        record(grid.admin(), incident("LARGER", 20_000, discovered)).statusCode(201)
                .contentType("application/json")
                .body("organisation", equalTo(grid.name()))
                .body("ciio", equalTo(true))
                .body("ciioAssumption", nullValue())
                .body("severity", equalTo("LARGER"))
                .body("initialReport.required", equalTo(true))
                .body("initialReport.due", equalTo(discovered.plus(Duration.ofHours(1)).toString()))
                .body("initialReport.rule", equalTo("incident.initial-report.ciio"))
                .body("initialReport.source", containsString("art. 4"))
                .body("initialReport.status", equalTo("OVERDUE"))
                .body("finalReport.due", equalTo(discovered.plus(Duration.ofDays(30)).toString()))
                .body("finalReport.status", equalTo("DUE"))
                .body("overdue", equalTo(true));

        Org solar = Org.fresh("solar");
        CatalogWireMock.profile(solar.name(), false);
        record(solar.admin(), incident("LARGER", 20_000, discovered)).statusCode(201)
                .body("ciio", equalTo(false))
                .body("initialReport.due", equalTo(discovered.plus(Duration.ofHours(4)).toString()))
                .body("initialReport.rule", equalTo("incident.initial-report"))
                .body("initialReport.status", equalTo("DUE"))
                .body("overdue", equalTo(false));
        // Past the 4 hours it is overdue for a non-CIIO too.
        Instant longAgo = ago(Duration.ofHours(4).plusMinutes(1));
        record(solar.admin(), incident("MAJOR", 0, longAgo)).statusCode(201)
                .body("initialReport.due", equalTo(longAgo.plus(Duration.ofHours(4)).toString()))
                .body("initialReport.status", equalTo("OVERDUE"));

        // The auditor reads the organisation's incidents, newest discovery first, with their state.
        given().auth().oauth2(solar.auditor()).when().get("/api/incidents").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.discoveredAt", contains(discovered.toString(), longAgo.toString()))
                .body("items.overdue", contains(false, true));
    }

    @Test
    void noProfileOrNoAnswerCountsAsACiio() {
        Instant discovered = ago(Duration.ofMinutes(30));
        Org missing = Org.fresh("no-profile");
        record(missing.admin(), incident("LARGER", 1, discovered)).statusCode(201)
                .body("ciio", equalTo(true))
                .body("ciioAssumption", containsString("no profile"))
                .body("initialReport.due", equalTo(discovered.plus(Duration.ofHours(1)).toString()));
        Org down = Org.fresh("profile-down");
        CatalogWireMock.profileDown(down.name());
        record(down.admin(), incident("LARGER", 1, discovered)).statusCode(201)
                .body("ciio", equalTo(true))
                .body("ciioAssumption", containsString("could not be read"));
    }

    @Test
    void aLeakOfAMillionPeoplesPersonalInformationIsAtLeastLarger() {
        Instant discovered = ago(Duration.ofMinutes(10));
        Org org = Org.fresh("leak");
        CatalogWireMock.profile(org.name(), false);
        // 999 999 people: stays GENERAL, no report is required by law.
        record(org.admin(), incident("GENERAL", 999_999, discovered)).statusCode(201)
                .body("declaredSeverity", equalTo("GENERAL"))
                .body("severity", equalTo("GENERAL"))
                .body("severityRaisedBy", empty())
                .body("initialReport.required", equalTo(false))
                .body("initialReport.status", equalTo("NOT_REQUIRED"))
                .body("initialReport", not(hasKey("due")))
                .body("finalReport.status", equalTo("NOT_REQUIRED"))
                .body("overdue", equalTo(false));
        // 1 000 000 people (以上: included): raised to LARGER, the 4-hour report is owed.
        record(org.admin(), incident("GENERAL", 1_000_000, discovered)).statusCode(201)
                .body("declaredSeverity", equalTo("GENERAL"))
                .body("severity", equalTo("LARGER"))
                .body("severityRaisedBy", contains("incident.severity.pi-leak-1m"))
                .body("initialReport.due", equalTo(discovered.plus(Duration.ofHours(4)).toString()));
        // A higher declared severity is never lowered.
        record(org.admin(), incident("ESPECIALLY_MAJOR", 1_000_000, discovered)).statusCode(201)
                .body("severity", equalTo("ESPECIALLY_MAJOR")).body("severityRaisedBy", empty());
    }

    @Test
    void reportsAreRecordedOnceAndEndTheOverdueState() {
        Instant discovered = ago(Duration.ofHours(3));
        Org org = Org.fresh("reports");
        CatalogWireMock.profile(org.name(), true);
        String id = record(org.admin(), incident("LARGER", 5, discovered)).statusCode(201)
                .body("overdue", equalTo(true)).extract().path("id");
        // The obligations show the overdue report.
        given().auth().oauth2(org.auditor()).when().get("/api/obligations").then().statusCode(200)
                .body("items.find { it.obligation == 'INCIDENT_INITIAL_REPORT' }.status", equalTo("OVERDUE"))
                .body("items.find { it.obligation == 'INCIDENT_INITIAL_REPORT' }.basis", containsString(id));

        Instant late = discovered.plus(Duration.ofMinutes(90));
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "INITIAL", "reference", "GA-2026-118", "recipient", "公安机关", "reportedAt", late.toString()))
                .when().post("/api/incidents/" + id + "/reports").then().statusCode(201)
                .body("initialReport.status", equalTo("REPORTED_LATE"))
                .body("initialReport.report.reference", equalTo("GA-2026-118"))
                .body("initialReport.report.recordedBy", equalTo("sara"))
                .body("overdue", equalTo(false));
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "INITIAL", "reference", "again"))
                .when().post("/api/incidents/" + id + "/reports").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "FINAL", "reference", "SUM-2026-4"))
                .when().post("/api/incidents/" + id + "/reports").then().statusCode(201)
                .body("finalReport.status", equalTo("REPORTED"));
        given().auth().oauth2(org.auditor()).when().get("/api/incidents/" + id).then().statusCode(200)
                .body("initialReport.status", equalTo("REPORTED_LATE"))
                .body("finalReport.report.reference", equalTo("SUM-2026-4"));
        given().auth().oauth2(org.auditor()).when().get("/api/obligations").then().statusCode(200)
                .body("items.obligation", not(hasItem("INCIDENT_INITIAL_REPORT")));
        // A report before discovery, or in the future, is refused; so is an unknown type.
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "NO_SUCH", "reference", "x"))
                .when().post("/api/incidents/" + id + "/reports").then().statusCode(400);
        String other = record(org.admin(), incident("LARGER", 5, discovered)).statusCode(201).extract().path("id");
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "INITIAL", "reference", "x", "reportedAt", discovered.minusSeconds(60).toString()))
                .when().post("/api/incidents/" + other + "/reports").then().statusCode(400);
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "INITIAL", "reference", "x", "reportedAt", Instant.now().plus(Duration.ofHours(1)).toString()))
                .when().post("/api/incidents/" + other + "/reports").then().statusCode(400);
    }

    @Test
    void rolesTenancyAndValidation() {
        Org org = Org.fresh("roles");
        Org stranger = Org.fresh("stranger");
        CatalogWireMock.profile(org.name(), false);
        Instant discovered = ago(Duration.ofMinutes(5));
        record(org.auditor(), incident("LARGER", 1, discovered)).statusCode(403);
        record(org.registrant(), incident("LARGER", 1, discovered)).statusCode(403);
        given().auth().oauth2(org.registrant()).when().get("/api/incidents").then().statusCode(403);
        given().when().get("/api/incidents").then().statusCode(401);
        String id = record(org.admin(), incident("LARGER", 1, discovered)).statusCode(201).extract().path("id");
        // Another organisation neither sees nor reports it.
        given().auth().oauth2(stranger.admin()).when().get("/api/incidents/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.admin()).when().get("/api/incidents").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(stranger.admin()).contentType(ContentType.JSON).body(Map.of("type", "INITIAL", "reference", "x"))
                .when().post("/api/incidents/" + id + "/reports").then().statusCode(404);
        given().auth().oauth2(org.auditor()).contentType(ContentType.JSON).body(Map.of("type", "INITIAL", "reference", "x"))
                .when().post("/api/incidents/" + id + "/reports").then().statusCode(403);

        Map<String, Object> future = incident("LARGER", 1, Instant.now().plus(Duration.ofHours(1)));
        record(org.admin(), future).statusCode(400).contentType("application/problem+json");
        Map<String, Object> noSeverity = incident("LARGER", 1, discovered);
        noSeverity.remove("severity");
        record(org.admin(), noSeverity).statusCode(400);
        Map<String, Object> negative = incident("LARGER", -1, discovered);
        record(org.admin(), negative).statusCode(400);
        Map<String, Object> noDescription = incident("LARGER", 1, discovered);
        noDescription.put("description", " ");
        record(org.admin(), noDescription).statusCode(400);
        given().auth().oauth2(org.auditor()).queryParam("size", 500).when().get("/api/incidents").then().statusCode(400);
    }

    @Test
    void incidentsAndReportsAreAppendOnly() throws SQLException {
        Org org = Org.fresh("append-only");
        CatalogWireMock.profile(org.name(), false);
        String id = record(org.admin(), incident("LARGER", 1, ago(Duration.ofMinutes(5)))).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON).body(Map.of("type", "INITIAL", "reference", "x"))
                .when().post("/api/incidents/" + id + "/reports").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update incident set severity = 'GENERAL' where id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "delete from incident_report where incident_id = '" + id + "'"));
        }
        given().auth().oauth2(org.auditor()).when().get("/api/incidents/" + id).then().statusCode(200)
                .body("severity", equalTo("LARGER")).body("initialReport.status", equalTo("REPORTED"));
    }
}

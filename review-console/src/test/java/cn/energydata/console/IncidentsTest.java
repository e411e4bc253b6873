package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * The incidents page (issue 13 item 8): the policy service's incidents with the initial and final report deadlines
 * and their states, security-admins record incidents and the reports made, auditors read.
 */
@QuarkusTest
class IncidentsTest {

    static final String CIIO = BackendStub.INCIDENT_CIIO;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theAdminSeesEveryDeadlineStateAndTheFormsForTheOpenReports() {
        given().when().get("/incidents").then().statusCode(200)
                .body(containsString("id=\"nav-incidents\" data-testid=\"nav-incidents\" aria-current=\"page\""))
                .body(containsString("data-testid=\"incidents-total\" data-total=\"3\""))
                // A CIIO's leak of 1 000 000 people's PI: raised to LARGER, initial report overdue, final due.
                .body(containsString("id=\"incident-" + CIIO + "\" data-testid=\"incident-row\" data-incident-id=\"" + CIIO
                        + "\" data-severity=\"LARGER\" data-overdue=\"true\" class=\"overdue\""))
                .body(containsString("data-testid=\"incident-severity\">Larger<"))
                .body(containsString("declared General; raised by <code>incident.severity.pi-leak-1m</code>"))
                .body(containsString("data-testid=\"incident-ciio\" data-ciio=\"true\">CIIO<"))
                .body(containsString("data-testid=\"incident-overdue\">a report is overdue<"))
                .body(containsString("data-testid=\"report-duty\" data-type=\"INITIAL\" data-status=\"OVERDUE\""))
                .body(containsString("class=\"report-status status-OVERDUE\">Overdue<"))
                .body(containsString("datetime=\"2026-11-29T09:00:00Z\" data-testid=\"report-due\">2026-11-29 09:00 UTC<"))
                .body(containsString("to <span data-testid=\"report-recipient-name\">CII protection department and public security organ</span>"))
                .body(containsString("data-type=\"FINAL\" data-status=\"DUE\""))
                .body(containsString("class=\"report-status status-DUE\">Due<"))
                .body(containsString("action=\"/incidents/" + CIIO + "/reports\""))
                .body(containsString("id=\"report-INITIAL-" + CIIO + "\" data-testid=\"report-submit\">Record the initial report<"))
                .body(containsString("id=\"report-FINAL-" + CIIO + "\" data-testid=\"report-submit\">Record the final report<"))
                // Reported late, then on time; the assumption that made it a CIIO is said.
                .body(containsString("class=\"report-status status-REPORTED_LATE\">Reported late<"))
                .body(containsString("reported, reference GA-2026-77:"))
                .body(containsString("class=\"report-status status-REPORTED\">Reported<"))
                .body(containsString("no organisation profile: treated as a CIIO"))
                .body(not(containsString("id=\"report-INITIAL-" + BackendStub.INCIDENT_LATE + "\"")))
                // A general incident owes no report.
                .body(containsString("data-severity=\"GENERAL\" data-overdue=\"false\">"))
                .body(containsString("class=\"report-status status-NOT_REQUIRED\">Not required<"))
                .body(containsString("data-testid=\"incident-ciio\" data-ciio=\"false\">not a CIIO<"))
                .body(not(containsString("id=\"report-INITIAL-" + BackendStub.INCIDENT_MINOR + "\"")))
                .body(containsString("id=\"incident-form\""))
                .body(containsString("<option value=\"ESPECIALLY_MAJOR\">Especially major</option>"));
        given().cookie("lang", "zh").when().get("/incidents").then().statusCode(200)
                .body(containsString("网络安全事件"))
                .body(containsString("data-testid=\"incident-severity\">较大<"))
                .body(containsString(">已逾期<"))
                .body(containsString(">逾期报告<"))
                .body(containsString(">无需报告<"))
                .body(containsString(">记录初始报告<"))
                .body(containsString("<option value=\"ESPECIALLY_MAJOR\">特别重大</option>"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void recordingAnIncidentPostsThePolicyServicesCommand() {
        BackendStub.json(post(urlPathEqualTo("/api/incidents")), 201, "{\"id\":\"" + CIIO + "\",\"severity\":\"LARGER\"}");
        CsrfToken.of("/incidents").form().redirects().follow(false)
                .formParam("severity", "GENERAL").formParam("personsAffected", "1 000 000")
                .formParam("discoveredAt", "2026-11-29T08:00").formParam("assetIds", BackendStub.ASSET_ID)
                .formParam("description", " Customer list copied to a public bucket ")
                .when().post("/incidents").then().statusCode(303)
                .header("Location", endsWith("/incidents?notice=incident-recorded"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/incidents"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"assetIds":["%s"],"severity":"GENERAL","personsAffected":1000000,
                         "discoveredAt":"2026-11-29T08:00:00Z","description":"Customer list copied to a public bucket"}
                        """.formatted(BackendStub.ASSET_ID))));
        given().when().get("/incidents?notice=incident-recorded").then().statusCode(200)
                .body(containsString("The incident was recorded with its report deadlines."));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void recordingAReportPostsTypeReferenceRecipientAndTime() {
        String path = "/api/incidents/" + CIIO + "/reports";
        BackendStub.json(post(urlPathEqualTo(path)), 201, "{\"id\":\"" + CIIO + "\"}");
        CsrfToken token = CsrfToken.of("/incidents");
        token.form().redirects().follow(false).formParam("type", "INITIAL").formParam("reference", " GA-2026-90 ")
                .formParam("recipient", "Shanghai PSB").formParam("reportedAt", "2026-11-29T09:20")
                .when().post("/incidents/" + CIIO + "/reports").then().statusCode(303)
                .header("Location", endsWith("/incidents?notice=incident-reported#incident-" + CIIO));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson("""
                {"type":"INITIAL","reference":"GA-2026-90","recipient":"Shanghai PSB","reportedAt":"2026-11-29T09:20:00Z"}
                """)));
        // Without a time the policy service takes "now"; an empty recipient is left out.
        BackendStub.server.resetRequests();
        token.form().redirects().follow(false).formParam("type", "FINAL").formParam("reference", "CAC-SH-1")
                .formParam("recipient", "").formParam("reportedAt", "")
                .when().post("/incidents/" + CIIO + "/reports").then().statusCode(303);
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson("""
                {"type":"FINAL","reference":"CAC-SH-1"}
                """)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void thePolicyServicesRefusalsAreShown() {
        BackendStub.problem(post(urlPathEqualTo("/api/incidents/" + CIIO + "/reports")), 409, "conflict", "Conflict",
                "The INITIAL report of incident " + CIIO + " is already recorded.");
        CsrfToken token = CsrfToken.of("/incidents");
        token.form().formParam("type", "INITIAL").formParam("reference", "GA-1")
                .when().post("/incidents/" + CIIO + "/reports").then().statusCode(409)
                .body(containsString("is already recorded"))
                .body(containsString("policy-service"));
        BackendStub.problem(post(urlPathEqualTo("/api/incidents")), 400, "bad-request", "Bad Request",
                "'discoveredAt' is in the future.");
        token.form().formParam("severity", "MAJOR").formParam("personsAffected", "0")
                .formParam("discoveredAt", "2999-01-01T00:00").formParam("description", "x")
                .when().post("/incidents").then().statusCode(400)
                .body(containsString("&#39;discoveredAt&#39; is in the future."));
        token.form().formParam("severity", "MAJOR").formParam("personsAffected", "many")
                .formParam("discoveredAt", "2026-11-29T08:00").formParam("description", "x")
                .when().post("/incidents").then().statusCode(400)
                .body(containsString("Numbers are whole numbers of 0 or more."));
        BackendStub.server.verify(1, postRequestedFor(urlPathEqualTo("/api/incidents")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAuditorReadsButRecordsNothing() {
        given().when().get("/incidents").then().statusCode(200)
                .body(containsString("data-testid=\"incidents-table\""))
                .body(containsString("class=\"report-status status-OVERDUE\">Overdue<"))
                .body(not(containsString("id=\"incident-form\"")))
                .body(not(containsString("data-testid=\"report-form\"")));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/incidents"))
                .withHeader("Authorization", matching("Bearer .+")));
        CsrfToken token = CsrfToken.cookieOf("/incidents");
        token.form().formParam("severity", "MAJOR").formParam("personsAffected", "0")
                .formParam("discoveredAt", "2026-11-29T08:00").formParam("description", "x")
                .when().post("/incidents").then().statusCode(403).body(containsString("data-kind=\"forbidden\""));
        token.form().formParam("type", "INITIAL").formParam("reference", "x")
                .when().post("/incidents/" + CIIO + "/reports").then().statusCode(403);
        BackendStub.server.verify(0, postRequestedFor(urlPathMatching("/api/incidents.*")));
    }

    @Test
    @TestSecurity(user = "bob", roles = {"security-reviewer", "data-registrant"})
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void reviewersAndRegistrantsHaveNoIncidentsPage() {
        given().when().get("/").then().statusCode(200).body(not(containsString("id=\"nav-incidents\"")));
        given().when().get("/incidents").then().statusCode(403);
        BackendStub.server.verify(0, getRequestedFor(urlPathEqualTo("/api/incidents")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aPolicyServiceThatIsDownLeavesTheFormUsable() {
        BackendStub.down("/api/incidents.*");
        given().when().get("/incidents").then().statusCode(200)
                .body(containsString("data-testid=\"panel-unavailable\""))
                .body(containsString("policy-service"))
                .body(containsString("id=\"incident-form\""));
        BackendStub.json(get(urlPathEqualTo("/api/incidents")), 200,
                "{\"page\":0,\"size\":20,\"total\":0,\"items\":[]}");
        given().when().get("/incidents").then().statusCode(200)
                .body(containsString("data-testid=\"incidents-empty\""));
    }
}

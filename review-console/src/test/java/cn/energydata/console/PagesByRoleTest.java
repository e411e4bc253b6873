package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Each page renders for the roles that may use it, and is refused (403) or hidden for the others. */
@QuarkusTest
class PagesByRoleTest {

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    /** The management interface on the module's fixed test port (see application.properties). */
    private static String managementUrl(String path) {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class)
                + path;
    }

    @Test
    void withoutLoginEveryPageRedirectsToKeycloakButHealthAndStaticFilesArePublic() {
        given().redirects().follow(false).when().get("/").then().statusCode(302)
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("code_challenge="))
                .header("Location", containsString("code_challenge_method=S256"));
        given().redirects().follow(false).when().get("/assets").then().statusCode(302);
        given().when().get(managementUrl("/q/health/ready")).then().statusCode(200).body(containsString("UP"));
        // Issue 17: the public port serves no health or metrics (they are on the management interface).
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/css/console.css").then().statusCode(200);
        given().when().get("/js/console.js").then().statusCode(200);
        given().when().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().when().get("/logged-out").then().statusCode(200).body(containsString("id=\"login-again\""));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void registrantSeesAssetsAndRegistrationButNoQueueAdminOrAudit() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-organisation=\"east-grid\""))
                .body(containsString("id=\"nav-assets\""))
                .body(containsString("id=\"nav-register\""))
                .body(not(containsString("id=\"nav-review\"")))
                .body(not(containsString("id=\"nav-admin\"")))
                .body(not(containsString("id=\"nav-audit\"")))
                .body(containsString("data-testid=\"stats-level-CORE\">2<"))
                .body(containsString("data-testid=\"recent-changes\""))
                .body(not(containsString("id=\"queue-length\"")))
                .body(not(containsString("data-testid=\"obligations\"")));
        // The user's own access token goes to the backend.
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/assets/statistics"))
                .withHeader("Authorization", matching("Bearer .+")));

        given().when().get("/assets/new").then().statusCode(200).body(containsString("id=\"register-form\""));
        given().when().get("/review").then().statusCode(403).body(containsString("data-testid=\"error-forbidden\""));
        given().when().get("/admin").then().statusCode(403);
        given().when().get("/audit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void reviewerSeesTheQueueInRiskOrderButCannotRegister() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("id=\"queue-length\" data-testid=\"queue-length\">7<"))
                .body(containsString("id=\"nav-review\""))
                .body(not(containsString("id=\"nav-register\"")));
        given().when().get("/review").then().statusCode(200)
                .body(containsString("id=\"review-queue\""))
                .body(containsString("data-testid=\"queue-row\" id=\"queue-row-" + BackendStub.ASSET_ID + "\""))
                .body(containsString("data-reason=\"IMPORTANT\""));
        given().when().get("/assets/new").then().statusCode(403);
        given().when().get("/admin").then().statusCode(403);
        given().when().get("/audit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void securityAdminSeesObligationsApprovalsAssessmentsAndExports() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"obligations-table\""))
                .body(containsString("data-obligation=\"MINORS_PI_COMPLIANCE_AUDIT\""))
                .body(containsString("2027-01-31"))
                .body(containsString("data-testid=\"refiling\" data-refiling=\"1\""))
                .body(containsString("id=\"nav-admin\""));
        given().when().get("/admin").then().statusCode(200)
                .body(containsString("id=\"approval-" + BackendStub.APPROVAL_ID + "\""))
                .body(containsString("id=\"approve-" + BackendStub.APPROVAL_ID + "\""))
                .body(containsString("id=\"assessment-form\""))
                .body(containsString("EG-RA-2026"))
                .body(containsString("id=\"export-csv\""))
                .body(containsString("data-testid=\"exports-table\""));
        given().when().get("/audit").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void auditorSeesTheVerifiedChainAndTheDecisionLogButNoReviewControls() {
        given().when().get("/audit").then().statusCode(200)
                .body(containsString("data-testid=\"chain-status\" data-valid=\"true\""))
                .body(containsString("57"))
                .body(containsString("data-testid=\"decision-table\""))
                .body(containsString("data-effect=\"DENY\""))
                .body(containsString("Exporting important data needs a valid CAC security assessment on file"));
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("id=\"grade-badge\""))
                .body(not(containsString("id=\"review-form\"")))
                .body(not(containsString("id=\"upload-form\"")));
        given().when().get("/admin").then().statusCode(403);
        given().when().get("/review").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "zoe", roles = "unrelated")
    void someoneWithoutAProductRoleGetsOnlyAnEmptyDashboard() {
        given().when().get("/").then().statusCode(200)
                .body(not(containsString("id=\"nav-assets\"")))
                .body(not(containsString("data-testid=\"stats\"")));
        given().when().get("/assets").then().statusCode(403);
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(403)
                .header("Content-Type", startsWith("text/html"));
    }
}

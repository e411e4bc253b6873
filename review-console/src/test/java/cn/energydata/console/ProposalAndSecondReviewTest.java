package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Re-grading proposals as a before/after difference, and the second review of a CORE downgrade. */
@QuarkusTest
class ProposalAndSecondReviewTest {

    static final String ID = BackendStub.ASSET_ID;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200,
                BackendStub.DETAIL_WITH_PROPOSAL_AND_SECOND_REVIEW);
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aSecondReviewerSeesTheDiffTheDowngradeAndBothForms() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"proposal-before\"><span class=\"badge level-CORE\""))
                .body(containsString("data-testid=\"proposal-after\"><span class=\"badge level-IMPORTANT\""))
                .body(containsString("<ins data-testid=\"proposal-added\" data-category=\"energy.dispatch-plan\">Dispatch plan</ins>"))
                .body(containsString("<del data-testid=\"proposal-removed\" data-category=\"energy.grid-topology\">energy.grid-topology</del>"))
                .body(containsString("action=\"/assets/" + ID + "/proposals/44/decision\""))
                .body(containsString("action=\"/assets/" + ID + "/reviews/7/second-review\""))
                .body(containsString("Only a test bay"))
                // While a downgrade awaits its second review, no new review is offered.
                .body(not(containsString("id=\"review-form\"")))
                .body(containsString("data-testid=\"lineage-source\""));
    }

    @Test
    @TestSecurity(user = "frank", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theFirstReviewerIsNotOfferedTheSecondReview() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"second-review-own\""))
                .body(not(containsString("id=\"second-review-form\"")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAuditorSeesTheDiffButNoForms() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"proposal-diff\""))
                .body(not(containsString("id=\"proposal-form\"")))
                .body(not(containsString("id=\"second-review-form\"")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void secondReviewAndProposalDecisionPostTheCatalogsBodies() {
        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/reviews/7/second-review")), 200,
                "{\"asset\":" + BackendStub.ASSET + ",\"review\":{\"id\":7,\"state\":\"APPLIED\"}}");
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .formParam("approve", "true").formParam("justification", "Test bay only, agreed")
                .formParam("version", "3")
                .when().post("/assets/" + ID + "/reviews/7/second-review").then().statusCode(303)
                .header("Location", endsWith("?notice=second-approved"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/reviews/7/second-review"))
                .withRequestBody(equalToJson(
                        "{\"approve\":true,\"justification\":\"Test bay only, agreed\",\"version\":3}")));

        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/proposals/44/decision")), 200,
                "{\"asset\":" + BackendStub.ASSET + ",\"review\":{\"id\":8,\"state\":\"APPLIED\"}}");
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .formParam("accept", "false").formParam("justification", "The dispatch plan is not in this file")
                .formParam("version", "3")
                .when().post("/assets/" + ID + "/proposals/44/decision").then().statusCode(303)
                .header("Location", endsWith("?notice=proposal-rejected"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/proposals/44/decision"))
                .withRequestBody(equalToJson(
                        "{\"accept\":false,\"justification\":\"The dispatch plan is not in this file\",\"version\":3}")));
    }
}

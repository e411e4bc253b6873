package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Asset list, detail with evidence and controls, the review form and how backend errors are shown. */
@QuarkusTest
class AssetPagesTest {

    static final String ID = BackendStub.ASSET_ID;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void listPassesFiltersAndShowsRows() {
        given().queryParam("level", "IMPORTANT").queryParam("status", "PROPOSED").queryParam("q", "EAST")
                .when().get("/assets").then().statusCode(200)
                .body(containsString("id=\"asset-table\""))
                .body(containsString("data-testid=\"asset-row\" data-asset-id=\"" + ID + "\""))
                .body(containsString("Substation EAST-220 configuration"));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/assets"))
                .withQueryParam("level", equalTo("IMPORTANT")).withQueryParam("status", equalTo("PROPOSED"))
                .withQueryParam("q", equalTo("EAST")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void detailShowsGradeReasonsFindingsHistoryAndTheControlsOfTheLevel() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("id=\"grade-badge\" data-testid=\"grade-badge\" data-level=\"IMPORTANT\""))
                .body(containsString("IEC 61850 SCL substation configuration"))
                .body(containsString("station.scd · row 4<"))
                .body(not(containsString("120–131")))
                .body(containsString("10.20.**.**"))
                .body(containsString("data-testid=\"grading-row\""))
                // PROPOSED (not reviewed yet) is handled as core: the controls shown are core's
                .body(containsString("data-testid=\"controls\" data-level=\"CORE\""))
                .body(containsString("data-testid=\"controls-fail-closed\""))
                .body(containsString("Not reviewed yet: handled as core until a reviewer decides."))
                .body(containsString("How core data is handled"))
                .body(containsString("data-testid=\"control-row\" data-action=\"TRANSFER_CROSS_BORDER\""))
                .body(containsString("<strong class=\"control-action\">Cross-border transfer</strong>"))
                .body(containsString("Not allowed."))
                .body(containsString("Only with a security administrator&#39;s approval."))
                // the policy service's technical summary (it names APIs) is not shown
                .body(not(containsString("Core data never leaves the country")))
                .body(not(containsString(">TRANSFER_CROSS_BORDER<")))
                .body(containsString("id=\"review-form\""))
                .body(containsString("name=\"version\" value=\"3\""));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/controls/CORE")));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"data-registrant", "security-reviewer"})
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aReviewerWhoRegisteredTheAssetIsNotOfferedTheReviewForm() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"review-own\""))
                .body(not(containsString("id=\"review-form\"")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void reviewFormPostsTheCatalogsReviewRequest() {
        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/reviews")), 200,
                "{\"asset\":" + BackendStub.ASSET + ",\"review\":{\"id\":5,\"decision\":\"OVERRIDE\",\"state\":\"APPLIED\"}}");
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .formParam("decision", "OVERRIDE").formParam("level", "GENERAL")
                .formParam("categories", "pi.mobile, energy.meter-id")
                .formParam("justification", "Only meter ids of one site").formParam("version", "3")
                .formParam("lineageJustification", "")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=reviewed"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/reviews"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"decision":"OVERRIDE","level":"GENERAL","categories":["pi.mobile","energy.meter-id"],
                         "justification":"Only meter ids of one site","version":3}
                        """)));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void confirmSendsNoLevelAndACoreDowngradeSaysItAwaitsASecondReviewer() {
        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/reviews")), 202,
                "{\"asset\":" + BackendStub.ASSET + ",\"review\":{\"id\":5,\"state\":\"AWAITING_SECOND_REVIEW\"}}");
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .formParam("decision", "CONFIRM").formParam("level", "CORE")
                .formParam("justification", "ok").formParam("version", "3")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(303)
                .header("Location", endsWith("?notice=awaiting-second"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/reviews"))
                .withRequestBody(equalToJson("{\"decision\":\"CONFIRM\",\"justification\":\"ok\",\"version\":3}")));
        given().queryParam("notice", "awaiting-second").when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-notice=\"awaiting-second\""))
                .body(containsString("awaits a second reviewer"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aBackendProblemIsShownWithItsDetailAndStatus() {
        BackendStub.problem(post(urlPathEqualTo("/api/assets/" + ID + "/reviews")), 409, "stale-version",
                "Conflict", "Another decision came first: reload the asset (version 4).");
        CsrfToken.of("/assets/" + ID).form().formParam("decision", "CONFIRM")
                .formParam("justification", "ok").formParam("version", "3")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(409)
                .body(containsString("data-problem=\"stale-version\""))
                .body(containsString("Another decision came first: reload the asset (version 4)."))
                .body(not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anotherOrganisationsAssetIsTheCatalogsNotFound() {
        BackendStub.problem(get(urlPathEqualTo("/api/assets/" + "00000000-0000-0000-0000-000000000000")), 404,
                "not-found", "Not found", "Asset 00000000-0000-0000-0000-000000000000 was not found.");
        given().when().get("/assets/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body(containsString("was not found."));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aBackendThatIsDownIsServiceUnavailableAndPanelsDegradeAlone() {
        BackendStub.reset();
        BackendStub.down("/api/.*");
        given().when().get("/assets").then().statusCode(503)
                .body(containsString("data-testid=\"error-unavailable\""))
                .body(containsString("catalog-service cannot be reached"));
        // The dashboard still renders; each panel says what is missing.
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"panel-unavailable\""));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void registrationRegistersThenUploadsTheFileToTheCatalog() {
        BackendStub.json(post(urlPathEqualTo("/api/assets")), 201, BackendStub.ASSET);
        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/content")), 200, BackendStub.ASSET);
        CsrfToken.of("/assets/new").multipart().redirects().follow(false).multiPart("name", "Substation EAST-220 configuration")
                .multiPart("type", "FILE").multiPart("energyActivity", "PRODUCTION")
                .multiPart("ownerDepartment", "Dispatch centre").multiPart("ownerContact", "dispatch@east-grid.example")
                .multiPart("provinces", "Jiangsu, Zhejiang")
                .multiPart("file", "station.scd", "<SCL>10.20.30.11</SCL>".getBytes(), "application/xml")
                .when().post("/assets").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=graded"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets"))
                .withRequestBody(equalToJson("""
                        {"name":"Substation EAST-220 configuration","type":"FILE","ownerDepartment":"Dispatch centre",
                         "ownerContact":"dispatch@east-grid.example","energyActivity":"PRODUCTION",
                         "provinces":["Jiangsu","Zhejiang"]}
                        """)));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/content"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBodyPart(aMultipart().withName("file").withBody(containing("10.20.30.11")).build()));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void htmxRegistrationWithoutFileGradesTheDescriptorAndShowsValidationErrorsInPlace() {
        BackendStub.json(post(urlPathEqualTo("/api/assets")), 201, BackendStub.ASSET);
        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/grading")), 202,
                BackendStub.ASSET.replace("\"gradingPending\":false", "\"gradingPending\":true"));
        CsrfToken token = CsrfToken.of("/assets/new");
        token.multipart().header("HX-Request", "true").multiPart("name", "Meter readings").multiPart("type", "DATABASE")
                .multiPart("energyActivity", "CONSUMPTION").multiPart("ownerDepartment", "Sales")
                .multiPart("ownerContact", "sales@east-grid.example")
                .when().post("/assets").then().statusCode(200)
                .header("HX-Redirect", "/assets/" + ID + "?notice=pending");

        BackendStub.server.stubFor(post(urlPathEqualTo("/api/assets")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:energy-data:problem:validation\",\"title\":\"Invalid request\","
                                + "\"status\":400,\"detail\":\"1 field is invalid.\","
                                + "\"errors\":[{\"field\":\"ownerContact\",\"message\":\"must not be blank\"}]}")));
        token.multipart().header("HX-Request", "true").multiPart("name", "x").multiPart("type", "FILE")
                .multiPart("energyActivity", "PRODUCTION").multiPart("ownerDepartment", "d")
                .multiPart("ownerContact", "")
                .when().post("/assets").then().statusCode(400)
                .header("HX-Retarget", "#registration")
                .body(not(containsString("<html")))
                .body(containsString("id=\"reg-contact-error\" data-testid=\"field-error\" data-field=\"ownerContact\">"
                        + "Required: fill this in."))
                .body(containsString("<a href=\"#reg-contact\">Owner contact</a>"))
                .body(not(containsString("must not be blank")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAnswerThatDoesNotFitIsABadGatewayNotAnOutage() {
        BackendStub.json(get(urlPathEqualTo("/api/assets")), 200, "{\"items\":\"not a list\",\"page\":0}");
        given().when().get("/assets").then().statusCode(502)
                .body(containsString("does not understand"))
                .body(not(containsString("error-unavailable")));
    }
}

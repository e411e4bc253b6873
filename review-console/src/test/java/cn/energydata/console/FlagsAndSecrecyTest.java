package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * The asset page's flags (issue 13) with readable labels, the secrecy review's state and the security-admin's form
 * to record its clearance, the classifier's level basis and the extraction status with its reason.
 */
@QuarkusTest
class FlagsAndSecrecyTest {

    static final String ID = BackendStub.SECRET_ID;
    static final String CATALOG_PATH = "/api/assets/" + ID + "/secrecy-review";

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, BackendStub.DETAIL_SECRET);
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void everyFlagIsLabelledAndExplainedAndTheAdminGetsTheSecrecyForm() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"flag\" data-flag=\"POSSIBLE_STATE_SECRET\"><strong>Possible state secret</strong>"))
                .body(containsString("Possibly a state secret: until the secrecy review clears it, every action but VIEW"))
                .body(containsString("data-flag=\"OUT_OF_SCOPE\"><strong>Out of scope</strong> — Outside the energy data rules"))
                .body(containsString("kept out of the NEA important-data catalogue"))
                .body(containsString("data-flag=\"NEEDS_REVIEW\"><strong>Needs review</strong>"))
                .body(containsString("data-flag=\"PRODUCTION_CONTROL_ZONE\"><strong>Production control zone</strong> — Power monitoring system data of production control zones I/II"))
                .body(containsString("crosses only through the isolation devices"))
                .body(containsString("data-testid=\"secrecy-status\" data-cleared=\"false\""))
                .body(containsString("Awaiting the secrecy review"))
                .body(containsString("id=\"secrecy-form\""))
                .body(containsString("action=\"/assets/" + ID + "/secrecy-review\""))
                .body(containsString("name=\"version\" value=\"5\" data-testid=\"secrecy-version\""));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void recordingTheClearancePostsReferenceJustificationAndVersion() {
        BackendStub.json(post(urlPathEqualTo(CATALOG_PATH)), 200, BackendStub.ASSET);
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .formParam("reference", " BM-2026-014 ").formParam("justification", "Secrecy office: not a state secret")
                .formParam("version", "5")
                .when().post("/assets/" + ID + "/secrecy-review").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=secrecy-cleared"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo(CATALOG_PATH))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"reference":"BM-2026-014","justification":"Secrecy office: not a state secret","version":5}
                        """)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aClearedAssetShowsTheClearanceBesideTheFlagAndNoForm() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, BackendStub.DETAIL_SECRET_CLEARED);
        given().when().get("/assets/" + ID + "?notice=secrecy-cleared").then().statusCode(200)
                .body(containsString("data-notice=\"secrecy-cleared\""))
                .body(containsString("data-flag=\"POSSIBLE_STATE_SECRET\""))
                .body(containsString("data-testid=\"secrecy-status\" data-cleared=\"true\""))
                .body(containsString("The secrecy review cleared this asset (reference BM-2026-014, recorded by carol)"))
                .body(containsString("Secrecy office: not a state secret"))
                .body(not(containsString("id=\"secrecy-form\"")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theCatalogsRefusalIsShown() {
        BackendStub.problem(post(urlPathEqualTo(CATALOG_PATH)), 409, "not-flagged", "Conflict",
                "The asset is not flagged POSSIBLE_STATE_SECRET: there is no secrecy review to record.");
        CsrfToken.of("/assets/" + ID).form().formParam("reference", "BM-1").formParam("justification", "x")
                .formParam("version", "5")
                .when().post("/assets/" + ID + "/secrecy-review").then().statusCode(409)
                .body(containsString("data-problem=\"not-flagged\""))
                .body(containsString("there is no secrecy review to record"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aReviewerSeesTheStateButNoFormAndCannotPost() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-cleared=\"false\""))
                .body(not(containsString("id=\"secrecy-form\"")));
        CsrfToken.cookieOf("/assets/" + ID).form().formParam("reference", "BM-1").formParam("justification", "x")
                .when().post("/assets/" + ID + "/secrecy-review").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo(CATALOG_PATH)));
    }

    @Test
    @TestSecurity(user = "olga", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "north-oil"))
    void anAdminOfAnotherOrganisationGetsNoForm() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-cleared=\"false\""))
                .body(not(containsString("id=\"secrecy-form\"")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void levelBasisAndExtractionAreReadableInBothLanguages() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"level-basis\" data-basis=\"PARTIAL\"><strong>Part of the content</strong> — graded on the part that could be read"))
                .body(containsString("data-testid=\"extraction-status\" data-status=\"ENCRYPTED\"><strong>Encrypted</strong> — the document, or an entry of an archive, is encrypted"))
                .body(containsString("data-testid=\"extraction-reason\">Reason: entry reserves/2026.xlsx is password-protected"))
                .body(containsString("data-testid=\"grading-flag\" data-flag=\"NEEDS_REVIEW\">Needs review<"));
        given().cookie("lang", "zh").when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("<strong>部分内容</strong> — 仅依据可读取的部分定级"))
                .body(containsString("<strong>已加密</strong>"))
                .body(containsString("<strong>可能涉及国家秘密</strong>"))
                .body(containsString("<strong>生产控制大区</strong>"))
                .body(containsString("待保密审查"));
        // The other labels of the contract's tables.
        for (String[] c : new String[][]{{"UNREADABLE", "Unreadable"}, {"EMPTY", "Empty"}, {"UNSUPPORTED", "Unsupported"},
                {"PARTIAL", "Partial"}, {"TRUNCATED", "Truncated"}, {"COMPLETE", "Complete"}}) {
            BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, BackendStub.DETAIL_SECRET
                    .replace("\"status\":\"ENCRYPTED\"", "\"status\":\"" + c[0] + "\""));
            given().when().get("/assets/" + ID).then().statusCode(200)
                    .body(containsString("data-status=\"" + c[0] + "\"><strong>" + c[1] + "</strong> — "));
        }
        for (String[] c : new String[][]{{"UNKNOWN", "Content unknown", "nothing of the content could be read: handled as core until a reviewer decides"},
                {"CONTENT", "Whole content", "graded on everything the document contains"}}) {
            BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, BackendStub.DETAIL_SECRET
                    .replace("\"levelBasis\":\"PARTIAL\"", "\"levelBasis\":\"" + c[0] + "\""));
            given().when().get("/assets/" + ID).then().statusCode(200)
                    .body(containsString("data-basis=\"" + c[0] + "\"><strong>" + c[1] + "</strong> — " + c[2]));
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAssetWithoutFlagsHasNoFlagsPanel() {
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(not(containsString("id=\"flags\"")))
                .body(containsString("data-status=\"COMPLETE\"><strong>Complete</strong>"));
    }
}

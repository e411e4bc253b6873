package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSRF protection (quarkus-rest-csrf, double submit cookie): every form that posts carries the token of the
 * {@code csrf-token} cookie; a post without it, or with a token that is not the cookie's, is refused with the
 * console's 403 page and never reaches a backend.
 */
@QuarkusTest
class CsrfTest {

    static final String ID = BackendStub.ASSET_ID;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aReviewPostedWithoutTokenIsRefusedWithTheErrorPage() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("decision", "CONFIRM").formParam("justification", "ok").formParam("version", "3")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(403)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("data-kind=\"csrf\""))
                .body(containsString("data-testid=\"error-csrf\""))
                .body(containsString("Reload the page and submit the form again."))
                .body(not(containsString("Exception")));
        // With the cookie but without the form field: refused too.
        CsrfToken token = CsrfToken.of("/assets/" + ID);
        given().cookie(CsrfToken.NAME, token.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("decision", "CONFIRM").formParam("justification", "ok").formParam("version", "3")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        // With the form field but without the cookie: refused.
        given().contentType("application/x-www-form-urlencoded").formParam(CsrfToken.NAME, token.field())
                .formParam("decision", "CONFIRM").formParam("justification", "ok").formParam("version", "3")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/reviews")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aTokenFromAnotherCookieIsRefused() {
        CsrfToken mine = CsrfToken.of("/assets/" + ID);
        CsrfToken other = CsrfToken.of("/assets/" + ID);
        assertNotEquals(mine.field(), other.field(), "each new browser gets its own token");
        given().redirects().follow(false).cookie(CsrfToken.NAME, mine.cookie())
                .contentType("application/x-www-form-urlencoded").formParam(CsrfToken.NAME, other.field())
                .formParam("decision", "CONFIRM").formParam("justification", "ok").formParam("version", "3")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        // A cookie that is no token at all.
        given().cookie(CsrfToken.NAME, "not-a-token").contentType("application/x-www-form-urlencoded")
                .formParam(CsrfToken.NAME, "not-a-token").formParam("decision", "CONFIRM")
                .when().post("/assets/" + ID + "/reviews").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/reviews")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anHtmxMultipartRegistrationWithoutTokenGetsTheFragmentInChinese() {
        given().header("HX-Request", "true").cookie("lang", "zh")
                .multiPart("name", "Meter readings").multiPart("type", "DATABASE")
                .multiPart("energyActivity", "CONSUMPTION").multiPart("ownerDepartment", "Sales")
                .multiPart("ownerContact", "sales@east-grid.example")
                .when().post("/assets").then().statusCode(403)
                .body(not(containsString("<html")))
                .body(containsString("data-kind=\"csrf\""))
                .body(containsString("请刷新页面后重新提交"));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theTokenCookieIsHttpOnlyLaxAndKeptAcrossPages() {
        Response first = given().when().get("/assets/" + ID).then().statusCode(200).extract().response();
        String setCookie = first.getHeader("Set-Cookie");
        assertTrue(setCookie.startsWith(CsrfToken.NAME + "="), setCookie);
        assertTrue(setCookie.toLowerCase().contains("; httponly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertTrue(setCookie.contains("Max-Age=43200"), setCookie);
        // Not Secure over plain http in tests (forced in the prod profile).
        assertTrue(!setCookie.toLowerCase().contains("secure"), setCookie);
        String cookie = first.getCookie(CsrfToken.NAME);
        // A browser sending its cookie back keeps its token: forms of other tabs stay valid.
        given().cookie(CsrfToken.NAME, cookie).when().get("/assets").then().statusCode(200)
                .cookie(CsrfToken.NAME, cookie);
        given().cookie(CsrfToken.NAME, cookie).when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("name=\"csrf-token\" value=\"" + cookie + "\""));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theAssetPageFormsCarryTheToken() {
        assertEveryPostFormCarriesTheToken("/assets/" + ID, 1); // review
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200,
                BackendStub.DETAIL_WITH_PROPOSAL_AND_SECOND_REVIEW);
        assertEveryPostFormCarriesTheToken("/assets/" + ID, 2); // proposal, second review
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theRegistrationAndUploadFormsCarryTheToken() {
        assertEveryPostFormCarriesTheToken("/assets/new", 1);
        assertEveryPostFormCarriesTheToken("/assets/" + ID, 1); // new upload
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theAdminFormsCarryTheToken() {
        assertEveryPostFormCarriesTheToken("/admin", 4); // approve, reject, assessment, export (csv, xlsx, json)
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theProfileAndSecrecyFormsCarryTheTokenAndRefuseAPostWithoutIt() {
        assertEveryPostFormCarriesTheToken("/organisation", 1); // profile
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + BackendStub.SECRET_ID)), 200, BackendStub.DETAIL_SECRET);
        assertEveryPostFormCarriesTheToken("/assets/" + BackendStub.SECRET_ID, 2); // secrecy review, new upload
        CsrfToken token = CsrfToken.of("/organisation");
        given().cookie(CsrfToken.NAME, token.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("legalName", "East Grid").formParam("ciio", "true")
                .when().post("/organisation").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        given().contentType("application/x-www-form-urlencoded").formParam(CsrfToken.NAME, token.field())
                .formParam("reference", "BM-1").formParam("justification", "x")
                .when().post("/assets/" + BackendStub.SECRET_ID + "/secrecy-review").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        BackendStub.server.verify(0, putRequestedFor(urlPathEqualTo("/api/organisation/profile")));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets/" + BackendStub.SECRET_ID
                + "/secrecy-review")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theFilingFormCarriesTheTokenAndRefusesAPostWithoutIt() {
        String id = BackendStub.FILING_ID;
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + id)), 200, BackendStub.DETAIL_FILING);
        assertEveryPostFormCarriesTheToken("/assets/" + id, 2); // filing fields, new upload
        CsrfToken token = CsrfToken.of("/assets/" + id);
        given().cookie(CsrfToken.NAME, token.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("version", "8").formParam("format", "Oracle")
                .when().post("/assets/" + id + "/filing").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        BackendStub.server.verify(0, patchRequestedFor(urlPathEqualTo("/api/assets/" + id)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theIncidentFormsCarryTheTokenAndRefuseAPostWithoutIt() {
        assertEveryPostFormCarriesTheToken("/incidents", 3); // initial and final report of the open incident, record
        CsrfToken token = CsrfToken.of("/incidents");
        given().contentType("application/x-www-form-urlencoded").formParam("severity", "MAJOR")
                .formParam("personsAffected", "0").formParam("discoveredAt", "2026-11-29T08:00")
                .formParam("description", "x")
                .when().post("/incidents").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        given().cookie(CsrfToken.NAME, token.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam(CsrfToken.NAME, "not-the-token").formParam("type", "INITIAL").formParam("reference", "x")
                .when().post("/incidents/" + BackendStub.INCIDENT_CIIO + "/reports").then().statusCode(403)
                .body(containsString("data-kind=\"csrf\""));
        BackendStub.server.verify(0, postRequestedFor(urlPathMatching("/api/incidents.*")));
    }

    private static void assertEveryPostFormCarriesTheToken(String page, int forms) {
        Response response = given().when().get(page).then().statusCode(200).extract().response();
        String html = response.asString();
        String cookie = response.getCookie(CsrfToken.NAME);
        int posts = count(html, "method=\"post\"");
        assertEquals(forms, posts, "forms posting on " + page);
        assertEquals(posts, count(html, "<input type=\"hidden\" name=\"csrf-token\" value=\"" + cookie
                + "\" data-testid=\"csrf-token\">"), "CSRF inputs with the cookie's token on " + page);
    }

    private static int count(String html, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(html).results().count();
    }
}

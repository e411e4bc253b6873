package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15 item 5: a security-reviewer claims a review-queue item (catalog {@code POST /api/review-queue/{id}/claim})
 * and releases it ({@code DELETE}); the queue shows who holds a claim and until when, and another reviewer's live
 * claim (409 {@code claimed}) is said naming that reviewer. An older catalog without claims still shows the queue.
 */
@QuarkusTest
class ReviewClaimsTest {

    static final String FREE = ReviewFormAndBulkConfirmationTest.GENERAL_1;
    static final String ALICES = ReviewFormAndBulkConfirmationTest.GENERAL_2;
    static final String BOBS = ReviewQueueAndNamesTest.OTHER;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/review-queue")), 200, """
                {"items":[{"asset":%s,"reason":"PROPOSED","proposal":null,"claimedBy":null,"claimExpiresAt":null},
                          {"asset":%s,"reason":"PROPOSED","proposal":null,"claimedBy":"alice",
                           "claimExpiresAt":"2026-11-29T14:30:00Z"},
                          {"asset":%s,"reason":"PROPOSED","proposal":null,"claimedBy":"bob",
                           "claimExpiresAt":"2026-11-29T15:05:00Z"}],"page":0,"size":20,"total":3}
                """.formatted(ReviewFormAndBulkConfirmationTest.general(FREE, "Press release", "carol"),
                ReviewFormAndBulkConfirmationTest.general(ALICES, "Canteen menu", "carol"),
                ReviewFormAndBulkConfirmationTest.general(BOBS, "Tariff table", "carol")));
    }

    private static String row(String html, String assetId) {
        int start = html.indexOf("id=\"queue-row-" + assetId + "\"");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void eachRowSaysWhoHoldsItUntilWhenAndOffersClaimOrRelease() {
        Response response = given().cookie("lang", "zh").when().get("/review").then().statusCode(200)
                .extract().response();
        String html = response.asString();
        String free = row(html, FREE);
        assertContains(free, "data-testid=\"queue-claim\"");
        assertContains(free, "action=\"/review/" + FREE + "/claim\"");
        assertContains(free, "未认领");
        String alices = row(html, ALICES);
        assertContains(alices, "data-testid=\"queue-claimed-by\" data-claimed-by=\"alice\"");
        assertContains(alices, "认领人：alice，至 14:30 UTC");
        assertEquals(-1, alices.indexOf("data-testid=\"queue-claim\""), "no claim of another's item");
        assertEquals(-1, alices.indexOf("data-testid=\"queue-release\""), "no release of another's claim");
        String bobs = row(html, BOBS);
        assertContains(bobs, "data-claimed-by=\"bob\"");
        assertContains(bobs, "已由您认领，至 15:05 UTC");
        assertContains(bobs, "data-testid=\"queue-release\"");
        assertContains(bobs, "action=\"/review/" + BOBS + "/release\"");
        // every posting form (two claim forms, the bulk form) carries the cookie's CSRF token
        String cookie = response.getCookie(CsrfToken.NAME);
        assertEquals(count(html, "method=\"post\""), count(html, "<input type=\"hidden\" name=\"csrf-token\" value=\""
                + cookie + "\" data-testid=\"csrf-token\">"));
        given().when().get("/review").then().statusCode(200).body(containsString("Claimed by alice until 14:30 UTC"))
                .body(containsString("Claimed by you until 15:05 UTC"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anOlderCatalogWithoutClaimsOffersClaimOnEveryItem() {
        BackendStub.json(get(urlPathEqualTo("/api/review-queue")), 200, """
                {"items":[{"asset":%s,"reason":"PROPOSED","proposal":null}],"page":0,"size":20,"total":1}
                """.formatted(ReviewFormAndBulkConfirmationTest.general(FREE, "Press release", "carol")));
        given().when().get("/review").then().statusCode(200)
                .body(containsString("data-testid=\"queue-claim\""))
                .body(not(containsString("data-testid=\"queue-claimed-by\"")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void claimingPostsToTheCatalogWithTheUsersTokenAndSaysSo() {
        BackendStub.json(post(urlPathEqualTo("/api/review-queue/" + FREE + "/claim")), 200, """
                {"assetId":"%s","claimedBy":"bob","claimedAt":"2026-11-29T12:30:00Z","expiresAt":"2026-11-29T14:30:00Z"}
                """.formatted(FREE));
        CsrfToken.of("/review").form().redirects().follow(false).formParam("page", "0")
                .when().post("/review/" + FREE + "/claim").then().statusCode(303)
                .header("Location", containsString("/review?page=0&notice=claimed"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/review-queue/" + FREE + "/claim"))
                .withHeader("Authorization", matching("Bearer .+")));
        given().cookie("lang", "zh").when().get("/review?notice=claimed").then().statusCode(200)
                .body(containsString("data-notice=\"claimed\""))
                .body(containsString("您已认领该资产"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anotherReviewersLiveClaimIsSaidNamingThem() {
        BackendStub.server.stubFor(post(urlPathEqualTo("/api/review-queue/" + ALICES + "/claim"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"urn:energy-data:problem:claimed","title":"Claimed","status":409,
                                 "detail":"another reviewer holds a claim","claimedBy":"alice"}
                                """)));
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ALICES)), 200, BackendStub.DETAIL
                .replace(BackendStub.ASSET_ID, ALICES).replace("Substation EAST-220 configuration", "Canteen menu"));
        CsrfToken.of("/review").form().cookie("lang", "zh").formParam("page", "0")
                .when().post("/review/" + ALICES + "/claim").then().statusCode(409)
                .body(containsString("data-testid=\"claim-taken\" data-asset-id=\"" + ALICES
                        + "\" data-claimed-by=\"alice\""))
                .body(containsString("已由 alice 认领"))
                .body(containsString("data-testid=\"review-queue\""));
        CsrfToken.of("/review").form().formParam("page", "0")
                .when().post("/review/" + ALICES + "/claim").then().statusCode(409)
                .body(containsString("Already claimed by alice"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void releasingDeletesTheClaim() {
        BackendStub.server.stubFor(delete(urlPathEqualTo("/api/review-queue/" + BOBS + "/claim"))
                .willReturn(aResponse().withStatus(204)));
        CsrfToken.of("/review").form().redirects().follow(false).formParam("page", "0")
                .when().post("/review/" + BOBS + "/release").then().statusCode(303)
                .header("Location", containsString("notice=released"));
        BackendStub.server.verify(deleteRequestedFor(urlPathEqualTo("/api/review-queue/" + BOBS + "/claim"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void securityAdminsSeeClaimsButCannotClaim() {
        given().when().get("/review").then().statusCode(200)
                .body(containsString("data-claimed-by=\"alice\""))
                .body(not(containsString("data-testid=\"queue-claim\"")))
                .body(not(containsString("data-testid=\"queue-release\"")));
        CsrfToken.cookieOf("/review").form().formParam("page", "0")
                .when().post("/review/" + FREE + "/claim").then().statusCode(403);
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/review-queue/" + FREE + "/claim")));
    }

    private static void assertContains(String html, String what) {
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(what), () -> "missing " + what + " in " + html);
    }

    private static int count(String html, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(html).results().count();
    }
}

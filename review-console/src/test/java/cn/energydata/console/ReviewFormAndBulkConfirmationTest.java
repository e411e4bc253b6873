package cn.energydata.console;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
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
import static org.hamcrest.Matchers.not;

/**
 * Issue 15 item 5: categories of an override picked from the classifier's glossary (the current ones ticked, one
 * the glossary no longer has kept and marked; free ids only when the glossary cannot be read), and several general
 * grades awaiting review confirmed at once through the catalog's {@code POST /api/reviews/confirmations}, with
 * each refusal said in words.
 */
@QuarkusTest
class ReviewFormAndBulkConfirmationTest {

    static final String GENERAL_1 = "4b0c2a9e-5555-4c3b-9a53-0a6d2b8b1c51";
    static final String GENERAL_2 = "4b0c2a9e-6666-4c3b-9a53-0a6d2b8b1c61";

    @Inject
    @CacheName("glossary")
    Cache glossary;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        glossary.invalidateAll().await().indefinitely();
    }

    static String general(String id, String name, String registeredBy) {
        return ReviewQueueAndNamesTest.asset(id, name, registeredBy, "2026-11-29T09:00:00Z")
                .replace("\"level\":\"IMPORTANT\"", "\"level\":\"GENERAL\"");
    }

    static void queue() {
        BackendStub.json(get(urlPathEqualTo("/api/review-queue")), 200, """
                {"items":[{"asset":%s,"reason":"IMPORTANT","proposal":null},
                          {"asset":%s,"reason":"PROPOSED","proposal":null},
                          {"asset":%s,"reason":"PROPOSED","proposal":null},
                          {"asset":%s,"reason":"PROPOSED","proposal":null}],"page":0,"size":20,"total":4}
                """.formatted(BackendStub.ASSET, general(GENERAL_1, "Press release", "alice"),
                general(GENERAL_2, "Canteen menu", "alice"),
                general(ReviewQueueAndNamesTest.MINE, "My own note", "bob")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void overrideCategoriesArePickedFromTheGlossary() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + BackendStub.ASSET_ID)), 200, BackendStub.DETAIL.replace(
                "\"categories\":[\"energy.power-monitoring\"],\"needsReview\"",
                "\"categories\":[\"energy.power-monitoring\",\"energy.retired-id\"],\"needsReview\""));
        given().cookie("lang", "zh").when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("value=\"energy.power-monitoring\" checked data-testid=\"review-category\""))
                .body(containsString("value=\"energy.dispatch-plan\" data-testid=\"review-category\""))
                .body(containsString(">电力监控</label>"))
                .body(containsString("value=\"energy.retired-id\" checked data-testid=\"review-category\""))
                .body(containsString("data-testid=\"category-not-in-glossary\""))
                .body(not(containsString("type=\"text\" id=\"review-categories\"")));
        BackendStub.json(post(urlPathEqualTo("/api/assets/" + BackendStub.ASSET_ID + "/reviews")), 200,
                "{\"asset\":" + BackendStub.ASSET + ",\"review\":{\"id\":5,\"decision\":\"OVERRIDE\",\"state\":\"APPLIED\"}}");
        CsrfToken.of("/assets/" + BackendStub.ASSET_ID).form().redirects().follow(false)
                .formParam("decision", "OVERRIDE").formParam("level", "IMPORTANT")
                .formParam("categories", "energy.power-monitoring").formParam("categories", "energy.dispatch-plan")
                .formParam("justification", "Dispatch plan inside").formParam("version", "3")
                .when().post("/assets/" + BackendStub.ASSET_ID + "/reviews").then().statusCode(303);
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets/" + BackendStub.ASSET_ID + "/reviews"))
                .withRequestBody(equalToJson("""
                        {"decision":"OVERRIDE","level":"IMPORTANT",
                         "categories":["energy.power-monitoring","energy.dispatch-plan"],
                         "justification":"Dispatch plan inside","version":3}
                        """)));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void withoutTheGlossaryCategoryIdsAreTyped() {
        BackendStub.down("/api/rules");
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("type=\"text\" id=\"review-categories\" name=\"categories\""))
                .body(containsString("data-testid=\"categories-glossary-missing\""))
                .body(not(containsString("data-testid=\"review-category\"")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void onlyGeneralGradesAwaitingReviewTheReviewerMayDecideCanBeTicked() {
        queue();
        String page = given().when().get("/review").then().statusCode(200)
                .body(containsString("id=\"bulk-confirm-form\""))
                .body(containsString("value=\"" + GENERAL_1 + "\" id=\"bulk-pick-" + GENERAL_1 + "\""))
                .body(containsString("value=\"" + GENERAL_2 + "\" id=\"bulk-pick-" + GENERAL_2 + "\""))
                .body(not(containsString("id=\"bulk-pick-" + BackendStub.ASSET_ID + "\"")))
                .body(not(containsString("id=\"bulk-pick-" + ReviewQueueAndNamesTest.MINE + "\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("form=\"bulk-confirm-form\" name=\"assetIds\""));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theTickedGradesAreConfirmedTogetherAndEachRefusalIsSaid() {
        queue();
        BackendStub.json(post(urlPathEqualTo("/api/reviews/confirmations")), 200, """
                {"confirmed":["%s"],
                 "refused":[{"assetId":"%s","type":"urn:energy-data:problem:not-awaiting-review","detail":"not PROPOSED"}]}
                """.formatted(GENERAL_1, GENERAL_2));
        CsrfToken.of("/review").form().cookie("lang", "zh")
                .formParam("assetIds", GENERAL_1).formParam("assetIds", GENERAL_2).formParam("assetIds", GENERAL_1)
                .formParam("justification", "Public texts, checked").formParam("page", "0")
                .when().post("/review/confirmations").then().statusCode(200)
                .body(containsString("data-testid=\"bulk-result\" data-confirmed=\"1\" data-refused=\"1\""))
                .body(containsString("已确认：1 项。未确认：1 项。"))
                .body(containsString("data-problem=\"not-awaiting-review\""))
                .body(containsString("已不再待审核"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/reviews/confirmations"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"assetIds":["%s","%s"],"justification":"Public texts, checked"}
                        """.formatted(GENERAL_1, GENERAL_2))));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void nothingTickedOrNoJustificationIsRefusedBeforeTheCatalog() {
        queue();
        CsrfToken.of("/review").form().formParam("justification", "ok")
                .when().post("/review/confirmations").then().statusCode(400)
                .body(containsString("Nothing ticked"));
        CsrfToken.of("/review").form().formParam("assetIds", GENERAL_1).formParam("justification", " ")
                .when().post("/review/confirmations").then().statusCode(400)
                .body(containsString("No justification"));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/reviews/confirmations")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void securityAdminsSeeTheQueueButConfirmNothing() {
        queue();
        given().when().get("/review").then().statusCode(200)
                .body(not(containsString("id=\"bulk-confirm-form\"")))
                .body(not(containsString("data-testid=\"bulk-pick\"")));
        CsrfToken.cookieOf("/review").form().formParam("assetIds", GENERAL_1).formParam("justification", "x")
                .when().post("/review/confirmations").then().statusCode(403);
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/reviews/confirmations")));
    }
}

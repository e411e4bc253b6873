package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Issue 15 items 5, 7 and 8: the queue says why each item waits and for how long and sets apart what the reviewer
 * cannot decide; the review form's override-only fields; names instead of ids on approvals and the decision log
 * (cached, never failing the page); cards on phone-sized screens.
 */
@QuarkusTest
class ReviewQueueAndNamesTest {

    static final String MINE = "4b0c2a9e-2222-4c3b-9a53-0a6d2b8b1c21";
    static final String MY_DOWNGRADE = "4b0c2a9e-3333-4c3b-9a53-0a6d2b8b1c31";
    static final String OTHER = "4b0c2a9e-4444-4c3b-9a53-0a6d2b8b1c41";

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    static String asset(String id, String name, String registeredBy, String updatedAt) {
        return BackendStub.ASSET.replace(BackendStub.ASSET_ID, id)
                .replace("Substation EAST-220 configuration", name)
                .replace("\"registeredBy\":\"alice\"", "\"registeredBy\":\"" + registeredBy + "\"")
                .replace("\"updatedAt\":\"2026-11-28T10:05:00Z\"", "\"updatedAt\":\"" + updatedAt + "\"");
    }

    static void queue() {
        BackendStub.json(get(urlPathEqualTo("/api/review-queue")), 200, """
                {"items":[{"asset":%s,"reason":"SECOND_REVIEW","proposal":null},
                          {"asset":%s,"reason":"CORE","proposal":null},
                          {"asset":%s,"reason":"IMPORTANT","proposal":null}],"page":0,"size":20,"total":3}
                """.formatted(asset(MY_DOWNGRADE, "Dispatch plan", "alice", "2026-11-27T09:00:00Z"),
                asset(MINE, "My own upload", "bob", "2026-11-30T07:30:00Z"),
                asset(OTHER, "Meter readings", "alice", "2026-11-30T09:20:00Z")));
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + MY_DOWNGRADE)), 200, """
                {"asset":%s,"gradings":[],"reviews":[],"awaitingSecondReview":{"id":7,"decision":"OVERRIDE",
                 "fromLevel":"CORE","toLevel":"GENERAL","state":"AWAITING_SECOND_REVIEW","reviewer":"bob"}}
                """.formatted(asset(MY_DOWNGRADE, "Dispatch plan", "alice", "2026-11-27T09:00:00Z")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theQueueSaysWhyAndHowLongAndSetsApartWhatTheReviewerCannotDecide() {
        queue();
        String page = given().when().get("/review").then().statusCode(200)
                .body(containsString("Graded important by the classifier: a reviewer must confirm or correct it."))
                .body(containsString("data-age-unit=\"DAYS\" data-age=\"3\""))
                .body(containsString(">3 days</time>"))
                .body(containsString("data-age-unit=\"HOURS\" data-age=\"2\""))
                .body(containsString(">less than an hour</time>"))
                .body(containsString("data-blocked-by=\"OWN_REGISTRATION\""))
                .body(containsString("data-blocked-by=\"OWN_DOWNGRADE\""))
                .body(containsString("Your downgrade: another reviewer decides."))
                .extract().asString();
        int toDecide = page.indexOf("id=\"review-queue\"");
        int notYours = page.indexOf("id=\"queue-not-yours\"");
        org.junit.jupiter.api.Assertions.assertTrue(toDecide >= 0 && notYours > toDecide);
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("id=\"queue-row-" + OTHER + "\"") < notYours);
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("id=\"queue-row-" + MINE + "\"") > notYours);
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("id=\"queue-row-" + MY_DOWNGRADE + "\"") > notYours);
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void inChineseTheQueueIsChinese() {
        queue();
        given().cookie("lang", "zh").when().get("/review").then().statusCode(200)
                .body(containsString("3 天"))
                .body(containsString("分类服务定为重要数据，需由审核人确认或改定。"))
                .body(containsString("等待其他审核人处理"))
                .body(not(containsString("less than an hour")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aLookupOfTheDowngraderThatFailsLeavesTheItemToDecide() {
        queue();
        BackendStub.down("/api/assets/" + MY_DOWNGRADE);
        given().when().get("/review").then().statusCode(200)
                .body(not(containsString("data-blocked-by")))
                .body(not(containsString("id=\"queue-not-yours\"")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void overrideOnlyFieldsAreGroupedForTheScriptToDisableWhileConfirmIsChosen() {
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("<fieldset class=\"field-row override-only\" id=\"override-fields\" "
                        + "data-testid=\"override-fields\" data-enable-when=\"decision-override\">"))
                .body(containsString("id=\"review-level\""));
        given().when().get("/js/console.js").then().statusCode(200)
                .body(containsString("[data-enable-when]"))
                .body(containsString("group.disabled = !radio.checked"));
    }

    static final String NAMED = "6a1d2a9e-1111-4c3b-9a53-0a6d2b8b1c51";
    static final String UNKNOWN = "6a1d2a9e-2222-4c3b-9a53-0a6d2b8b1c52";

    static void approvalsAndDecisionsOf(String first, String second) {
        BackendStub.json(get(urlPathEqualTo("/api/approvals")), 200, """
                {"page":0,"size":20,"total":2,"items":[
                 {"id":"a0000000-0000-4000-8000-000000000001","status":"PENDING","createdAt":"2026-11-28T11:00:00Z",
                  "requester":"alice","assetId":"%s","effectiveLevel":"CORE","action":"DOWNLOAD","approvalsRequired":2},
                 {"id":"a0000000-0000-4000-8000-000000000002","status":"PENDING","createdAt":"2026-11-28T11:00:00Z",
                  "requester":"alice","assetId":"%s","effectiveLevel":"CORE","action":"DOWNLOAD","approvalsRequired":1}]}
                """.formatted(first, second));
        BackendStub.json(get(urlPathEqualTo("/api/decisions")), 200, """
                {"page":0,"size":20,"total":1,"items":[{"decisionId":"d9","decidedAt":"2026-11-28T11:00:00Z",
                  "requester":"alice","action":"DOWNLOAD","assetId":"%s","effectiveLevel":"CORE","effect":"PERMIT",
                  "reasons":[]}]}
                """.formatted(first));
    }

    @Test
    @TestSecurity(user = "carol", roles = {"security-admin", "auditor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "names-org"))
    void approvalsAndTheDecisionLogShowNamesLookedUpOnceAndIdsWhenTheLookupFails() {
        approvalsAndDecisionsOf(NAMED, UNKNOWN);
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + NAMED)), 200,
                "{\"asset\":" + asset(NAMED, "Grid model 2026", "alice", "2026-11-28T10:05:00Z") + "}");
        BackendStub.problem(get(urlPathEqualTo("/api/assets/" + UNKNOWN)), 404, "not-found", "Not found", "none");
        given().when().get("/admin").then().statusCode(200)
                .body(containsString("data-asset-id=\"" + NAMED + "\">Grid model 2026</a>"))
                .body(containsString("data-asset-id=\"" + UNKNOWN + "\"><code>" + UNKNOWN + "</code></a>"))
                // dual control before the first approval names nobody
                .body(containsString("dual control: two security administrators must approve"))
                .body(not(containsString("first approved by </")))
                .body(containsString("class=\"cards-on-phone\""))
                .body(containsString("data-label=\"Decide\""));
        given().when().get("/audit").then().statusCode(200)
                .body(containsString("data-asset-id=\"" + NAMED + "\">Grid model 2026</a>"));
        // the name was cached: one lookup for two pages; the failed one is tried again
        BackendStub.server.verify(1, getRequestedFor(urlPathEqualTo("/api/assets/" + NAMED)));
        given().cookie("lang", "zh").when().get("/admin").then().statusCode(200)
                .body(containsString("双人审批：须经两名安全管理员批准"));
        BackendStub.server.verify(2, getRequestedFor(urlPathEqualTo("/api/assets/" + UNKNOWN)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "names-down-org"))
    void aCatalogThatIsDownLeavesTheIdsAndThePageRenders() {
        approvalsAndDecisionsOf(UNKNOWN, NAMED);
        BackendStub.down("/api/assets/.*");
        given().when().get("/admin").then().statusCode(200)
                .body(containsString("<code>" + UNKNOWN + "</code>"))
                .body(containsString("<code>" + NAMED + "</code>"))
                .body(containsString("id=\"approve-a0000000-0000-4000-8000-000000000002\""));
        // after the first unreachable lookup the others are not tried
        BackendStub.server.verify(0, getRequestedFor(urlPathEqualTo("/api/assets/" + NAMED)));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void onAPhoneTablesScrollInsideThemselvesAndTheQueueAndApprovalsBecomeCards() {
        given().when().get("/css/console.css").then().statusCode(200)
                .body(containsString("@media (max-width: 40rem)"))
                .body(containsString("table { display: block; overflow-x: auto; max-width: 100%; }"))
                .body(containsString("table.cards-on-phone thead { position: absolute; left: -9999px; }"))
                .body(containsString("content: attr(data-label)"))
                .body(containsString(".badge { white-space: nowrap; }"));
        queue();
        given().when().get("/review").then().statusCode(200)
                .body(containsString("class=\"cards-on-phone\""))
                .body(containsString("data-label=\"Why\""));
    }
}

package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The cross-border ledger page (issue 13): the year's totals against the thresholds of the loaded policies, the
 * entries paged, the ledger's chain verified; and claimed art. 5 exemptions and the secrecy obligation where
 * approvals and decisions are shown.
 */
@QuarkusTest
class LedgerAndExemptionTest {

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theYearsTotalsMeetTheThresholdsAtTheExactNumber() {
        given().when().get("/").then().statusCode(200).body(containsString("id=\"nav-ledger\""));
        given().when().get("/ledger?year=2026").then().statusCode(200)
                .body(containsString("Totals of 2026"))
                .body(containsString("data-testid=\"ledger-persons\" data-persons=\"100000\""))
                .body(containsString("data-testid=\"ledger-sensitive\" data-persons=\"2500\""))
                // 100 000 people: the contract threshold (10万人以上) is reached at exactly the number.
                .body(containsString("data-policy-id=\"general.cross-border.pi-contract\" data-metric=\"persons\""
                        + " data-at-least=\"100000\" data-reached=\"true\""))
                .body(containsString("data-policy-id=\"general.cross-border.pi-assessment\" data-metric=\"persons\""
                        + " data-at-least=\"1000000\" data-reached=\"false\""))
                .body(containsString("900000 to go"))
                .body(containsString("data-metric=\"sensitivePersons\" data-at-least=\"10000\" data-reached=\"false\""))
                .body(containsString("7500 to go"))
                .body(containsString("Persons ≥ 100000"))
                .body(containsString("PIPL art. 38; Provisions art. 8"))
                .body(not(containsString("data-policy-id=\"core.view\"")))
                // east-grid is a CIIO: the thresholds do not apply to it.
                .body(containsString("data-testid=\"ledger-ciio\""))
                .body(containsString("whatever the number of people"));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/cross-border-ledger"))
                .withQueryParam("year", equalTo("2026")).withQueryParam("page", equalTo("0"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theEntriesArePagedInChainOrderWithTheirBasis() {
        BackendStub.json(get(urlPathEqualTo("/api/cross-border-ledger")), 200,
                BackendStub.LEDGER.replace("\"total\":2", "\"total\":42"));
        given().when().get("/ledger").then().statusCode(200)
                .body(containsString("data-testid=\"ledger-row\" data-seq=\"1\""))
                .body(containsString("data-testid=\"ledger-row\" data-seq=\"2\""))
                .body(containsString("<td>Cross-border transfer</td>"))
                .body(containsString("<td>Provide to another entity</td>"))
                .body(containsString("data-exemption=\"CROSS_BORDER_HR\">Cross-border human-resources management (art. 5)"))
                .body(containsString("approval <code>ap1</code>"))
                .body(containsString("data-testid=\"ledger-total\" data-total=\"42\""))
                .body(containsString("href=\"/ledger?year=2026&amp;page=1\""))
                .body(containsString("data-testid=\"ledger-chain-status\" data-valid=\"true\""))
                .body(containsString("hash chain of 2 entries is intact"));
        given().when().get("/ledger?year=2026&page=1").then().statusCode(200);
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/cross-border-ledger"))
                .withQueryParam("year", equalTo("2026")).withQueryParam("page", equalTo("1")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aBrokenLedgerChainIsReportedAndANonCiioGetsNoCiioNote() {
        BackendStub.json(get(urlPathEqualTo("/api/cross-border-ledger/verify")), 200,
                "{\"organisation\":\"east-grid\",\"records\":2,\"valid\":false,\"brokenAtSeq\":2,"
                        + "\"problem\":\"entry content does not match its hash\"}");
        BackendStub.json(get(urlPathEqualTo("/api/organisation/profile")), 200, BackendStub.PROFILE_NOT_CIIO);
        given().when().get("/ledger").then().statusCode(200)
                .body(containsString("data-valid=\"false\" data-broken-at=\"2\""))
                .body(containsString("broken at entry 2: entry content does not match its hash"))
                .body(not(containsString("data-testid=\"ledger-ciio\"")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void thePolicyServiceDownLeavesThePageWithItsPanelsFailed() {
        BackendStub.down("/api/cross-border-ledger.*");
        given().when().get("/ledger").then().statusCode(200)
                .body(containsString("data-testid=\"panel-unavailable\""))
                .body(containsString("policy-service"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theLedgerInChinese() {
        given().cookie("lang", "zh").when().get("/ledger?year=2026").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">"))
                .body(containsString("出境台账"))
                .body(containsString("2026 年累计"))
                .body(containsString("个人信息 100000 人以上"))
                .body(containsString("已达到"))
                .body(containsString("跨境人力资源管理所必需（第五条）"))
                .body(containsString("哈希链完整"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void reviewersAndRegistrantsHaveNoLedger() {
        given().when().get("/").then().statusCode(200).body(not(containsString("id=\"nav-ledger\"")));
        given().when().get("/ledger").then().statusCode(403).body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, getRequestedFor(urlPathEqualTo("/api/cross-border-ledger")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anApprovalRequestShowsTheClaimedExemptionAndItsReason() {
        BackendStub.json(get(urlPathEqualTo("/api/approvals")), 200, BackendStub.APPROVALS_WITH_EXEMPTION);
        given().when().get("/admin").then().statusCode(200)
                .body(containsString("data-testid=\"exemption\" data-exemption=\"CROSS_BORDER_HR\">"
                        + "<strong>Exemption claimed: </strong>Cross-border human-resources management (art. 5)"))
                .body(containsString("data-testid=\"exemption-reason\">Reason: payroll of staff seconded to Hamburg"));
        given().cookie("lang", "zh").when().get("/admin").then().statusCode(200)
                .body(containsString("<strong>主张豁免：</strong>跨境人力资源管理所必需（第五条）"));
        // Without a claim, nothing is shown.
        BackendStub.json(get(urlPathEqualTo("/api/approvals")), 200, BackendStub.APPROVALS);
        given().when().get("/admin").then().statusCode(200).body(not(containsString("data-testid=\"exemption\"")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theDecisionLogShowsTheSecrecyObligationAndTheExemption() {
        BackendStub.json(get(urlPathEqualTo("/api/decisions")), 200, BackendStub.DECISIONS_ISSUE_13);
        given().when().get("/audit").then().statusCode(200)
                .body(containsString("data-testid=\"obligation\" data-obligation=\"secrecyProcess\" class=\"secrecy\">"
                        + "Route to the secrecy process (possible state secret)"))
                .body(containsString("data-obligation=\"recordKeepingYears\">Records kept"))
                .body(containsString("data-obligation=\"separateConsent\">Evidence of separate consent"))
                .body(containsString("data-exemption=\"EMERGENCY\"><strong>Exemption claimed: </strong>Emergency"))
                .body(containsString("evacuation of an injured engineer"));
        given().cookie("lang", "zh").when().get("/audit").then().statusCode(200)
                .body(containsString("转入保密流程（可能涉及国家秘密）"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theControlsTableNamesTheObligations() {
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("data-obligation=\"dualControl\">Dual control"));
    }
}

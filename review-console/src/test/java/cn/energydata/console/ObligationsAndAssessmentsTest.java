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

/**
 * Issue 13 item 8 on the dashboard and the admin page: every obligation status labelled, the catalog's inventory
 * behind the derived duties (unknown said as such, never "no"), the PI impact assessment among the assessment types,
 * and the separate-consent obligation of a decision.
 */
@QuarkusTest
class ObligationsAndAssessmentsTest {

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void everyStatusIsLabelledAndTheInventoryIsShown() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-obligation=\"DATA_SECURITY_OFFICER_AND_BODY\""))
                .body(containsString("Data-security officer and body"))
                .body(containsString("data-testid=\"obligation-status\" data-status=\"MISSING\" class=\"tag-overdue\">Missing<"))
                .body(containsString("data-status=\"NONE_ON_FILE\">None on file<"))
                .body(containsString("data-status=\"UNKNOWN\">Unknown: the facts could not be read<"))
                .body(containsString("data-status=\"UPCOMING\">Upcoming<"))
                .body(containsString("Incident: initial report"))
                .body(containsString("data-status=\"OVERDUE\" class=\"tag-overdue\">Overdue<"))
                .body(containsString("data-testid=\"inventory\" data-known=\"true\""))
                .body(containsString("data-testid=\"inventory-assets\">12 "))
                .body(containsString("data-testid=\"inventory-assets-minors\">3<"))
                .body(containsString("data-testid=\"inventory-persons\">1250000<"))
                .body(containsString("data-testid=\"inventory-sensitive\">40000<"))
                .body(containsString("data-testid=\"inventory-minors\">5200<"))
                .body(containsString("data-testid=\"inventory-children\">800<"))
                .body(containsString("data-testid=\"inventory-holds-minors\" data-value=\"true\">Yes<"))
                .body(containsString("data-testid=\"inventory-scale\" data-value=\"false\">No<"))
                .body(not(containsString("data-testid=\"inventory-unknown\"")));
        given().cookie("lang", "zh").when().get("/").then().statusCode(200)
                .body(containsString(">缺失<"))
                .body(containsString(">无记录<"))
                .body(containsString("数据安全负责人和管理机构"))
                .body(containsString("网络安全事件初始报告"))
                .body(containsString("目录中的个人信息"))
                .body(containsString("data-value=\"true\">是<"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anUnknownInventoryIsShownAsUnknownNeverAsNo() {
        BackendStub.json(get(urlPathEqualTo("/api/obligations")), 200, BackendStub.OBLIGATIONS_INVENTORY_UNKNOWN);
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"inventory\" data-known=\"false\""))
                .body(containsString("data-testid=\"inventory-unknown\">Unknown: the catalog&#39;s inventory could not be read (catalog-service unavailable)."))
                .body(containsString("data-testid=\"inventory-holds-minors\" data-value=\"unknown\">Unknown<"))
                .body(containsString("data-testid=\"inventory-scale\" data-value=\"unknown\">Unknown<"))
                .body(containsString("data-obligation=\"IMPORTANT_DATA_PROCESSOR_DUTIES_BY_PI_SCALE\""))
                .body(containsString("Important-data processor duties (personal information of 10 million people or more)"))
                .body(containsString("data-status=\"ON_EVENT\">When the event happens<"))
                .body(containsString("Disposal plan reported on a merger, division, dissolution or bankruptcy"))
                .body(containsString("data-status=\"MET\">Met<"))
                .body(not(containsString("data-value=\"false\"")));
        given().cookie("lang", "zh").when().get("/").then().statusCode(200)
                .body(containsString("data-value=\"unknown\">未知<"))
                .body(containsString("未知：无法读取目录服务的资产清单"))
                .body(containsString(">事件发生时履行<"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void thePiImpactAssessmentIsOfferedLabelledAndPosted() {
        BackendStub.json(get(urlPathEqualTo("/api/assessments")), 200, """
                [{"id":"a3","organisation":"east-grid","type":"PI_IMPACT","reference":"EG-PIA-2026-3",
                  "scope":"Provision of meter data to the city","assetIds":["%s"],"validFrom":"2026-11-01",
                  "validUntil":"2027-10-31","validToday":true,"recordedBy":"carol","recordedAt":"2026-11-01T09:00:00Z"}]
                """.formatted(BackendStub.ASSET_ID));
        given().when().get("/admin").then().statusCode(200)
                .body(containsString("<option value=\"PI_IMPACT\">Personal information protection impact assessment (PIPL art. 55)</option>"))
                .body(containsString("<tr data-testid=\"assessment-row\"><td>Personal information protection impact assessment (PIPL art. 55)</td>"));
        given().cookie("lang", "zh").when().get("/admin").then().statusCode(200)
                .body(containsString("<option value=\"PI_IMPACT\">个人信息保护影响评估（《个人信息保护法》第五十五条）</option>"));
        BackendStub.json(post(urlPathEqualTo("/api/assessments")), 201, "{\"id\":\"a4\",\"type\":\"PI_IMPACT\"}");
        CsrfToken.of("/admin").form().redirects().follow(false)
                .formParam("type", "PI_IMPACT").formParam("reference", "EG-PIA-2026-4")
                .formParam("scope", "Export of payroll data").formParam("assetIds", BackendStub.ASSET_ID)
                .formParam("validFrom", "2026-12-01").formParam("validUntil", "2027-11-30")
                .when().post("/admin/assessments").then().statusCode(303)
                .header("Location", endsWith("/admin?notice=assessment"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assessments")).withRequestBody(equalToJson("""
                {"type":"PI_IMPACT","reference":"EG-PIA-2026-4","scope":"Export of payroll data","assetIds":["%s"],
                 "validFrom":"2026-12-01","validUntil":"2027-11-30"}
                """.formatted(BackendStub.ASSET_ID))));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theSeparateConsentObligationShowsInTheDecisionLog() {
        BackendStub.json(get(urlPathEqualTo("/api/decisions")), 200, BackendStub.DECISIONS_ISSUE_13);
        given().when().get("/audit").then().statusCode(200)
                .body(containsString("data-testid=\"obligation\" data-obligation=\"separateConsent\">Evidence of separate consent<"));
        given().cookie("lang", "zh").when().get("/audit").then().statusCode(200)
                .body(containsString("data-obligation=\"separateConsent\">留存单独同意证明<"));
    }
}

package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Issue 15 items 3 and 4: where the policy service answers Chinese (reasonsZh, obligations.summaries, the controls'
 * sentenceZh, an obligation's basisZh/noteZh, an incident's ciioAssumptionZh and recipientZh, a policy's
 * descriptionZh) the console shows it in Chinese mode, the English text where the Chinese one is null, and the
 * English text in English mode; obligations are plain sentences, never API or enum names.
 */
@QuarkusTest
@TestSecurity(user = "carol", roles = {"security-admin", "auditor"})
@OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
class BilingualPolicyTextTest {

    /** As policy-service's ControlsView answers: a sentence per outcome and one summary per obligation. */
    static final String CONTROLS = """
            {"level":"CORE","assumptions":"Computed from the loaded policies","assumptionsZh":"根据已加载的策略计算",
             "rows":[{"action":"DOWNLOAD",
               "withoutAssessments":{"effect":"APPROVAL_REQUIRED",
                 "sentence":"Only with the approval of two security administrators.",
                 "sentenceZh":"须经两名安全管理员审批。",
                 "summary":"APPROVAL_REQUIRED via POST /api/approvals",
                 "obligations":{"dualControl":true,"recordKeepingYears":3,
                   "summaries":[{"obligation":"dualControl","summary":"Two people must carry it out together.",
                                 "summaryZh":"须由两人共同操作。"},
                                {"obligation":"recordKeepingYears","summary":"Keep the records for at least 3 years.",
                                 "summaryZh":"记录至少保存3年。"}]},
                 "policyIds":["core.download"],"sources":["NDSMR art. 30"]},
               "withAllAssessments":{"effect":"APPROVAL_REQUIRED","sentence":"Only with the approval of two security administrators.",
                 "sentenceZh":"须经两名安全管理员审批。","obligations":{},"policyIds":["core.download"]}},
              {"action":"TRANSFER_CROSS_BORDER",
               "withoutAssessments":{"effect":"DENY","sentence":"Core data never leaves the country.",
                 "sentenceZh":null,"summary":"DENY TRANSFER_CROSS_BORDER","obligations":{},
                 "policyIds":["operator.core-export"],"sources":["operator"]},
               "withAllAssessments":{"effect":"DENY","sentence":"Core data never leaves the country.",
                 "obligations":{},"policyIds":["operator.core-export"]}}]}
            """;

    static final String DECISIONS = """
            {"page":0,"size":20,"total":1,"items":[{"decisionId":"d1","decidedAt":"2026-11-28T11:00:00Z",
              "requester":"alice","action":"TRANSFER_CROSS_BORDER","assetId":"%s","assetName":"调度计划 2026",
              "assetLevel":"IMPORTANT","effectiveLevel":"IMPORTANT","effect":"APPROVAL_REQUIRED",
              "policyIds":["important.cross-border","operator.extra"],
              "reasons":["Exporting important data needs a security-admin's approval of this transfer",
                         "Operator rule without Chinese text"],
              "reasonsZh":["重要数据出境，每次均须经安全管理员审批。",null],
              "obligations":{"logging":{"retentionMonths":6,"tamperEvident":true,"realTimeAlerting":false},
                "summaries":[{"obligation":"logging","summary":"Log every access and keep the log for at least 6 months.",
                              "summaryZh":"每次访问都须记录日志，日志至少保存6个月。"}]}}]}
            """;

    static final String OBLIGATIONS = """
            {"organisation":"east-grid","asOf":"2026-11-28","levelsSeen":["IMPORTANT"],"holdsImportantOrCore":true,
             "holdsMinorsPersonalInformation":null,"importantDataProcessorByPersonalInformationScale":null,
             "inventory":{"known":false,"problem":"catalog-service unavailable","problemZh":"无法连接目录服务"},
             "items":[{"obligation":"ANNUAL_RISK_ASSESSMENT","source":"NDSMR art. 33","due":"2026-11-28",
                       "status":"NONE_ON_FILE","derived":true,"basis":"important data seen","basisZh":"发现重要数据",
                       "note":"no assessment on file","noteZh":"没有评估记录"}]}
            """;

    static final String INCIDENTS = """
            {"page":0,"size":20,"total":1,"items":[
              {"id":"8a1b2c3d-8888-4c3b-9a53-0a6d2b8b1c08","organisation":"east-grid","assetIds":[],
               "declaredSeverity":"LARGER","severity":"LARGER","severityRaisedBy":[],"personsAffected":10,
               "discoveredAt":"2026-11-29T08:00:00Z","description":"Leak","ciio":true,
               "ciioAssumption":"no organisation profile: treated as a CIIO","ciioAssumptionZh":"没有组织信息：按关键信息基础设施运营者处理",
               "initialReport":{"required":true,"due":"2026-11-29T09:00:00Z","rule":"incident.initial-report.ciio",
                 "source":"Measures art. 4","recipient":"CII protection department","recipientZh":"关键信息基础设施保护工作部门",
                 "status":"DUE"},
               "finalReport":{"required":true,"due":"2026-12-29T08:00:00Z","rule":"incident.final-report",
                 "source":"Measures art. 6","recipient":"provincial cyberspace administration","status":"DUE"},
               "overdue":false,"recordedBy":"carol","recordedAt":"2026-11-29T08:30:00Z"}]}
            """;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathMatching("/api/controls/.*")), 200, CONTROLS);
        BackendStub.json(get(urlPathEqualTo("/api/obligations")), 200, OBLIGATIONS);
        BackendStub.json(get(urlPathEqualTo("/api/incidents")), 200, INCIDENTS);
        BackendStub.json(get(urlPathEqualTo("/api/policies")), 200, BackendStub.POLICIES.replace(
                "\"description\":\"Export of personal information of ≥ 100 000 people since 1 January needs a standard contract or certification.\",",
                "\"description\":\"Export of personal information of ≥ 100 000 people since 1 January needs a standard contract or certification.\","
                        + "\"descriptionZh\":\"自1月1日起累计向境外提供10万人以上个人信息的，须订立标准合同或通过认证。\","));
    }

    @Test
    void theControlsAreSentencesAndObligationSummariesInTheUsersLanguage() {
        // PROPOSED, not reviewed yet: handled as core, and the page says so.
        given().cookie("lang", "zh").when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("尚未审核：在审核人作出决定前，按核心数据管理。"))
                .body(containsString("data-testid=\"control-sentence\">须经两名安全管理员审批。<"))
                .body(containsString("data-obligation=\"dualControl\">须由两人共同操作。<"))
                .body(containsString("data-obligation=\"recordKeepingYears\">记录至少保存3年。<"))
                // an operator's policy without Chinese: its English sentence
                .body(containsString("data-testid=\"control-sentence\">Core data never leaves the country.<"))
                .body(not(containsString("POST /api/approvals")))
                .body(not(containsString("TRANSFER_CROSS_BORDER<")));
        given().cookie("lang", "en").when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("Not reviewed yet: handled as core until a reviewer decides."))
                .body(containsString("data-testid=\"control-sentence\">Only with the approval of two security administrators.<"))
                .body(containsString("data-obligation=\"dualControl\">Two people must carry it out together.<"));
    }

    @Test
    void decisionReasonsAndObligationsAreChineseEntryByEntryAndTheStoredNameIsUsed() {
        String id = UUID.randomUUID().toString();
        BackendStub.json(get(urlPathEqualTo("/api/decisions")), 200, DECISIONS.formatted(id));
        given().cookie("lang", "zh").when().get("/audit").then().statusCode(200)
                .body(containsString("data-testid=\"decision-reason\">重要数据出境，每次均须经安全管理员审批。<"))
                .body(containsString("data-testid=\"decision-reason\">Operator rule without Chinese text<"))
                .body(not(containsString("needs a security-admin&#39;s approval")))
                .body(containsString("data-obligation=\"logging\">每次访问都须记录日志，日志至少保存6个月。<"))
                .body(containsString("data-asset-id=\"" + id + "\">调度计划 2026</a>"));
        given().cookie("lang", "en").when().get("/audit").then().statusCode(200)
                .body(containsString("data-testid=\"decision-reason\">Exporting important data needs a security-admin&#39;s approval of this transfer<"))
                .body(containsString("data-obligation=\"logging\">Log every access and keep the log for at least 6 months.<"));
        // the name the policy service kept with the entry: no lookup in the catalog
        BackendStub.server.verify(0, getRequestedFor(urlPathEqualTo("/api/assets/" + id)));
    }

    @Test
    void obligationsIncidentsAndLedgerThresholdsInChinese() {
        given().cookie("lang", "zh").when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"obligation-basis\">发现重要数据<br><small data-testid=\"obligation-note\">没有评估记录</small>"))
                .body(containsString("无法连接目录服务"))
                .body(not(containsString("important data seen")));
        given().cookie("lang", "zh").when().get("/incidents").then().statusCode(200)
                .body(containsString("data-testid=\"incident-ciio-assumption\">没有组织信息：按关键信息基础设施运营者处理<"))
                .body(containsString("data-testid=\"report-recipient-name\">关键信息基础设施保护工作部门<"))
                // no Chinese recipient for the final report: the English one
                .body(containsString("data-testid=\"report-recipient-name\">provincial cyberspace administration<"));
        given().cookie("lang", "en").when().get("/incidents").then().statusCode(200)
                .body(containsString("data-testid=\"incident-ciio-assumption\">no organisation profile: treated as a CIIO<"))
                .body(containsString("data-testid=\"report-recipient-name\">CII protection department<"));
        given().cookie("lang", "zh").when().get("/ledger").then().statusCode(200)
                .body(containsString("自1月1日起累计向境外提供10万人以上个人信息的，须订立标准合同或通过认证。"))
                .body(not(containsString("needs a standard contract or certification.")));
    }
}

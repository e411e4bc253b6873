package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import cn.energydata.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.AUDITOR;
import static cn.energydata.policy.rest.Api.DAVE;
import static cn.energydata.policy.rest.Api.decide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 15 item 4 on the wire: reasons, sentences and obligation summaries in English and Chinese. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class BilingualApiTest {

    private static final String CHINESE = "(?s).*\\p{IsHan}.*";

    @Test
    void aDecisionAndItsLogEntryCarryBothTexts() {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "CORE");
        JsonPath answer = decide(DAVE, asset, "DOWNLOAD", Map.of()).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("reasonsZh", everyItem(matchesPattern(CHINESE)))
                .body("reasonsZh", hasItem(containsString("双人控制")))
                .body("obligations.summaries.obligation", hasItem("dualControl"))
                .body("obligations.summaries.summaryZh", everyItem(matchesPattern(CHINESE)))
                .body("obligations.summaries.summary", everyItem(not(containsString("/api/"))))
                .extract().jsonPath();
        List<String> reasons = answer.getList("reasons");
        List<String> reasonsZh = answer.getList("reasonsZh");
        assertEquals(reasons.size(), reasonsZh.size(), "one Chinese reason for each reason");
        assertFalse(reasons.isEmpty());
        // The approval request's reason is the service's own sentence, in both languages too.
        assertEquals(true, reasonsZh.get(reasonsZh.size() - 1).startsWith("已创建审批申请"), reasonsZh.toString());

        JsonPath logged = given().auth().oauth2(AUDITOR).queryParam("assetId", asset).when().get("/api/decisions")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(reasons, logged.getList("items[0].reasons"));
        assertEquals(reasonsZh, logged.getList("items[0].reasonsZh"), "the log keeps what the requester was told");
        assertEquals(answer.getList("obligations.summaries.summaryZh"),
                logged.getList("items[0].obligations.summaries.summaryZh"));
    }

    @Test
    void failClosedAnswersAreChineseToo() {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.down(asset);
        decide(DAVE, asset, "VIEW", Map.of()).statusCode(200)
                .body("reasonsZh[0]", containsString("无法连接数据目录"));
    }

    @Test
    void incidentsAndTheOrganisationsObligationsCarryChinese() {
        String org = "bilingual-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = TestTokens.user("sara", org, "security-admin");
        CatalogWireMock.profileDown(org);
        CatalogWireMock.personalInformationTotalsDown(org);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("severity", "LARGER", "personsAffected", 10,
                        "discoveredAt", Instant.now().minusSeconds(60).toString(), "description", "ransomware on a file server"))
                .when().post("/api/incidents").then().statusCode(201)
                .body("ciioAssumptionZh", containsString("关键信息基础设施运营者"))
                .body("initialReport.recipientZh", equalTo("关键信息基础设施保护工作部门和公安机关"))
                .body("finalReport.recipientZh", matchesPattern(CHINESE));
        given().auth().oauth2(admin).when().get("/api/obligations").then().statusCode(200)
                .body("inventory.problemZh", containsString("无法读取"))
                .body("items.findAll { it.basis != null }.basisZh", everyItem(matchesPattern(CHINESE)))
                .body("items.findAll { it.note != null }.noteZh", everyItem(matchesPattern(CHINESE)))
                .body("items.find { it.obligation == 'INCIDENT_INITIAL_REPORT' }.basisZh", containsString("较大事件"));
    }

    @Test
    void policiesAndControlsCarryChinese() {
        given().auth().oauth2(AUDITOR).when().get("/api/policies").then().statusCode(200)
                .body("reasonZh", everyItem(matchesPattern(CHINESE)))
                .body("descriptionZh", everyItem(matchesPattern(CHINESE)))
                .body("find { it.id == 'core.never-leaves-country' }.reasonZh", containsString("核心数据一律不得出境"));
        for (String level : List.of("general", "important", "core")) {
            given().auth().oauth2(AUDITOR).when().get("/api/controls/" + level).then().statusCode(200)
                    .body("assumptionsZh", matchesPattern(CHINESE))
                    .body("assumptions", not(containsString("TRANSFER_CROSS_BORDER")))
                    .body("rows.withoutAssessments.sentenceZh", everyItem(matchesPattern(CHINESE)))
                    .body("rows.withAllAssessments.sentenceZh", everyItem(matchesPattern(CHINESE)))
                    .body("rows.withoutAssessments.sentence", everyItem(notNullValue()))
                    .body("rows.withoutAssessments.sentence", everyItem(not(containsString("/api/"))));
        }
        given().auth().oauth2(AUDITOR).when().get("/api/controls/important").then().statusCode(200)
                .body("rows.find { it.action == 'DELETE' }.withoutAssessments.obligations.summaries.summaryZh",
                        hasItem(containsString("销毁证明")))
                .body("rows.find { it.action == 'DELETE' }.withoutAssessments.obligations.erasure.methodsZh.FLASH",
                        containsString("块擦除"));
    }
}

package cn.energydata.classifier;

import cn.energydata.testing.ManagementInterface;
import cn.energydata.classifier.corpus.Render;
import cn.energydata.classifier.engine.Fixtures;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ClassificationResourceTest {

    static final String REGISTRANT = TestTokens.user("alice", "east-grid", "data-registrant");
    static final String AUDITOR = TestTokens.user("audrey", "east-grid", "auditor");
    static final String CATALOG = TestTokens.service("catalog-service", "internal-service");

    @Test
    void uploadedDocxIsGradedWithMaskedEvidence() throws Exception {
        String id = Fixtures.residentId("110101", LocalDate.of(1985, 3, 9), 17);
        byte[] docx = Render.docx("客户档案\n身份证号：" + id + "\n附：500kV主网架稳控策略");
        String body = given().auth().oauth2(REGISTRANT)
                .multiPart("file", "customers.docx", docx, "application/octet-stream")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("level", equalTo("IMPORTANT"))
                .body("needsReview", equalTo(false))
                .body("categories.id", hasItems("pi.resident-id", "energy.grid-topology"))
                .body("findings.ruleId", hasItem("pi.cn-resident-id"))
                .body("findings[0].location.path", equalTo("customers.docx"))
                .body("reasons[0].level", equalTo("IMPORTANT"))
                .body("reasons[0].ref", equalTo("energy.grid-topology.dict"))
                .body("extraction.status", equalTo("COMPLETE"))
                .body("contentType", containsString("wordprocessingml"))
                .body("languages", hasItem("zh"))
                .body("sha256", notNullValue())
                .body("rulePack.version", equalTo("2026.12.1"))
                .body("rulePack.hash", startsWith("sha256:"))
                .body("timings.totalMs", notNullValue())
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain(id).doesNotContain(id.substring(4, 14));
    }

    @Test
    void multipartDescriptorAndJsonDescriptorScaleUp() {
        String descriptor = """
                {"name":"customers","assetType":"DATABASE","provinces":["Jiangsu"],"records":1200000,
                 "distinctPersons":900000,"columns":[{"name":"id_card","comment":"身份证号","sampleValues":[]}]}""";
        given().auth().oauth2(CATALOG)
                .multiPart("file", "readme.txt", "table export".getBytes(), "text/plain")
                .multiPart("descriptor", descriptor, "application/json")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("level", equalTo("IMPORTANT"))
                .body("subjects.persons", equalTo(900000));
        given().auth().oauth2(CATALOG).contentType(ContentType.JSON)
                .body("{\"descriptor\":" + descriptor + "}")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("level", equalTo("IMPORTANT"))
                .body("reasons.source", hasItem("THRESHOLD"));
    }

    @Test
    void jsonTextIsClassified() {
        given().auth().oauth2(TestTokens.user("rita", "north-oil", "security-reviewer")).contentType(ContentType.JSON)
                .body(Map.of("text", "National strategic petroleum reserve inventory"))
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("level", equalTo("CORE"))
                .body("languages", hasItem("en"));
    }

    @Test
    void auditorMayReadRulesButNotSubmit() {
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).body(Map.of("text", "x"))
                .when().post("/api/classifications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(AUDITOR)
                .when().get("/api/rules")
                .then().statusCode(200)
                .body("version", equalTo("2026.12.1"))
                .body("hash", startsWith("sha256:"))
                .body("packs.id", hasItems("cn-pi", "cn-energy", "energy-formats"))
                .body("packs[0].rules", notNullValue());
        given().when().get("/api/rules").then().statusCode(401).contentType("application/problem+json");
    }

    /** Issue 13: every rule, category and threshold is listed with its source; flags are part of the data. */
    @Test
    void rulesListEachRuleCategoryAndThresholdWithItsSource() {
        given().auth().oauth2(AUDITOR)
                .when().get("/api/rules")
                .then().statusCode(200)
                .body("rules.find { it.id == 'pi.cn-resident-id' }.kind", equalTo("regex"))
                .body("rules.find { it.id == 'pi.cn-resident-id' }.category", equalTo("pi.resident-id"))
                .body("rules.find { it.id == 'pi.cn-resident-id' }.pack", equalTo("cn-pi"))
                .body("rules.find { it.id == 'pi.cn-resident-id' }.source", containsString("GB 11643"))
                .body("rules.find { it.id == 'energy.dispatch-plans.dict' }.source", startsWith("[default]"))
                .body("rules.findAll { it.source == null || it.source.trim().isEmpty() }", empty())
                .body("rules.size()", greaterThan(60))
                .body("categories.find { it.id == 'energy.ev-charging' }.source", containsString("art. 3(3)"))
                .body("categories.find { it.id == 'energy.ev-charging' }.level", equalTo("IMPORTANT"))
                .body("categories.find { it.id == 'energy.ev-charging' }.nameZh", equalTo("充电网运行数据"))
                .body("categories.find { it.id == 'pi.resident-id' }.definitionZh", containsString("敏感个人信息"))
                .body("categories.findAll { it.definition == null || it.definitionZh == null }", empty())
                .body("thresholds.find { it.id == 'threshold.pi-scale' }.explanationZh", equalTo("个人信息涉及超过10万人"))
                .body("thresholds.find { it.id == 'threshold.pi-scale' }.explanation", containsString("100 000"))
                .body("categories.find { it.id == 'energy.power-monitoring' }.flags", hasItem("PRODUCTION_CONTROL_ZONE"))
                .body("categories.find { it.id == 'energy.strategic-reserves' }.flags", hasItem("POSSIBLE_STATE_SECRET"))
                .body("categories.findAll { it.source == null || it.source.trim().isEmpty() }", empty())
                .body("thresholds.find { it.id == 'threshold.pi-scale' }.atLeast", equalTo(100001))
                .body("thresholds.find { it.id == 'threshold.multi-province' }.flags", hasItem("POSSIBLE_STATE_SECRET"))
                .body("thresholds.find { it.id == 'threshold.national-scope' }.source", notNullValue());
    }

    @Test
    void readinessShowsTheRuleSet() {
        given().when().get(ManagementInterface.url("/q/health/ready"))
                .then().statusCode(200)
                .body("checks.find { it.name == 'rule-packs' }.data.version", equalTo("2026.12.1"));
    }

    @Test
    void badRequestsAreProblems() {
        given().auth().oauth2(REGISTRANT).contentType(ContentType.JSON).body("{}")
                .when().post("/api/classifications")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(REGISTRANT).multiPart("other", "x")
                .when().post("/api/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'file'"));
        given().auth().oauth2(REGISTRANT)
                .multiPart("file", "a.txt", "hello world".getBytes(), "text/plain")
                .multiPart("descriptor", "{not json", "application/json")
                .when().post("/api/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("not json")));
    }
}

package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 item 2: the evidence a reviewer decides from — findings grouped by category with counts, categories named
 * and defined from the classifier's glossary (cached per rule-set hash) in the user's language, locations without
 * character offsets, and the findings behind each change of a re-grading proposal.
 */
@QuarkusTest
class EvidenceViewTest {

    static final String ID = "4b0c2a9e-7777-4c3b-9a53-0a6d2b8b1c77";

    static String finding(String category, String location, String snippet) {
        return """
                {"ruleId":"r.%s","ruleVersion":"1","category":"%s","location":%s,"maskedSnippet":"%s",
                 "scoreAfter":0.9,"validatorResult":null}""".formatted(category, category, location, snippet);
    }

    static String detail(String hash) {
        String asset = BackendStub.ASSET.replace(BackendStub.ASSET_ID, ID)
                .replace("\"status\":\"PROPOSED\"", "\"status\":\"CONFIRMED\"")
                .replace("\"categories\":[\"energy.power-monitoring\"]",
                        "\"categories\":[\"energy.power-monitoring\",\"energy.grid-topology\"]");
        return """
                {"asset":%s,"reviews":[],"lineage":{"sources":[],"derived":[],"floor":null},
                 "gradings":[
                  {"id":41,"level":"IMPORTANT","categories":["energy.power-monitoring","energy.grid-topology"],"flags":[],
                   "evidence":{"classifierLevel":"IMPORTANT",
                     "reasons":[{"level":"IMPORTANT","source":"RULE","ref":"r.energy.power-monitoring",
                                 "explanation":"Power monitoring data is important","explanationZh":"电力监控数据为重要数据"}],
                     "categories":[{"id":"energy.power-monitoring","level":"IMPORTANT","count":7},
                                   {"id":"energy.grid-topology","level":"IMPORTANT","count":1}],
                     "findingCount":3,
                     "findings":[%s,%s,%s]},
                   "rulePackVersion":"2026.11.1","rulePackHash":"%s","source":"AUTOMATIC","trigger":"UPLOAD",
                   "proposalStatus":null,"gradedAt":"2026-11-28T10:05:00Z"},
                  {"id":44,"level":"IMPORTANT","categories":["energy.power-monitoring","energy.dispatch-plan"],"flags":[],
                   "evidence":{"classifierLevel":"IMPORTANT","reasons":[],
                     "categories":[{"id":"energy.dispatch-plan","level":"IMPORTANT","count":2}],
                     "findingCount":1,"findings":[%s]},
                   "rulePackVersion":"2026.12.0","rulePackHash":"other","source":"AUTOMATIC","trigger":"RULE_PACK_CHANGE",
                   "proposalStatus":"OPEN","gradedAt":"2026-11-29T10:05:00Z"}],
                 "openProposal":{"revisionId":44,"currentLevel":"IMPORTANT","proposedLevel":"IMPORTANT",
                   "addedCategories":["energy.dispatch-plan"],"removedCategories":["energy.grid-topology"],
                   "trigger":"RULE_PACK_CHANGE","gradedAt":"2026-11-29T10:05:00Z"},
                 "awaitingSecondReview":null}
                """.formatted(asset,
                finding("energy.power-monitoring", "{\"path\":\"scada.xlsx\",\"sheet\":\"Points\",\"row\":12,\"column\":\"C\",\"start\":300,\"end\":305}", "220kV 母线 **"),
                finding("energy.power-monitoring", "{\"path\":\"manual.pdf\",\"page\":3,\"line\":14,\"start\":9000,\"end\":9010}", "SCADA 10.**.**.**"),
                finding("energy.grid-topology", "{\"path\":\"station.scd\",\"row\":4}", "T1 → BUS-**"),
                hash,
                finding("energy.dispatch-plan", "{\"path\":\"plan.docx\",\"page\":2,\"line\":5}", "日前计划 ***"));
    }

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void findingsAreGroupedByCategoryNamedAndDefinedWithTheirCountsAndPlainLocations() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, detail("sha256:evidence-en"));
        String page = given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"finding-group\" data-category=\"energy.power-monitoring\" data-count=\"7\""))
                .body(containsString("<span data-testid=\"category-name\">Power monitoring</span>"))
                .body(containsString("Configuration and data of power monitoring systems (SCADA, substation automation)."))
                .body(containsString("found 7 times"))
                .body(containsString("data-category=\"energy.grid-topology\" data-count=\"1\""))
                .body(containsString("scada.xlsx · sheet Points · row 12 · column C<"))
                .body(containsString("manual.pdf · page 3 · line 14<"))
                .body(containsString("220kV 母线 **"))
                .body(not(containsString("9000")))
                .body(not(containsString("300–305")))
                .body(containsString("title=\"energy.power-monitoring\">Power monitoring</span>"))
                .body(not(containsString("data-testid=\"glossary-missing\"")))
                .extract().asString();
        // the unknown category (no glossary entry) keeps its id
        assertTrue(page.contains("<span data-testid=\"category-name\">energy.grid-topology</span>"), page);
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/rules"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theEvidenceIsInChineseWithTheClassifiersChineseText() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, detail("sha256:evidence-zh"));
        given().cookie("lang", "zh").when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("<span data-testid=\"category-name\">电力监控</span>"))
                .body(containsString("电力监控系统（SCADA、变电站自动化）的配置和数据。"))
                .body(containsString("发现 7 处"))
                .body(containsString("manual.pdf · 第 3 页 · 文本第 14 行"))
                .body(containsString("电力监控数据为重要数据"))
                .body(not(containsString("Power monitoring data is important")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theGlossaryIsAskedOncePerRuleSet() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, detail("sha256:cached-once"));
        given().when().get("/assets/" + ID).then().statusCode(200);
        given().when().get("/assets/" + ID).then().statusCode(200).body(containsString("Power monitoring"));
        BackendStub.server.verify(1, getRequestedFor(urlPathEqualTo("/api/rules")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void withoutTheClassifierThePageShowsIdsAndSaysWhy() {
        BackendStub.down("/api/rules");
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, detail("sha256:classifier-down"));
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"glossary-missing\""))
                .body(containsString("<span data-testid=\"category-name\">energy.power-monitoring</span>"))
                .body(containsString("found 7 times"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theProposalShowsTheFindingsBehindEachChange() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, detail("sha256:evidence-en"));
        String page = given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("<ins data-testid=\"proposal-added\" data-category=\"energy.dispatch-plan\">Dispatch plan</ins>"))
                .body(containsString("data-testid=\"proposal-change\" data-change=\"ADDED\" data-category=\"energy.dispatch-plan\""))
                .body(containsString("data-testid=\"proposal-change\" data-change=\"REMOVED\" data-category=\"energy.grid-topology\""))
                .extract().asString();
        String changes = page.substring(page.indexOf("id=\"proposal-changes\""));
        int added = changes.indexOf("data-change=\"ADDED\"");
        int removed = changes.indexOf("data-change=\"REMOVED\"");
        assertTrue(changes.indexOf("日前计划 ***") > added && changes.indexOf("日前计划 ***") < removed, changes);
        assertTrue(changes.indexOf("found 2 times") > added, changes);
        assertTrue(changes.indexOf("T1 → BUS-**") > removed, changes);
    }
}

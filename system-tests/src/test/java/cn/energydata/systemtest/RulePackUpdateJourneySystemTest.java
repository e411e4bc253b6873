package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import cn.energydata.systemtest.browser.Browser;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 6: an operator adds a rule pack (hydrogen storage layouts are important) and restarts the classifier.
 * The catalog notices the new rule set on its own and re-grades what it can: descriptor-graded assets are
 * re-graded (a proposal where a reviewer has decided, the new grade where nobody has); content-graded assets can
 * only be flagged {@code regradeDue}, because the catalog never keeps content. Confirmed grades do not change
 * until a reviewer accepts the proposal, which bob does in the review console (before/after difference).
 */
@ExtendWith(StackExtension.class)
class RulePackUpdateJourneySystemTest {

    private static final String CATEGORY = "ops.hydrogen-storage";
    private static final String PACK_ID = "journey-operator";
    private static final String PACK = """
            id: journey-operator
            version: "1.0.0"
            name: Operator pack of the rule-pack journey
            source: "system test: an enterprise's own category [default]"
            categories:
              - id: ops.hydrogen-storage
                name: Hydrogen storage layout
                group: ENERGY
                source: "[default] the enterprise's own hydrogen-storage category"
                impact: { object: economic-operation, degree: serious }
            rules:
              - id: ops.hydrogen-storage.dict
                version: "1.0.0"
                source: "[default] the layout documents of the enterprise's storage sites"
                kind: dictionary
                category: ops.hydrogen-storage
                score: 0.9
                keywords: [储氢站布局]
            """;
    /**
     * The catalog checks the classifier's rules every 3 s in the system tests (StackExtension), then re-grades every
     * graded asset in id order (about 17 a second on two cores), so this journey runs before the bulk-import journey
     * (which runs last) adds 20 000 of them.
     */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(90);

    private Stack stack;
    private Journey journey;

    @BeforeEach
    void journey(Stack running) {
        stack = running;
        journey = new Journey(running.config());
    }

    @Test
    void newRulePackBringsProposalsAndFlagsButLeavesConfirmedGradesAlone() throws IOException {
        JsonPath rulesBefore = rules();
        String hashBefore = rulesBefore.getString("hash");
        List<String> jiangsu = List.of("Jiangsu");

        // Graded under the built-in rules, which know nothing about hydrogen storage: general.
        String unreviewed = journey.register("alice", journey.databaseAsset("Hydrogen planning database A",
                "二期储氢站布局规划数据", jiangsu));
        journey.gradeDescriptor("alice", unreviewed).statusCode(200).body("level", equalTo("GENERAL"));
        String confirmed = journey.register("alice", journey.databaseAsset("Hydrogen planning database B",
                "三期储氢站布局规划数据", jiangsu));
        journey.gradeDescriptor("alice", confirmed).statusCode(200).body("level", equalTo("GENERAL"));
        String unaffected = journey.register("alice", journey.databaseAsset("Office supplies database",
                "办公用品采购记录", jiangsu));
        journey.gradeDescriptor("alice", unaffected).statusCode(200).body("level", equalTo("GENERAL"));
        Document note = Document.text("hydrogen-note.txt", "text/plain", "工程说明：二期储氢站布局见附图三。\n");
        String content = journey.registerGraded("alice", "Hydrogen storage note", note, "GENERAL");
        for (String id : List.of(confirmed, unaffected, content)) {
            journey.confirm("bob", id, "Nothing important in it").statusCode(200);
        }

        installPackAndRestartClassifier();
        JsonPath rules = rules();
        assertNotEquals(hashBefore, rules.getString("hash"), "the rule set changed");
        assertEquals(rulesBefore.getString("version") + "+" + rules.getString("hash").substring("sha256:".length(), 15),
                rules.getString("version"), "the version says an operator pack is loaded");
        assertEquals("1.0.0", rules.getString("packs.find { it.id == '" + PACK_ID + "' }.version"));

        // Reviewed descriptor asset: a proposal, the confirmed grade untouched.
        JsonPath withProposal = Journey.await("a re-grading proposal for the confirmed descriptor asset",
                NOTICED_WITHIN, () -> journey.detail("bob", confirmed), d -> d.get("openProposal") != null);
        assertEquals("CONFIRMED", withProposal.getString("asset.status"));
        assertEquals("GENERAL", withProposal.getString("asset.level"));
        assertFalse(withProposal.getList("asset.categories").contains(CATEGORY));
        assertEquals("IMPORTANT", withProposal.getString("openProposal.proposedLevel"));
        assertEquals(List.of(CATEGORY), withProposal.getList("openProposal.addedCategories"));
        assertEquals("RULE_PACK_CHANGE", withProposal.getString("openProposal.trigger"));
        assertEquals("PROPOSAL", journey.reviewQueue("bob")
                .getString("items.find { it.asset.id == '" + confirmed + "' }.reason"));

        // Unreviewed descriptor asset: nobody decided, so the new grade applies (and awaits review).
        JsonPath regraded = Journey.await("the new grade of the unreviewed descriptor asset", NOTICED_WITHIN,
                () -> journey.detail("alice", unreviewed), d -> "IMPORTANT".equals(d.getString("asset.level")));
        assertEquals("PROPOSED", regraded.getString("asset.status"));
        assertTrue(regraded.getList("asset.categories").contains(CATEGORY));
        assertEquals("RULE_PACK_CHANGE", regraded.getString("gradings[-1].trigger"));
        assertEquals("catalog-service", regraded.getString("gradings[-1].gradedBy"));
        assertFalse(regraded.getBoolean("asset.regradeDue"));

        // Reviewed descriptor asset the new pack does not concern: re-graded, no change, no proposal.
        JsonPath same = Journey.await("the re-grade of the unaffected asset", NOTICED_WITHIN,
                () -> journey.detail("bob", unaffected),
                d -> "RULE_PACK_CHANGE".equals(d.getString("gradings[-1].trigger")));
        assertEquals("NO_CHANGE", same.getString("gradings[-1].proposalStatus"));
        assertNull(same.get("openProposal"));
        assertEquals("CONFIRMED", same.getString("asset.status"));

        // Content-graded asset: the catalog has no content to re-grade, so it is only flagged.
        JsonPath flagged = journey.detail("bob", content);
        assertTrue(flagged.getBoolean("asset.regradeDue"), "content-graded assets are flagged for a new upload");
        assertEquals("CONFIRMED", flagged.getString("asset.status"));
        assertEquals("GENERAL", flagged.getString("asset.level"));
        assertNull(flagged.get("openProposal"));
        assertEquals("REVIEWER", flagged.getString("gradings[-1].source"), "no automatic re-grade was recorded");

        // A reviewer turns the proposal into the grade, in the console: the before/after difference, then accept.
        try (Browser browser = Browser.open("en", Path.of("target/screenshots"), Path.of("target/downloads"))) {
            String console = stack.config().consoleUrl();
            browser.loginAs(console + "/assets/" + confirmed, "bob");
            assertTrue(browser.byTestId("proposal-before").getText().contains("General"));
            assertTrue(browser.byTestId("proposal-after").getText().contains("Important"));
            assertEquals(List.of(CATEGORY), browser.allByTestId("proposal-added").stream()
                    .map(WebElement::getText).map(String::trim).toList());
            browser.scrollTo(browser.byTestId("proposal"));
            browser.screenshot("14-proposal-diff");
            browser.byTestId("proposal-justification").sendKeys("Hydrogen storage layouts are important since pack "
                    + PACK_ID);
            browser.byTestId("proposal-accept").click();
            browser.waitUntil(d -> "IMPORTANT".equals(browser.byTestId("grade-badge").getAttribute("data-level")));
        }
        JsonPath accepted = journey.detail("bob", confirmed);
        assertEquals("IMPORTANT", accepted.getString("asset.level"));
        assertEquals("CONFIRMED", accepted.getString("asset.status"));
        assertTrue(accepted.getList("asset.categories").contains(CATEGORY));
        assertNull(accepted.get("openProposal"));

        // Uploading the content again is what re-grades a content-graded asset: a proposal, grade unchanged.
        journey.upload("alice", content, note).statusCode(200)
                .body("level", equalTo("GENERAL"))
                .body("status", equalTo("CONFIRMED"))
                .body("regradeDue", equalTo(false));
        JsonPath uploaded = journey.detail("bob", content);
        assertEquals("IMPORTANT", uploaded.getString("openProposal.proposedLevel"));
        assertEquals("UPLOAD", uploaded.getString("openProposal.trigger"));
    }

    private JsonPath rules() {
        return journey.as("carol").get(journey.config.classifierUrl() + "/api/rules")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The operator's step: a new file in the rule directory, then a classifier restart. */
    private void installPackAndRestartClassifier() throws IOException {
        Path pack = StackExtension.classifierRulesDirectory().resolve(PACK_ID + ".yaml");
        Files.writeString(pack, PACK);
        stack.stop(Stack.CLASSIFIER);
        try {
            stack.restart(Stack.CLASSIFIER);
        } catch (RuntimeException e) {
            // Leave a working classifier to the other tests: back to the built-in packs.
            Files.deleteIfExists(pack);
            stack.restart(Stack.CLASSIFIER);
            throw e;
        }
    }
}

package cn.energydata.classifier.engine.rules;

import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.text.TextPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulePackValidationTest {

    private static final String HEADER = """
            id: extra
            version: "0.1.0"
            name: extra
            source: test
            categories:
              - id: extra.hydrogen
                name: Hydrogen storage layout
                group: ENERGY
                impact: { object: economic-operation, degree: serious }
                source: "[default] a test category"
            rules:
            """;

    private static RuleSet load(String extraYaml) {
        List<RuleSource> packs = new ArrayList<>(RuleSources.builtIn());
        packs.add(new RuleSource("/etc/packs/extra.yaml", extraYaml.getBytes(StandardCharsets.UTF_8)));
        return new RuleSetLoader().load(packs, RuleSources.classpath("rules/grading.yaml"));
    }

    @Test
    void tableAndRecordsRulesAreCheckedAtLoad() {
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.table
                    version: "1"
                    source: "[default] a test rule"
                    kind: table
                    category: extra.hydrogen
                    params: { minGroups: 3, groups: { tank: [tank_id] } }
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("minGroups");
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.table
                    version: "1"
                    source: "[default] a test rule"
                    kind: table
                    category: extra.hydrogen
                    params: { requiredGroups: [pressure], groups: { tank: [tank_id] } }
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("pressure");
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.records
                    version: "1"
                    source: "[default] a test rule"
                    kind: records
                    category: extra.hydrogen
                    params: { minRecords: many, words: [tank] }
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("minRecords");
    }

    @Test
    void everyRuleAndCategoryNeedsItsSource() {
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.unsourced
                    version: "1"
                    kind: dictionary
                    category: extra.hydrogen
                    keywords: [储氢站布局]
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("/etc/packs/extra.yaml")
                .hasMessageContaining("extra.unsourced").hasMessageContaining("'source' is required");
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.bare-default
                    version: "1"
                    source: "[default]"
                    kind: dictionary
                    category: extra.hydrogen
                    keywords: [储氢站布局]
                """)).isInstanceOf(RulePackException.class).hasMessageContaining("extra.bare-default")
                .hasMessageContaining("needs its reason");
        assertThatThrownBy(() -> load(HEADER.replace("    source: \"[default] a test category\"\n", "")))
                .isInstanceOf(RulePackException.class).hasMessageContaining("category extra.hydrogen")
                .hasMessageContaining("'source' is required");
    }

    @Test
    void everyBuiltInCategoryRuleAndThresholdHasASource() {
        RuleSet rules = RuleSources.load(Optional.empty(), Optional.empty());
        assertThat(rules.ruleInfos()).hasSize(rules.rules().size())
                .allSatisfy(r -> assertThat(r.source()).as(r.id()).isNotBlank().isNotEqualTo("[default]"));
        assertThat(rules.categoryInfos()).hasSize(rules.categories().size())
                .allSatisfy(c -> assertThat(c.source()).as(c.id()).isNotBlank().isNotEqualTo("[default]"));
        assertThat(rules.grading().thresholdList())
                .allSatisfy(t -> assertThat(t.source()).as(t.id()).isNotBlank().isNotEqualTo("[default]"));
    }

    @Test
    void thresholdsNeedASourceAndKnownFlags() {
        String grading = """
                version: "t"
                impactTable:
                  economic-operation: { serious: IMPORTANT, general: GENERAL }
                  individual-rights: { extremely-serious: GENERAL, serious: GENERAL, general: GENERAL }
                  national-security: { serious: CORE, general: IMPORTANT }
                  public-interest: { serious: IMPORTANT, general: GENERAL }
                thresholds:
                  - id: threshold.t
                    metric: provinces
                    atLeast: 3
                    level: CORE
                """;
        assertThatThrownBy(() -> loadGrading(grading + "    flags: [POSSIBLE_STATE_SECRET]\n"))
                .isInstanceOf(RulePackException.class).hasMessageContaining("threshold.t")
                .hasMessageContaining("'source' is required");
        assertThatThrownBy(() -> loadGrading(grading + "    source: \"[default] test\"\n    flags: [TOP_SECRET]\n"))
                .isInstanceOf(RulePackException.class).hasMessageContaining("threshold.t")
                .hasMessageContaining("unknown flag 'TOP_SECRET'");
        RuleSet ok = loadGrading(grading + "    source: \"[default] test\"\n    flags: [POSSIBLE_STATE_SECRET]\n");
        assertThat(ok.grading().thresholdList().get(0).flagList()).containsExactly("POSSIBLE_STATE_SECRET");
    }

    private static RuleSet loadGrading(String gradingYaml) {
        return new RuleSetLoader().load(RuleSources.builtIn(),
                new RuleSource("/etc/grading.yaml", gradingYaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void builtInPacksLoad() {
        RuleSet rules = RuleSources.load(Optional.empty(), Optional.empty());
        assertThat(rules.packs()).extracting(RuleSet.PackInfo::id).contains("cn-pi", "cn-energy", "energy-formats");
        assertThat(rules.hash()).startsWith("sha256:");
        assertThat(rules.version()).isEqualTo("2026.12.1");
    }

    @Test
    void anOperatorPackMarksTheVersionWithTheHash(@TempDir Path operator) throws IOException {
        Files.writeString(operator.resolve("site.yaml"), HEADER + """
                  - id: site.hydrogen
                    version: "1"
                    source: "[default] a test rule"
                    kind: dictionary
                    category: extra.hydrogen
                    keywords: [储氢站布局]
                """);
        RuleSet rules = RuleSources.load(Optional.of(operator), Optional.empty());
        assertThat(rules.version()).isEqualTo("2026.12.1+" + rules.hash().substring("sha256:".length(), 15));
    }

    @Test
    void unknownValidatorNamesFileRuleAndProblem() {
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.bad
                    version: "1"
                    source: "[default] a test rule"
                    kind: regex
                    category: extra.hydrogen
                    pattern: 'H2-\\d+'
                    validator: no-such-check
                """)).isInstanceOf(RulePackException.class)
                .hasMessageContaining("/etc/packs/extra.yaml").hasMessageContaining("extra.bad")
                .hasMessageContaining("unknown validator 'no-such-check'");
    }

    @Test
    void badPatternUnknownCategoryKindAndDuplicates() {
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.bad
                    version: "1"
                    source: "[default] a test rule"
                    kind: regex
                    category: extra.hydrogen
                    pattern: '(unclosed'
                """)).hasMessageContaining("extra.bad").hasMessageContaining("does not compile");
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.bad
                    version: "1"
                    source: "[default] a test rule"
                    kind: dictionary
                    category: extra.nothing
                    keywords: [a]
                """)).hasMessageContaining("unknown category 'extra.nothing'");
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.bad
                    version: "1"
                    source: "[default] a test rule"
                    kind: telepathy
                    category: extra.hydrogen
                """)).hasMessageContaining("unknown kind 'telepathy'");
        assertThatThrownBy(() -> load(HEADER + """
                  - id: pi.cn-mobile
                    version: "1"
                    source: "[default] a test rule"
                    kind: dictionary
                    category: extra.hydrogen
                    keywords: [a]
                """)).hasMessageContaining("pi.cn-mobile").hasMessageContaining("already used");
        assertThatThrownBy(() -> load(HEADER + """
                  - id: extra.bad
                    version: "1"
                    source: "[default] a test rule"
                    kind: dictionary
                    category: extra.hydrogen
                    keywords: [a]
                    colour: blue
                """)).hasMessageContaining("/etc/packs/extra.yaml").hasMessageContaining("colour");
    }

    @Test
    void extraPackFromDirectoryDetectsNewCategoryWithoutCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hydrogen.yaml"), HEADER + """
                  - id: extra.hydrogen.dict
                    version: "1.0.0"
                    source: "[default] a test rule"
                    kind: dictionary
                    category: extra.hydrogen
                    keywords: [储氢站布局, hydrogen storage layout]
                """);
        Engine engine = new Engine(RuleSources.load(Optional.of(dir), Optional.empty()));
        String text = "附件：华东储氢站布局方案";
        EngineResult r = engine.classify(List.of(new TextPart("h.txt", "text/plain", text, null)), null,
                LocalDate.of(2026, 11, 28), Extraction.COMPLETE);
        assertThat(r.categories()).extracting(EngineResult.CategorySummary::id).containsExactly("extra.hydrogen");
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
        // without glossary text the pack loads, and the Chinese reason names the category as the pack does
        assertThat(r.reasons().get(0).explanationZh()).startsWith("Hydrogen storage layout：").contains("经济运行");
        assertThat(engine.rules().packs()).extracting(RuleSet.PackInfo::file).contains(dir.resolve("hydrogen.yaml").toString());
    }
}

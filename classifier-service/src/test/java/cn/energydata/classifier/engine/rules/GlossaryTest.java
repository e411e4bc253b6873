package cn.energydata.classifier.engine.rules;

import cn.energydata.classifier.engine.grading.GradingConfig;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary the console shows (issue 15): every built-in category has its Chinese name and a definition in both
 * languages, every threshold an explanation in both; the Chinese texts are Chinese, sentence by sentence.
 */
class GlossaryTest {

    private final RuleSet rules = RuleSources.load(Optional.empty(), Optional.empty());

    @Test
    void everyBuiltInCategoryHasNameAndDefinitionInBothLanguages() {
        assertThat(rules.categoryInfos()).isNotEmpty();
        for (RuleSet.CategoryInfo c : rules.categoryInfos()) {
            assertThat(c.name()).as(c.id()).isNotBlank();
            assertThat(c.nameZh()).as(c.id()).isNotBlank();
            assertThat(c.definition()).as(c.id()).isNotBlank();
            assertThat(c.definitionZh()).as(c.id()).isNotBlank();
            assertChinese(c.id() + " nameZh", c.nameZh());
            assertChinese(c.id() + " definitionZh", c.definitionZh());
        }
    }

    @Test
    void everyThresholdIsExplainedInBothLanguages() {
        for (GradingConfig.Threshold t : rules.grading().thresholdList()) {
            assertThat(t.explanation()).as(t.id()).isNotBlank();
            assertThat(t.explanationZh()).as(t.id()).isNotBlank();
            assertChinese(t.id() + " explanationZh", t.explanationZh());
        }
    }

    @Test
    void theCheckCatchesAnEnglishSentenceInChineseText() {
        assertThat(asciiOnlySentences("电网拓扑与参数。Backbone grid topology.")).containsExactly("Backbone grid topology.");
        assertThat(asciiOnlySentences("SCADA、EMS的配置；属于重要数据。")).isEmpty();
    }

    private static void assertChinese(String what, String text) {
        assertThat(asciiOnlySentences(text)).as(what + ": sentences without Chinese").isEmpty();
    }

    /** Sentences (split after 。；！？ and their ASCII forms) that hold no character outside ASCII. */
    static List<String> asciiOnlySentences(String text) {
        return Arrays.stream(text.split("(?<=[。；！？;.!?])"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .filter(s -> s.chars().allMatch(ch -> ch < 128))
                .toList();
    }
}

package cn.energydata.classifier.engine.rules;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test (Jazzer, see README "Fuzzing"): any bytes, read as an operator's rule pack and as a grading file, load
 * into a {@link RuleSet} or are refused with a {@link RulePackException} (start-up stops with its message) — never
 * any other exception. Seeds: the built-in packs and grading file, a small pack and a small grading file (each
 * fuzzed file is loaded beside the small other one). Regression inputs, findings
 * included, live in {@code src/test/resources/cn/energydata/classifier/engine/RuleSetLoaderFuzzTestInputs/}.
 *
 * <p>Jazzer's regular-expression-injection detector is off for this module (the surefire configuration): rule packs
 * are operators' configuration and their patterns are meant to be compiled; a pattern that does not compile is a
 * RulePackException, which is what this test checks.
 */
class RuleSetLoaderFuzzTest {

    private static final RuleSetLoader LOADER = new RuleSetLoader();
    /** The built-in impact table with one threshold that names no category, so that any pack can load beside it. */
    static final String SMALL_GRADING = """
            version: "1.0.0"
            impactTable:
              national-security:  { extremely-serious: CORE, serious: CORE,      general: IMPORTANT }
              economic-operation: { extremely-serious: CORE, serious: IMPORTANT, general: GENERAL }
              individual-rights:  { extremely-serious: GENERAL, serious: GENERAL, general: GENERAL }
            thresholds:
              - id: threshold.pi-scale
                metric: persons
                atLeast: 100001
                level: IMPORTANT
                flags: [POSSIBLE_STATE_SECRET]
                source: "[default] a figure for the test"
            """;
    private static final RuleSource GRADING = new RuleSource("small-grading.yaml",
            SMALL_GRADING.getBytes(StandardCharsets.UTF_8));
    static final String SMALL_PACK = """
            id: small
            version: "1.0.0"
            name: Small pack
            categories:
              - id: extra.hydrogen
                source: "[default] hydrogen storage sites are physical targets"
                name: Hydrogen storage layout
                group: ENERGY
                impact: { object: economic-operation, degree: serious }
                flags: [POSSIBLE_STATE_SECRET]
            rules:
              - id: extra.hydrogen.dict
                version: "1.0.0"
                kind: dictionary
                category: extra.hydrogen
                source: "[default] names of hydrogen storage layout documents"
                keywords: [储氢站布局, hydrogen storage layout]
                context: { positive: [内部], negative: [新闻], window: 24, boost: 0.35, penalty: 0.5 }
              - id: extra.hydrogen.code
                version: "1.0.0"
                kind: regex
                category: extra.hydrogen
                source: "[default] site codes"
                pattern: 'H2-(\\d{6})'
                group: 1
                validator: luhn
                requires: digits
            """;
    private static final RuleSource SMALL = new RuleSource("small.yaml", SMALL_PACK.getBytes(StandardCharsets.UTF_8));

    static Stream<byte[]> packs() {
        return Stream.concat(Stream.of(SMALL.bytes(), GRADING.bytes(), RuleSources.classpath("rules/grading.yaml").bytes()),
                RuleSources.builtIn().stream().map(RuleSource::bytes));
    }

    @MethodSource("packs")
    @DictionaryEntries({"id: ", "version: ", "kind: ", "category: ", "source: ", "categories:", "rules:",
            "impact: ", "flags: ", "keywords: ", "pattern: ", "validator: ", "prefilter: ", "params: ", "terms: ",
            "context: ", "thresholds:", "impactTable:", "metric: ", "atLeast: ", "level: ", "requiresAnyCategory: ",
            "- ", "~", "null", "[]", "{}", "[default]", "regex", "dictionary", "column", "format", "table", "records",
            "person-name", "&a ", "*a", "!!binary ", "\"\\u0000\""})
    @FuzzTest(maxDuration = "10s")
    void anyYamlLoadsOrIsRefused(byte[] yaml) {
        loadOrRefuse(List.of(new RuleSource("fuzz-pack.yaml", yaml)), GRADING);
        loadOrRefuse(List.of(SMALL), new RuleSource("fuzz-grading.yaml", yaml));
    }

    @Test
    void theSeedsLoad() {
        assertThat(LOADER.load(List.of(SMALL), GRADING).categories()).containsKey("extra.hydrogen");
    }

    private static void loadOrRefuse(List<RuleSource> packs, RuleSource grading) {
        RuleSet rules;
        try {
            rules = LOADER.load(packs, grading);
        } catch (RulePackException refused) {
            assertThat(refused.getMessage()).startsWith("Invalid rule pack ");
            return;
        }
        assertThat(rules.version()).isNotBlank();
        assertThat(rules.hash()).startsWith("sha256:");
    }
}

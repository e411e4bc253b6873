package cn.energydata.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs the YAML policy cases against the built-in policies (plain JUnit, no Quarkus). */
class PolicyCasesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static PolicyEngine engine;
    private static List<PolicyCase> cases;

    record CaseFile(List<PolicyCase> cases) {
    }

    @BeforeAll
    static void load() throws IOException {
        engine = Policies.engine();
        try (InputStream in = PolicyCasesTest.class.getResourceAsStream("/policy-cases/level-action-matrix.yaml")) {
            cases = YAML.readValue(in, CaseFile.class).cases();
        }
    }

    @TestFactory
    Stream<DynamicTest> cases() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void everyLevelAndActionIsCovered() {
        for (Level level : Level.values()) {
            Set<Action> covered = EnumSet.noneOf(Action.class);
            cases.stream().filter(c -> c.level() == level).forEach(c -> covered.add(c.action()));
            assertEquals(EnumSet.allOf(Action.class), covered, "actions with a case for " + level);
        }
    }

    @Test
    void everyPolicyIsExercisedByACase() {
        Set<String> used = new TreeSet<>();
        cases.forEach(c -> used.addAll(c.expect().policies()));
        Set<String> all = new TreeSet<>();
        engine.policies().forEach(p -> all.add(p.id()));
        all.removeAll(used);
        assertTrue(all.isEmpty(), "policies no case expects: " + all);
    }

    private static void check(PolicyCase c) {
        Decision d = engine.decide(c.toRequest());
        assertEquals(c.expect().effect(), d.effect(), () -> "effect; reasons " + d.reasons());
        assertEquals(new TreeSet<>(c.expect().policies()), new TreeSet<>(d.matchedPolicyIds()), "matched policies");
        JsonNode actual = JSON.valueToTree(d.obligations());
        if (d.effect() == Effect.DENY) {
            JsonNode others = actual.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) others).remove("secrecyProcess");
            ((com.fasterxml.jackson.databind.node.ObjectNode) others).remove("summaries");
            assertEquals(0, others.size(), "a deny carries no obligations but secrecyProcess");
        }
        if (c.expect().obligations() != null) {
            assertSubset(c.expect().obligations(), actual, "obligations");
        }
        if (c.absent() != null) {
            for (String path : c.absent()) {
                assertTrue(actual.at("/" + path.replace('.', '/')).isMissingNode(), "obligation " + path + " must be absent");
            }
        }
        assertFalse(d.reasons().isEmpty(), "a decision explains itself");
        d.reasons().forEach(r -> ChineseText.assertChinese(r.zh(), "reason of " + c.name()));
        ChineseText.assertEverySummary(actual, c.name());
    }

    private static void assertSubset(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertNotNull(actual, path + " missing");
            if (!actual.isObject()) {
                fail(path + ": expected an object, got " + actual);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                JsonNode value = actual.get(field.getKey());
                boolean expectFalse = field.getValue().isBoolean() && !field.getValue().booleanValue();
                if (value == null && expectFalse) {
                    continue; // absent flag = false
                }
                if (value == null) {
                    fail(path + "." + field.getKey() + " missing in " + actual);
                }
                assertSubset(field.getValue(), value, path + "." + field.getKey());
            }
        } else {
            assertEquals(expected.isNumber() ? expected.asLong() : expected,
                    actual.isNumber() ? actual.asLong() : actual, path);
        }
    }

}

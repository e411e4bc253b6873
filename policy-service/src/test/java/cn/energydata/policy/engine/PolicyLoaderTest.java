package cn.energydata.policy.engine;

import cn.energydata.common.identity.Roles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An invalid policy file is refused with a message naming the file, the policy and the problem. */
class PolicyLoaderTest {

    private final PolicyLoader loader = new PolicyLoader(Roles.ALL);

    private String problem(String yaml) {
        return assertThrows(PolicyValidationException.class,
                () -> loader.parse("ops/extra.yaml", yaml.getBytes(StandardCharsets.UTF_8))).getMessage();
    }

    private static final String VALID = """
            policies:
              - id: ops.no-publish
                version: 1
                priority: 10
                source: "[default] operator"
                effect: DENY
                reason: No publishing here
                match: { actions: [PUBLISH] }
            """;

    @Test
    void validFileLoads() {
        List<Policy> policies = loader.parse("ops/extra.yaml", VALID.getBytes(StandardCharsets.UTF_8));
        assertEquals("ops.no-publish", policies.get(0).id());
    }

    @Test
    void unknownActionIsNamed() {
        String message = problem(VALID.replace("PUBLISH", "PUBLISHH"));
        assertTrue(message.startsWith("ops/extra.yaml: policy 'ops.no-publish': 'match.actions[0]': invalid value 'PUBLISHH'"), message);
    }

    @Test
    void unknownFieldIsNamed() {
        String message = problem(VALID.replace("match:", "matches:"));
        assertTrue(message.contains("policy 'ops.no-publish': unknown field 'matches'"), message);
    }

    @Test
    void missingSourceAndUnknownRoleAreNamed() {
        String message = problem(VALID.replace("    source: \"[default] operator\"\n", "")
                .replace("{ actions: [PUBLISH] }", "{ actions: [PUBLISH], requester: { anyRole: [admin] } }"));
        assertTrue(message.contains("'source' is required"), message);
        assertTrue(message.contains("unknown role 'admin'"), message);
    }

    @Test
    void denyWithObligationsAndEmptyMatchAreRefused() {
        String message = problem(VALID.replace("match: { actions: [PUBLISH] }", "match: {}\n    obligations: { watermark: true }"));
        assertTrue(message.contains("'match' is required"), message);
        assertTrue(message.contains("a DENY policy carries no obligations"), message);
    }

    @Test
    void aDenyMayOnlyRouteToTheSecrecyProcess() {
        List<Policy> ok = loader.parse("ops/extra.yaml", VALID.replace("match: { actions: [PUBLISH] }",
                "match: { flags: [POSSIBLE_STATE_SECRET] }\n    obligations: { secrecyProcess: true }").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, ok.size());
        String message = problem(VALID.replace("match: { actions: [PUBLISH] }",
                "match: { actions: [PUBLISH] }\n    obligations: { secrecyProcess: true, watermark: true }"));
        assertTrue(message.contains("a DENY policy carries no obligations but 'secrecyProcess: true'"), message);
    }

    @Test
    void aDefaultNeedsItsReason() {
        String message = problem(VALID.replace("\"[default] operator\"", "\"[default]\""));
        assertTrue(message.contains("'[default]' needs the reason for the default"), message);
    }

    @Test
    void cumulativeCountsOnlyMatchExports() {
        String message = problem(VALID.replace("match: { actions: [PUBLISH] }", "match: { minCumulativePersons: 100000 }"));
        assertTrue(message.contains("must match 'destinations: [CROSS_BORDER]'"), message);
        assertEquals(1, loader.parse("ops/extra.yaml", VALID.replace("match: { actions: [PUBLISH] }",
                "match: { minCumulativePersons: 100000, destinations: [CROSS_BORDER] }").getBytes(StandardCharsets.UTF_8)).size());
    }

    @Test
    void brokenYamlIsNamed() {
        assertTrue(problem("policies: [ {").startsWith("ops/extra.yaml: not valid YAML"));
    }

    @Test
    void duplicateIdsAcrossFilesAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dup.yaml"), VALID.replace("ops.no-publish", "core.view"));
        String message = assertThrows(PolicyValidationException.class,
                () -> loader.load(Policies.FILES, dir)).getMessage();
        assertTrue(message.contains("policy 'core.view': duplicate id, already defined in classpath:policies/core.yaml"), message);
    }

    @Test
    void operatorDirectoryAddsPolicies(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("extra.yaml"), VALID);
        List<Policy> policies = loader.load(Policies.FILES, dir);
        assertTrue(policies.stream().anyMatch(p -> p.id().equals("ops.no-publish")));
    }
}

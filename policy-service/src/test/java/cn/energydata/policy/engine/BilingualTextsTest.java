package cn.energydata.policy.engine;

import cn.energydata.common.identity.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15 item 4: every sentence of the built-in policies and every obligation is given in English and Chinese. */
class BilingualTextsTest {

    static final List<String> ALL_FILES = List.of("policies/access.yaml", "policies/secrecy.yaml",
            "policies/general.yaml", "policies/important.yaml", "policies/core.yaml", "policies/cross-border.yaml",
            "policies/personal-information.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PolicyLoader loader = new PolicyLoader(Roles.ALL);

    @Test
    void everyBuiltInPolicyHasBothTexts() {
        List<Policy> policies = loader.load(ALL_FILES, null);
        assertTrue(policies.size() >= 40, "all built-in policies: " + policies.size());
        for (Policy p : policies) {
            PolicySpec.PolicyDef d = p.definition();
            ChineseText.assertChinese(d.reasonZh(), p.id() + ".reasonZh");
            ChineseText.assertChinese(d.descriptionZh(), p.id() + ".descriptionZh");
            PolicySpec.ObligationsDef o = d.obligations();
            if (o != null && o.encryption() != null && o.encryption().algorithmClass() != null) {
                ChineseText.assertChinese(o.encryption().algorithmClassZh(), p.id() + ".algorithmClassZh");
            }
            if (o != null && o.erasure() != null && o.erasure().methods() != null) {
                assertEquals(o.erasure().methods().keySet(), o.erasure().methodsZh().keySet(), p.id() + ".methodsZh");
                o.erasure().methodsZh().forEach((medium, zh) -> ChineseText.assertChinese(zh, p.id() + ".methodsZh." + medium));
            }
        }
    }

    @Test
    void everyObligationHasBothTexts() {
        Obligations all = new Obligations(
                new Obligations.Encryption(true, true, "commercial cryptography (SM2/SM3/SM4)", "商用密码（SM2/SM3/SM4）", true),
                List.of("pi.resident-id"), true, new Obligations.Logging(6, true, true), 3, true,
                new Obligations.Erasure(Map.of(Medium.FLASH, "block erase"), Map.of(Medium.FLASH, "块擦除"), true, true),
                true, true, true);
        ChineseText.assertEverySummary(JSON.valueToTree(all), "every obligation");
        assertEquals(10, all.summaries().size());
        assertTrue(all.summaries().stream().anyMatch(s -> s.summaryZh().contains("6个月")), "figures are said");

        Obligations lighter = new Obligations(new Obligations.Encryption(false, true, "TLS", null, false), null, null,
                new Obligations.Logging(6, false, false), null, null,
                new Obligations.Erasure(Map.of(), Map.of(), false, false), null, null, null);
        ChineseText.assertEverySummary(JSON.valueToTree(lighter), "lighter obligations");
        assertTrue(Obligations.NONE.summaries().isEmpty());
        assertEquals("{}", JSON.valueToTree(Obligations.NONE).toString(), "no obligations: an empty object as before");
    }

    @Test
    void everyDecisionOfTheBuiltInPoliciesExplainsItselfInChinese() {
        PolicyEngine engine = new PolicyEngine(loader.load(ALL_FILES, null));
        for (Level level : Level.values()) {
            for (Action action : Action.values()) {
                AssetFacts asset = new AssetFacts("org", level, java.util.Set.of(), java.util.Set.of(), 0);
                Decision d = engine.decide(new DecisionRequest("x", "org", java.util.Set.of("data-registrant"), action,
                        asset, null, null, null, false, null, null, ProcessorFacts.UNKNOWN, java.util.Set.of(), false));
                d.reasons().forEach(r -> ChineseText.assertChinese(r.zh(), level + " " + action));
                ChineseText.assertEverySummary(JSON.valueToTree(d.obligations()), level + " " + action);
            }
        }
    }

    private static final String OPERATOR_POLICY = """
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
    void aBuiltInPolicyWithoutChineseIsRefusedAnOperatorsLoads() {
        byte[] content = OPERATOR_POLICY.getBytes(StandardCharsets.UTF_8);
        String message = assertThrows(PolicyValidationException.class,
                () -> loader.parseBuiltIn("classpath:policies/x.yaml", content)).getMessage();
        assertTrue(message.contains("'reasonZh' is required in a built-in policy"), message);
        byte[] english = OPERATOR_POLICY.replace("match:", "reasonZh: \"No publishing here\"\n    descriptionZh: \"x\"\n    match:")
                .getBytes(StandardCharsets.UTF_8);
        message = assertThrows(PolicyValidationException.class,
                () -> loader.parseBuiltIn("classpath:policies/x.yaml", english)).getMessage();
        assertTrue(message.contains("'reasonZh' is required"), "an English text is no Chinese text: " + message);

        Policy operators = loader.parse("ops/extra.yaml", content).get(0);
        assertNull(operators.reasonText().zh(), "no Chinese text: null, the console shows the English");
        List<String> chinese = Reason.chinese(List.of(operators.reasonText(), new Reason("en", "中文。")));
        assertEquals(2, chinese.size(), "the Chinese list keeps the English list's positions");
        assertNull(chinese.get(0), "null where the policy has no Chinese text");
    }
}

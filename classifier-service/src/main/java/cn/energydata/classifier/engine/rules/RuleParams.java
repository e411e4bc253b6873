package cn.energydata.classifier.engine.rules;

import java.util.Map;

/** Reading a rule's {@code params} (kinds with settings of their own: table, records). */
public final class RuleParams {

    private RuleParams() {
    }

    public static Map<String, Object> of(RulePack.RuleDef rule) {
        return rule.params() == null ? Map.of() : rule.params();
    }

    /** The number {@code params.<name>}, or the default; anything else is a rule-pack error. */
    public static Number number(Map<String, Object> params, String name, Number dflt) {
        Object v = params.get(name);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("params." + name + " must be a number");
        }
        return n;
    }
}

package cn.energydata.classifier.engine;

import java.util.List;
import java.util.Map;

/** The loaded, validated rule packs and grading data, with the recognizers built from them. */
public record RuleSet(String version, String hash, List<PackInfo> packs, Map<String, RulePack.CategoryDef> categories,
                      Map<String, RulePack.RuleDef> rules, Map<String, String> ruleKinds, List<Recognizer> recognizers,
                      GradingConfig grading) {

    public record PackInfo(String id, String version, String name, String source, String file, int rules) {
    }
}

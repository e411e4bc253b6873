package cn.energydata.classifier.engine.rules;

import cn.energydata.classifier.engine.grading.GradingConfig;
import cn.energydata.classifier.engine.grading.Level;

import java.util.List;
import java.util.Map;

/**
 * The loaded, validated rule packs and grading data, with the recognizers built from them. {@code ruleInfos} and
 * {@code categoryInfos} say, in load order, which pack defines each rule and category and on what source.
 */
public record RuleSet(String version, String hash, List<PackInfo> packs, Map<String, RulePack.CategoryDef> categories,
                      Map<String, RulePack.RuleDef> rules, Map<String, String> ruleKinds, List<Recognizer> recognizers,
                      GradingConfig grading, List<RuleInfo> ruleInfos, List<CategoryInfo> categoryInfos) {

    public record PackInfo(String id, String version, String name, String source, String file, int rules) {
    }

    /** One rule as {@code GET /api/rules} lists it. */
    public record RuleInfo(String id, String version, String kind, String category, String pack, String source) {
    }

    /** One category as {@code GET /api/rules} lists it: its level from the impact table, its flags and source. */
    public record CategoryInfo(String id, String name, String nameZh, String definition, String definitionZh,
                               String group, Level level, List<String> flags, String pack, String source) {
    }
}

package cn.energydata.classifier.engine.grading;

import cn.energydata.classifier.engine.rules.RulePack;

import java.util.List;
import java.util.Map;

/**
 * The grading data (GB/T 43697 impact table, scale and coverage thresholds), loaded from YAML so that an
 * enterprise or a future NEA catalogue can change it without a release.
 */
public record GradingConfig(String version, Map<String, Map<String, Level>> impactTable, List<Threshold> thresholds) {

    public List<Threshold> thresholdList() {
        return thresholds == null ? List.of() : thresholds;
    }

    /**
     * When {@code metric} reaches {@code atLeast} the level is at least {@code level}; if
     * {@code requiresAnyCategory} is given, only when one of those categories was found; {@code flags} are raised
     * with it (POSSIBLE_STATE_SECRET for national or multi-province core data); {@code source} (required): the
     * instrument and article of the figure, or {@code [default]} with the reason.
     * Metrics: persons, sensitivePersons, minors, children, provinces, national.
     */
    public record Threshold(String id, String metric, Long atLeast, Level level, List<String> requiresAnyCategory,
                            List<String> flags, String source, String explanation, String explanationZh) {
        public List<String> requiredCategories() {
            return requiresAnyCategory == null ? List.of() : requiresAnyCategory;
        }

        public List<String> flagList() {
            return flags == null ? List.of() : flags;
        }
    }

    public static final List<String> METRICS = List.of("persons", "sensitivePersons", "minors", "children",
            "provinces", "national");

    public Level levelFor(RulePack.Impact impact) {
        Map<String, Level> row = impactTable.get(impact.object());
        return row == null ? null : row.get(impact.degree());
    }
}

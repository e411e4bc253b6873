package cn.energydata.classifier.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aggregates findings per category and grades: each category's level comes from the impact table, scale and
 * coverage thresholds may raise it, and the result is the highest of all (就高从严), never an average.
 */
final class Grader {

    /** Categories of this group are signals for thresholds (provinces, national scope), not reported. */
    static final String SIGNAL_GROUP = "SIGNAL";
    static final String PROVINCE_CATEGORY = "geo.province";
    static final String NATIONAL_CATEGORY = "geo.national";

    private final RuleSet rules;

    Grader(RuleSet rules) {
        this.rules = rules;
    }

    EngineResult grade(Detections d, Descriptor descriptor, Engine.Extraction extraction, List<String> languages) {
        Map<String, List<Finding>> byCategory = new LinkedHashMap<>();
        for (Finding f : d.findings()) {
            byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Integer> columnDistinct = new HashMap<>();
        for (Detections.ColumnProfile c : d.columns()) {
            columnDistinct.merge(c.category(), c.distinct(), Math::max);
        }

        Level level = Level.GENERAL;
        List<EngineResult.Reason> reasons = new ArrayList<>();
        Set<String> flags = new TreeSet<>();
        List<EngineResult.CategorySummary> summaries = new ArrayList<>();
        Set<String> found = new HashSet<>();
        long persons = 0;
        long sensitivePersons = 0;
        Set<String> minors = new HashSet<>();
        Set<String> children = new HashSet<>();
        boolean descriptorPi = false;
        boolean descriptorSensitive = false;

        for (var entry : byCategory.entrySet()) {
            RulePack.CategoryDef cat = rules.categories().get(entry.getKey());
            List<Finding> fs = entry.getValue();
            if (fs.size() < cat.minimumFindings()) {
                continue;
            }
            found.add(cat.id());
            Set<String> subjects = new HashSet<>();
            boolean hasMinors = false;
            for (Finding f : fs) {
                if (f.subjectKey() != null) {
                    subjects.add(f.subjectKey());
                }
                if ("CHILD".equals(f.ageBand()) || "MINOR".equals(f.ageBand())) {
                    minors.add(f.subjectKey());
                    hasMinors = true;
                }
                if ("CHILD".equals(f.ageBand())) {
                    children.add(f.subjectKey());
                }
                if ("descriptor".equals(f.location().path())) {
                    descriptorPi |= cat.isPersonIdentifier();
                    descriptorSensitive |= cat.isSensitive() && cat.isPersonIdentifier();
                }
            }
            int distinct = Math.max(subjects.size(), columnDistinct.getOrDefault(cat.id(), 0));
            if (cat.isPersonIdentifier()) {
                persons = Math.max(persons, distinct);
                if (cat.isSensitive()) {
                    sensitivePersons = Math.max(sensitivePersons, distinct);
                }
            }
            flags.addAll(cat.flagList());
            if (SIGNAL_GROUP.equals(cat.group())) {
                continue;
            }
            Level catLevel = rules.grading().levelFor(cat.impact());
            summaries.add(new EngineResult.CategorySummary(cat.id(), cat.name(), cat.group(), cat.isSensitive(),
                    hasMinors, catLevel, cat.subLevel(), fs.size(), distinct));
            if (catLevel.compareTo(Level.GENERAL) > 0) {
                Finding strongest = fs.stream().max(Comparator.comparingDouble(Finding::scoreAfter)).orElseThrow();
                String kind = rules.ruleKinds().getOrDefault(strongest.ruleId(), "regex");
                reasons.add(new EngineResult.Reason(catLevel, "format".equals(kind) ? "FORMAT" : "RULE",
                        strongest.ruleId(), cat.name() + ": " + cat.impact().degree() + " impact on " + cat.impact().object()
                        + (cat.rationale() == null ? "" : " (" + cat.rationale() + ")")));
                level = Level.max(level, catLevel);
            }
        }

        if (descriptor != null) {
            long declared = descriptor.distinctPersons() != null ? descriptor.distinctPersons()
                    : descriptor.records() != null ? descriptor.records() : 0;
            if (descriptorPi) {
                persons = Math.max(persons, declared);
            }
            if (descriptorSensitive) {
                sensitivePersons = Math.max(sensitivePersons, declared);
            }
        }
        long provinces = Math.max(distinct(byCategory.get(PROVINCE_CATEGORY)),
                descriptor == null ? 0 : descriptor.provinceList().size());
        Map<String, Long> metrics = Map.of("persons", persons, "sensitivePersons", sensitivePersons,
                "minors", (long) minors.size(), "children", (long) children.size(), "provinces", provinces,
                "national", (long) byCategory.getOrDefault(NATIONAL_CATEGORY, List.of()).size());

        for (GradingConfig.Threshold t : rules.grading().thresholdList()) {
            long value = metrics.get(t.metric());
            boolean applies = t.requiredCategories().isEmpty() || t.requiredCategories().stream().anyMatch(found::contains);
            if (applies && value >= t.atLeast()) {
                reasons.add(new EngineResult.Reason(t.level(), "THRESHOLD", t.id(),
                        (t.explanation() == null ? t.metric() + " ≥ " + t.atLeast() : t.explanation())
                                + " (" + t.metric() + " = " + value + ")"));
                level = Level.max(level, t.level());
            }
        }

        if (!extraction.complete()) {
            flags.add("NEEDS_REVIEW");
            reasons.add(new EngineResult.Reason(level, "EXTRACTION", "extraction." + extraction.status().toLowerCase(),
                    "Extraction " + extraction.status().toLowerCase() + (extraction.reason() == null ? "" : ": "
                            + extraction.reason()) + "; content not analysed may raise the level"));
        }
        if (flags.contains("POSSIBLE_STATE_SECRET")) {
            flags.add("NEEDS_REVIEW");
        }
        if (reasons.isEmpty()) {
            reasons.add(new EngineResult.Reason(Level.GENERAL, "RULE", "default.general",
                    "No important or core category and no threshold reached"));
        }
        final Level finalLevel = level;
        reasons.sort(Comparator.comparing((EngineResult.Reason r) -> r.level() != finalLevel)
                .thenComparing(r -> -r.level().ordinal()));
        summaries.sort(Comparator.comparing((EngineResult.CategorySummary c) -> -c.level().ordinal())
                .thenComparing(EngineResult.CategorySummary::id));
        List<Finding> listed = d.findings().stream()
                .filter(f -> !SIGNAL_GROUP.equals(rules.categories().get(f.category()).group()))
                .limit(Engine.MAX_LISTED_FINDINGS).toList();
        return new EngineResult(level, flags.contains("NEEDS_REVIEW"), List.copyOf(flags), summaries,
                new EngineResult.Subjects(persons, sensitivePersons, minors.size(), children.size()), listed,
                d.findings().size(), d.columns(), reasons, languages);
    }

    private static long distinct(List<Finding> fs) {
        return fs == null ? 0 : fs.stream().map(Finding::subjectKey).filter(java.util.Objects::nonNull).distinct().count();
    }
}

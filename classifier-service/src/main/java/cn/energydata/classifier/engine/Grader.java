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
    /** The province signal's term for national scope (signals.yaml); other terms are provinces, comma-separated. */
    static final String NATIONAL_TERM = "全国";

    private final RuleSet rules;

    Grader(RuleSet rules) {
        this.rules = rules;
    }

    EngineResult grade(Detections d, Descriptor descriptor, Engine.Extraction extraction, List<String> languages) {
        Map<String, List<Finding>> byCategory = new LinkedHashMap<>();
        PersonPlaces personPlaces = PersonPlaces.of(d.findings(), rules);
        for (Finding f : d.findings()) {
            if (rules.categories().get(f.category()).onlyNextToAPerson() && !personPlaces.near(f)) {
                continue;
            }
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
        Coverage coverage = Coverage.of(byCategory.getOrDefault(PROVINCE_CATEGORY, List.of()), structuredPaths(d));
        long provinces = Math.max(coverage.provinces().size(), descriptor == null ? 0 : descriptor.provinceList().size());
        Map<String, Long> metrics = Map.of("persons", persons, "sensitivePersons", sensitivePersons,
                "minors", (long) minors.size(), "children", (long) children.size(), "provinces", provinces,
                "national", coverage.national() ? 1L : 0L);

        for (GradingConfig.Threshold t : rules.grading().thresholdList()) {
            long value = metrics.get(t.metric());
            boolean applies = t.requiredCategories().isEmpty() || t.requiredCategories().stream().anyMatch(found::contains);
            if (applies && value >= t.atLeast()) {
                reasons.add(new EngineResult.Reason(t.level(), "THRESHOLD", t.id(),
                        (t.explanation() == null ? t.metric() + " ≥ " + t.atLeast() : t.explanation())
                                + " (" + t.metric() + " = " + value + ")"));
                level = Level.max(level, t.level());
                flags.addAll(t.flagList());
            }
        }

        LevelBasis basis = LevelBasis.CONTENT;
        if (!extraction.contentRead()) {
            // Unknown is not general: what could not be read is core until a person decides.
            basis = LevelBasis.UNKNOWN;
            level = Level.CORE;
            flags.add("NEEDS_REVIEW");
            reasons.add(new EngineResult.Reason(Level.CORE, "EXTRACTION", "extraction.unknown",
                    "Nothing of the document's content could be read (" + extraction.status().toLowerCase()
                            + (extraction.reason() == null ? "" : ": " + extraction.reason())
                            + "); handled as core until a reviewer decides"));
        } else if (!extraction.complete()) {
            basis = LevelBasis.PARTIAL;
            flags.add("NEEDS_REVIEW");
            reasons.add(new EngineResult.Reason(level, "EXTRACTION", "extraction." + extraction.status().toLowerCase(),
                    "Extraction " + extraction.status().toLowerCase() + (extraction.reason() == null ? "" : ": "
                            + extraction.reason()) + "; the level is that of what was read, content not analysed may raise it"));
        }
        // A possible state secret goes to the secrecy process: a person decides. PRODUCTION_CONTROL_ZONE and
        // OUT_OF_SCOPE are hints for the reviewer and do not by themselves ask for a review.
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
        return new EngineResult(level, basis, flags.contains("NEEDS_REVIEW"), List.copyOf(flags), summaries,
                new EngineResult.Subjects(persons, sensitivePersons, minors.size(), children.size()), listed,
                d.findings().size(), d.columns(), reasons, languages);
    }

    /** Where person identifiers were found: parts, and table rows within them. */
    private record PersonPlaces(Set<String> parts, Set<String> rows) {
        static PersonPlaces of(List<Finding> findings, RuleSet rules) {
            Set<String> parts = new HashSet<>();
            Set<String> rows = new HashSet<>();
            for (Finding f : findings) {
                if (rules.categories().get(f.category()).isPersonIdentifier()) {
                    parts.add(f.location().path());
                    if (f.location().row() != null) {
                        rows.add(f.location().path() + "\u0000" + f.location().sheet() + "\u0000" + f.location().row());
                    }
                }
            }
            return new PersonPlaces(parts, rows);
        }

        boolean near(Finding f) {
            Location l = f.location();
            return l.row() != null ? rows.contains(l.path() + "\u0000" + l.sheet() + "\u0000" + l.row())
                    : parts.contains(l.path());
        }
    }

    /** Parts recognised as structured data (a format signature or a table rule fired there): their lines are records. */
    private Set<String> structuredPaths(Detections d) {
        Set<String> paths = new HashSet<>();
        for (Finding f : d.findings()) {
            String kind = rules.ruleKinds().get(f.ruleId());
            if ("format".equals(kind) || "table".equals(kind)) {
                paths.add(f.location().path());
            }
        }
        return paths;
    }

    /**
     * The provinces named in a document's records, and whether national scope is: a table row below the header, or
     * any line of a structured model file. A word in prose ("全国", "华东") says what a text is about, not what data it
     * holds, so it never sets scope.
     */
    record Coverage(Set<String> provinces, boolean national) {
        static Coverage of(List<Finding> mentions, Set<String> structuredPaths) {
            Set<String> provinces = new TreeSet<>();
            boolean national = false;
            for (Finding f : mentions) {
                Location l = f.location();
                boolean inRecords = l.row() != null && l.row() > 1 || structuredPaths.contains(l.path());
                if (!inRecords || f.subjectKey() == null) {
                    continue;
                }
                for (String p : f.subjectKey().split(",")) {
                    if (NATIONAL_TERM.equals(p)) {
                        national = true;
                    } else {
                        provinces.add(p);
                    }
                }
            }
            return new Coverage(provinces, national);
        }
    }
}

package cn.energydata.classifier.engine.grading;

import cn.energydata.classifier.engine.Descriptor;
import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.EngineResult.ReasonSource;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.rules.RuleSet;
import com.carrotsearch.hppc.LongHashSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates findings per category and grades: each category's level comes from the impact table, scale and
 * coverage thresholds may raise it, and the result is the highest of all (就高从严), never an average.
 * Four steps: categories, scale and coverage metrics, thresholds, what extraction could not read.
 */
public final class Grader {

    public static final String PROVINCE_CATEGORY = "geo.province";
    /** The province signal's term for national scope (signals.yaml); other terms are provinces, comma-separated. */
    static final String NATIONAL_TERM = "全国";

    private final RuleSet rules;
    private final ColumnGrades columnGrades;

    public Grader(RuleSet rules) {
        this.rules = rules;
        this.columnGrades = new ColumnGrades(rules);
    }

    /** The grading under way: level, reasons and flags so far. */
    private static final class Verdict {
        Level level = Level.GENERAL;
        final List<EngineResult.Reason> reasons = new ArrayList<>();
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);

        void raise(Level to, ReasonSource source, String ref, String explanation, String explanationZh) {
            reasons.add(new EngineResult.Reason(to, source, ref, explanation, explanationZh));
            level = Level.max(level, to);
        }
    }

    /** What the categories found say about people, for the scale thresholds. */
    private static final class People {
        long persons;
        long sensitivePersons;
        final LongHashSet minors = new LongHashSet();
        final LongHashSet children = new LongHashSet();
        boolean inDescriptor;
        boolean sensitiveInDescriptor;
    }

    public EngineResult grade(Detections d, Descriptor descriptor, Extraction extraction, List<String> languages) {
        Verdict verdict = new Verdict();
        People people = new People();
        Set<String> found = new HashSet<>();
        List<EngineResult.CategorySummary> summaries = gradeCategories(d, verdict, people, found);
        Map<String, Long> metrics = metrics(d, descriptor, people);
        applyThresholds(metrics, found, verdict);
        LevelBasis basis = applyExtraction(extraction, verdict);
        return result(d, verdict, basis, summaries, metrics, columnGrades.of(d, descriptor, found), languages);
    }

    /** Step 1: each category that reached its minimum of findings, at its impact-table level. */
    private List<EngineResult.CategorySummary> gradeCategories(Detections d, Verdict verdict, People people,
                                                               Set<String> found) {
        Map<String, Integer> columnDistinct = new HashMap<>();
        for (Detections.ColumnProfile c : d.columns()) {
            columnDistinct.merge(c.category(), c.distinct(), Math::max);
        }
        List<EngineResult.CategorySummary> summaries = new ArrayList<>();
        for (Detections.CategoryTally t : d.categories()) {
            RulePack.CategoryDef cat = rules.categories().get(t.category());
            if (t.count() < cat.minimumFindings()) {
                continue;
            }
            found.add(cat.id());
            people.minors.addAll(t.minors());
            people.children.addAll(t.children());
            people.inDescriptor |= t.inDescriptor() && cat.isPersonIdentifier();
            people.sensitiveInDescriptor |= t.inDescriptor() && cat.isPersonIdentifier() && cat.isSensitive();
            int distinct = Math.max(t.distinctSubjects(), columnDistinct.getOrDefault(cat.id(), 0));
            if (cat.isPersonIdentifier()) {
                people.persons = Math.max(people.persons, distinct);
                if (cat.isSensitive()) {
                    people.sensitivePersons = Math.max(people.sensitivePersons, distinct);
                }
            }
            cat.flagList().forEach(f -> verdict.flags.add(Flag.valueOf(f)));
            if (Detections.SIGNAL_GROUP.equals(cat.group())) {
                continue;
            }
            Level catLevel = rules.grading().levelFor(cat.impact());
            summaries.add(new EngineResult.CategorySummary(cat.id(), cat.name(), cat.group(), cat.isSensitive(),
                    t.hasMinors(), catLevel, cat.subLevel(), t.count(), distinct));
            if (catLevel.compareTo(Level.GENERAL) > 0) {
                String kind = rules.ruleKinds().getOrDefault(t.strongestRule(), "regex");
                verdict.raise(catLevel, "format".equals(kind) ? ReasonSource.FORMAT : ReasonSource.RULE,
                        t.strongestRule(), cat.name() + ": " + cat.impact().degree() + " impact on "
                                + cat.impact().object() + (cat.rationale() == null ? "" : " (" + cat.rationale() + ")"),
                        ExplanationsZh.category(cat));
            }
        }
        return summaries;
    }

    /** Step 2: the metrics thresholds test; a descriptor's declared scale counts where its columns hold PI. */
    private static Map<String, Long> metrics(Detections d, Descriptor descriptor, People people) {
        if (descriptor != null) {
            long declared = descriptor.distinctPersons() != null ? descriptor.distinctPersons()
                    : descriptor.records() != null ? descriptor.records() : 0;
            if (people.inDescriptor) {
                people.persons = Math.max(people.persons, declared);
            }
            if (people.sensitiveInDescriptor) {
                people.sensitivePersons = Math.max(people.sensitivePersons, declared);
            }
        }
        Coverage coverage = Coverage.of(d.signalSubjectsInRecords(PROVINCE_CATEGORY));
        long provinces = Math.max(coverage.provinces().size(), descriptor == null ? 0 : descriptor.provinceList().size());
        return Map.of("persons", people.persons, "sensitivePersons", people.sensitivePersons,
                "minors", (long) people.minors.size(), "children", (long) people.children.size(),
                "provinces", provinces, "national", coverage.national() ? 1L : 0L);
    }

    /** Step 3: scale and coverage thresholds raise the level (and may raise flags). */
    private void applyThresholds(Map<String, Long> metrics, Set<String> found, Verdict verdict) {
        for (GradingConfig.Threshold t : rules.grading().thresholdList()) {
            long value = metrics.get(t.metric());
            boolean applies = t.requiredCategories().isEmpty() || t.requiredCategories().stream().anyMatch(found::contains);
            if (applies && value >= t.atLeast()) {
                verdict.raise(t.level(), ReasonSource.THRESHOLD, t.id(),
                        (t.explanation() == null ? t.metric() + " ≥ " + t.atLeast() : t.explanation())
                                + " (" + t.metric() + " = " + value + ")", ExplanationsZh.threshold(t, value));
                t.flagList().forEach(f -> verdict.flags.add(Flag.valueOf(f)));
            }
        }
    }

    /** Step 4: what could not be read. Unknown is not general: nothing read is core until a person decides. */
    private static LevelBasis applyExtraction(Extraction extraction, Verdict verdict) {
        String status = extraction.status().name().toLowerCase();
        String why = extraction.reason() == null ? "" : ": " + extraction.reason();
        LevelBasis basis = LevelBasis.CONTENT;
        if (!extraction.contentRead()) {
            basis = LevelBasis.UNKNOWN;
            verdict.flags.add(Flag.NEEDS_REVIEW);
            verdict.raise(Level.CORE, ReasonSource.EXTRACTION, "extraction.unknown",
                    "Nothing of the document's content could be read (" + status + why
                            + "); handled as core until a reviewer decides", ExplanationsZh.nothingRead(extraction));
        } else if (!extraction.isComplete()) {
            basis = LevelBasis.PARTIAL;
            verdict.flags.add(Flag.NEEDS_REVIEW);
            verdict.reasons.add(new EngineResult.Reason(verdict.level, ReasonSource.EXTRACTION, "extraction." + status,
                    "Extraction " + status + why + "; the level is that of what was read, content not analysed may raise it",
                    ExplanationsZh.partlyRead(extraction)));
        }
        // A possible state secret goes to the secrecy process: a person decides. PRODUCTION_CONTROL_ZONE and
        // OUT_OF_SCOPE are hints for the reviewer and do not by themselves ask for a review.
        if (verdict.flags.contains(Flag.POSSIBLE_STATE_SECRET)) {
            verdict.flags.add(Flag.NEEDS_REVIEW);
        }
        return basis;
    }

    /** The result: the reason that set the final level first, categories by level then id. */
    private static EngineResult result(Detections d, Verdict verdict, LevelBasis basis,
                                       List<EngineResult.CategorySummary> summaries, Map<String, Long> metrics,
                                       List<EngineResult.ColumnSummary> columns, List<String> languages) {
        if (verdict.reasons.isEmpty()) {
            verdict.reasons.add(new EngineResult.Reason(Level.GENERAL, ReasonSource.RULE, "default.general",
                    "No important or core category and no threshold reached", ExplanationsZh.nothingFound()));
        }
        Level level = verdict.level;
        verdict.reasons.sort(Comparator.comparing((EngineResult.Reason r) -> r.level() != level)
                .thenComparing(r -> -r.level().ordinal()));
        summaries.sort(Comparator.comparing((EngineResult.CategorySummary c) -> -c.level().ordinal())
                .thenComparing(EngineResult.CategorySummary::id));
        return new EngineResult(level, basis, verdict.flags.contains(Flag.NEEDS_REVIEW), List.copyOf(verdict.flags),
                summaries, new EngineResult.Subjects(metrics.get("persons"), metrics.get("sensitivePersons"),
                metrics.get("minors"), metrics.get("children")), List.copyOf(d.listedFindings()),
                (int) d.total(), columns, verdict.reasons, languages);
    }

    /**
     * The provinces named in a document's records, and whether national scope is: a table row below the header, or
     * any line of a structured model file. A word in prose ("全国", "华东") says what a text is about, not what data it
     * holds, so it never sets scope.
     */
    record Coverage(Set<String> provinces, boolean national) {
        static Coverage of(Set<String> namedInRecords) {
            Set<String> provinces = new java.util.TreeSet<>();
            boolean national = false;
            for (String subject : namedInRecords) {
                for (String p : subject.split(",")) {
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

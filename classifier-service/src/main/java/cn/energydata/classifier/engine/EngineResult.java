package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.grading.Flag;
import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.grading.LevelBasis;

import java.util.List;

/** What detection and grading concluded, with the evidence. */
public record EngineResult(Level level, LevelBasis levelBasis, boolean needsReview, List<Flag> flags,
                           List<CategorySummary> categories, Subjects subjects, List<Finding> findings,
                           int findingsTotal, List<ColumnSummary> columns, List<Reason> reasons,
                           List<String> languages) {

    public record CategorySummary(String id, String name, String group, boolean sensitive, boolean minors, Level level,
                                  Integer subLevel, int count, int distinctSubjects) {
    }

    /**
     * A column's category with its impact-table level (GENERAL when none) and whether its values identify people;
     * {@code source} says whether the category came from the column's header (name, comment) or its values (null
     * when there is no category).
     */
    public record ColumnSummary(String path, String sheet, String column, String header, String category, Level level,
                                boolean identifiesPerson, Detections.ProfileSource source, int values, int distinct) {
    }

    /** Distinct people found (or declared by a descriptor); {@code minors} counts under-18s including children. */
    public record Subjects(long persons, long sensitivePersons, long minors, long children) {
    }

    /** What set a level: a rule, a format signature, a threshold, or what extraction could not read. */
    public enum ReasonSource { RULE, FORMAT, THRESHOLD, EXTRACTION }

    /** Why the level is what it is, in English and Chinese; ref = rule or threshold id. */
    public record Reason(Level level, ReasonSource source, String ref, String explanation, String explanationZh) {
    }
}

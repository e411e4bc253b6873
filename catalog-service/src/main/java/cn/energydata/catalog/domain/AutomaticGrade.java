package cn.energydata.catalog.domain;

import java.util.List;

/**
 * What an automatic grading decided, after the lineage floor: the level in force, the categories and flags, whether
 * the classifier wants a human to look, and under which rule pack. {@code evidence} is the masked summary (JSON).
 */
public record AutomaticGrade(Level level, List<String> categories, List<String> flags, boolean needsReview,
                             String extractionStatus, String rulePackVersion, String rulePackHash, String evidence) {
}

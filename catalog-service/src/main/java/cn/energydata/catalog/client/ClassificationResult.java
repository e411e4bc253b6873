package cn.energydata.catalog.client;

import cn.energydata.catalog.domain.Level;

import java.util.List;

/**
 * classifier-service's answer (docs/service-contracts.md); unknown fields are ignored. {@code levelBasis}: CONTENT,
 * PARTIAL (part of the document could not be read) or UNKNOWN (nothing could: the level is CORE until reviewed).
 */
public record ClassificationResult(Level level, String levelBasis, boolean needsReview, List<String> flags,
                                   List<Category> categories,
                                   Subjects subjects, List<Finding> findings, List<Reason> reasons,
                                   Extraction extraction, String contentType, String sha256, Long sizeBytes,
                                   RulePack rulePack) {

    public record Category(String id, String name, String group, boolean sensitive, boolean minors, Level level,
                           Long count, Long distinctSubjects) {
    }

    public record Subjects(Long persons, Long minors, Long children) {
    }

    public record Location(String path, Integer page, String sheet, Integer row, String column, Integer start,
                           Integer end) {
    }

    /** Only masked snippets arrive here; the classifier never returns raw values. */
    public record Finding(String ruleId, String ruleVersion, String category, Location location, String maskedSnippet,
                          Double scoreAfter, String validatorResult) {
    }

    /** {@code explanationZh}: the same sentence in Chinese (issue 15), kept with the evidence for the console. */
    public record Reason(Level level, String source, String ref, String explanation, String explanationZh) {
    }

    public record Extraction(String status, String reason, Integer embeddedDocuments, Long characters) {
    }

    public record RulePack(String version, String hash) {
    }
}

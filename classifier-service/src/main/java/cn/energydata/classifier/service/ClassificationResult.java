package cn.energydata.classifier.service;

import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.Level;
import cn.energydata.classifier.engine.LevelBasis;

import java.util.List;

/** The result of POST /api/classifications (docs/service-contracts.md). */
public record ClassificationResult(Level level, LevelBasis levelBasis, boolean needsReview, List<String> flags,
                                   List<EngineResult.CategorySummary> categories, EngineResult.Subjects subjects,
                                   List<Finding> findings, int findingsTotal, List<Detections.ColumnProfile> columns,
                                   List<EngineResult.Reason> reasons, Extraction extraction, String contentType,
                                   List<String> languages, String sha256, long sizeBytes, RulePackRef rulePack,
                                   Timings timings) {

    public record Extraction(String status, String reason, int embeddedDocuments, long characters) {
    }

    public record RulePackRef(String version, String hash, List<PackRef> packs) {
    }

    public record PackRef(String id, String version) {
    }

    public record Timings(long extractMs, long detectMs, long gradeMs, long totalMs) {
    }
}

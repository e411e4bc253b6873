package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.GradingRevision;
import cn.energydata.catalog.domain.GradingSource;
import cn.energydata.catalog.domain.GradingTrigger;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.LineageMethod;
import cn.energydata.catalog.domain.ProposalStatus;
import cn.energydata.catalog.domain.Review;
import cn.energydata.catalog.domain.ReviewDecision;
import cn.energydata.catalog.domain.ReviewState;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An asset with its full grading and review history, its lineage and any open proposal. */
public record AssetDetail(AssetView asset, List<Grading> gradings, List<ReviewView> reviews, LineageView lineage,
                          ProposalDiff openProposal, ReviewView awaitingSecondReview) {

    public record Grading(Long id, Level level, List<String> categories, List<String> flags, boolean needsReview,
                          String extractionStatus, JsonNode evidence, String rulePackVersion, String rulePackHash,
                          String contentSha256, String contentType, Long contentSize, GradingSource source,
                          GradingTrigger trigger, ProposalStatus proposalStatus, Instant gradedAt, String gradedBy) {

        static Grading of(GradingRevision r, JsonNode evidence) {
            return new Grading(r.id, r.level, List.copyOf(r.categories), List.copyOf(r.flags), r.needsReview,
                    r.extractionStatus, evidence, r.rulePackVersion, r.rulePackHash, r.contentSha256, r.contentType,
                    r.contentSize, r.source, r.trigger, r.proposalStatus, r.gradedAt, r.gradedBy);
        }
    }

    public record ReviewView(Long id, ReviewDecision decision, Level fromLevel, Level toLevel, List<String> categories,
                             String justification, ReviewState state, Long revisionId, String reviewer,
                             Instant decidedAt, String secondReviewer, String secondJustification,
                             Instant secondDecidedAt) {

        public static ReviewView of(Review r) {
            return r == null ? null : new ReviewView(r.id, r.decision, r.fromLevel, r.toLevel,
                    List.copyOf(r.categories), r.justification, r.state, r.revisionId, r.reviewer, r.decidedAt,
                    r.secondReviewer, r.secondJustification, r.secondDecidedAt);
        }
    }

    public record LineageView(List<Link> sources, List<Link> derived, Level floor) {
    }

    public record Link(UUID assetId, String name, Level level, LineageMethod method) {
    }

    /** What accepting the proposal would change. */
    public record ProposalDiff(Long revisionId, Level currentLevel, Level proposedLevel, List<String> addedCategories,
                               List<String> removedCategories, String currentRulePackVersion,
                               String proposedRulePackVersion, GradingTrigger trigger, Instant gradedAt) {
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.domain.GradeFlag;
import cn.energydata.catalog.domain.GradingRevision;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.QueueRank;
import cn.energydata.catalog.domain.Review;
import cn.energydata.catalog.domain.ReviewClaim;
import cn.energydata.catalog.domain.ReviewDecision;
import cn.energydata.catalog.domain.ReviewState;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.GradingRevisionRepository;
import cn.energydata.catalog.repository.ReviewRepository;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review workflow: four eyes (never your own registration), a second reviewer for lowering a CORE grade,
 * optimistic concurrency (the version the reviewer saw), the lineage floor, and proposals that only a reviewer
 * turns into the asset's grade.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Tenancy tenancy;

    @Inject
    AssetRepository assets;

    @Inject
    GradingRevisionRepository gradings;

    @Inject
    ReviewRepository reviews;

    @Inject
    LineageService lineage;

    @Inject
    AuditService audit;

    @Inject
    FilingService filing;

    @Inject
    ReviewClaimService claims;

    @Inject
    Clock clock;

    public record Outcome(AssetView asset, AssetDetail.ReviewView review) {
    }

    /** {@code claimedBy} and {@code claimExpiresAt} are null when nobody holds a live claim on the asset. */
    public record QueueEntry(AssetView asset, String reason, AssetDetail.ProposalDiff proposal, String claimedBy,
                             Instant claimExpiresAt) {
    }

    /** {@code next} is the {@code after} of the following page (keyset), null on the last page. */
    public record Queue(List<QueueEntry> items, int page, int size, long total, String next) {
    }

    @Transactional
    public Outcome review(UUID id, ReviewRequest request) {
        return review(lockForReview(id, request.version()), request);
    }

    /**
     * A CONFIRM of an asset awaiting its first review (status PROPOSED), as {@link #review(UUID, ReviewRequest)} with
     * the version locked now: one asset of a bulk confirmation, in a transaction of its own.
     */
    @Transactional
    public Outcome confirmProposed(UUID id, String justification) {
        Asset asset = lockForReview(id, null);
        if (asset.status != AssetStatus.PROPOSED) {
            throw new ProblemException(409, "not-awaiting-review", "Conflict",
                    "Only an asset awaiting its first review (PROPOSED) can be confirmed in bulk; this one is "
                            + asset.status + ".");
        }
        return review(asset, new ReviewRequest(ReviewDecision.CONFIRM, null, null, justification, asset.version,
                null, null));
    }

    private Outcome review(Asset asset, ReviewRequest request) {
        Level target;
        List<String> categories;
        if (request.decision() == ReviewDecision.CONFIRM) {
            if (asset.level == null) {
                throw ProblemException.conflict("The asset has no grade to confirm yet; override it with a level.");
            }
            target = asset.level;
            categories = new ArrayList<>(asset.categories);
        } else if (request.decision() == ReviewDecision.OVERRIDE) {
            if (request.level() == null) {
                throw new ProblemException(400, "validation", "Invalid request", "Invalid value for: level",
                        List.of(new cn.energydata.common.problem.Problem.FieldError("level",
                                "must not be null when overriding")));
            }
            target = request.level();
            categories = request.categories() == null ? new ArrayList<>(asset.categories)
                    : new ArrayList<>(request.categories());
        } else {
            throw ProblemException.badRequest("Use the proposal endpoint to accept or reject a proposal.");
        }
        List<String> flags = reviewerFlags(asset, request);
        checkLineageFloor(asset, target, request.lineageJustification());
        Review review = newReview(asset, request.decision(), target, categories, request.justification(), null);
        review.flags = flags;
        return decide(asset, review);
    }

    @Transactional
    public Outcome decideProposal(UUID id, long revisionId, ProposalDecisionRequest request) {
        Asset asset = lockForReview(id, request.version());
        GradingRevision proposal = gradings.openProposal(id).filter(p -> p.id == revisionId)
                .orElseThrow(() -> ProblemException.notFound("Open proposal " + revisionId));
        if (!request.accept()) {
            proposal.reject();
            Review review = newReview(asset, ReviewDecision.REJECT_PROPOSAL, asset.level, asset.categories,
                    request.justification(), proposal.id);
            review.state = ReviewState.APPLIED;
            reviews.persist(review);
            refreshQueue(asset);
            touch(asset);
            audit.record(asset.organisation, review.reviewer, "PROPOSAL_REJECTED", id,
                    AuditDetail.of("revision", proposal.id, "proposedLevel", proposal.level));
            return new Outcome(AssetView.of(asset), AssetDetail.ReviewView.of(review));
        }
        checkLineageFloor(asset, proposal.level, null);
        Review review = newReview(asset, ReviewDecision.ACCEPT_PROPOSAL, proposal.level, proposal.categories,
                request.justification(), proposal.id);
        return decide(asset, review);
    }

    @Transactional
    public Outcome secondReview(UUID id, long reviewId, SecondReviewRequest request) {
        Asset asset = lockForReview(id, request.version());
        Review first = reviews.awaitingSecondReview(id).filter(r -> r.id == reviewId)
                .orElseThrow(() -> ProblemException.notFound("Review " + reviewId + " awaiting a second reviewer"));
        String reviewer = tenancy.username();
        if (reviewer.equals(first.reviewer)) {
            throw new ProblemException(403, "second-reviewer-required", "Forbidden",
                    "Lowering a CORE grade needs a second reviewer other than " + first.reviewer + ".");
        }
        first.secondReviewer = reviewer;
        first.secondJustification = request.justification();
        first.secondDecidedAt = Timestamps.now(clock);
        if (!request.approve()) {
            first.state = ReviewState.REJECTED;
            refreshQueue(asset);
            touch(asset);
            audit.record(asset.organisation, reviewer, "DOWNGRADE_REJECTED", id, AuditDetail.of("review", first.id));
            return new Outcome(AssetView.of(asset), AssetDetail.ReviewView.of(first));
        }
        apply(asset, first);
        audit.record(asset.organisation, reviewer, "DOWNGRADE_APPROVED", id,
                AuditDetail.of("review", first.id, "level", first.toLevel));
        return new Outcome(AssetView.of(asset), AssetDetail.ReviewView.of(first));
    }

    @Transactional
    public Queue queue(int page, int size, String after) {
        String org = tenancy.organisation();
        AssetRepository.QueuePosition from = null;
        if (after != null) {
            List<String> keys = PageCursor.decode(after, 3);
            from = new AssetRepository.QueuePosition(Cursors.rank(keys.get(0)), Cursors.instant(keys.get(1)),
                    Cursors.uuid(keys.get(2)));
        }
        List<Asset> waiting = assets.reviewQueue(org, page, size, from);
        List<UUID> ids = waiting.stream().map(a -> a.id).toList();
        Map<UUID, GradingRevision> proposals = gradings.openProposals(ids).stream()
                .collect(Collectors.toMap(p -> p.assetId, p -> p, (a, b) -> a.id > b.id ? a : b));
        Set<UUID> secondReview = new HashSet<>(reviews.awaitingSecondReview(ids));
        Map<UUID, ReviewClaim> claimed = claims.liveClaims(ids);
        List<QueueEntry> entries = waiting.stream()
                .map(a -> entry(a, proposals.get(a.id), secondReview.contains(a.id), claimed.get(a.id))).toList();
        Asset last = waiting.size() == size ? waiting.get(size - 1) : null;
        String next = last == null ? null : PageCursor.encode(last.queueRank, last.registeredAt, last.id);
        long total = after == null ? AssetRepository.knownTotal((long) page * size, waiting.size(), size) : -1;
        return new Queue(entries, page, size, total >= 0 ? Math.min(total, AssetRepository.COUNT_LIMIT)
                : assets.reviewQueueSize(org), next);
    }

    private static QueueEntry entry(Asset asset, GradingRevision openProposal, boolean awaitingSecondReview,
                                    ReviewClaim claim) {
        AssetDetail.ProposalDiff proposal = openProposal == null ? null : AssetService.diff(asset, openProposal);
        String reason;
        if (awaitingSecondReview) {
            reason = "SECOND_REVIEW";
        } else if (proposal != null) {
            reason = "PROPOSAL";
        } else if (asset.level == Level.CORE || asset.level == Level.IMPORTANT) {
            reason = asset.level.name();
        } else {
            reason = QueueRank.uncertain(asset) ? "UNCERTAIN" : "PROPOSED";
        }
        return new QueueEntry(AssetView.of(asset), reason, proposal, claim == null ? null : claim.claimedBy,
                claim == null ? null : claim.expiresAt);
    }

    /**
     * The flags an OVERRIDE sets, or null to keep the asset's. A reviewer cannot drop POSSIBLE_STATE_SECRET: only a
     * security-admin's record of the secrecy review clears it.
     */
    private static List<String> reviewerFlags(Asset asset, ReviewRequest request) {
        if (request.flags() == null) {
            return null;
        }
        if (request.decision() != ReviewDecision.OVERRIDE) {
            throw ProblemException.badRequest("flags can only be changed with decision OVERRIDE.");
        }
        List<String> flags = request.flags().stream().filter(Objects::nonNull).map(Enum::name).distinct()
                .toList();
        if (asset.hasFlag(GradeFlag.POSSIBLE_STATE_SECRET) && !flags.contains(GradeFlag.POSSIBLE_STATE_SECRET.name())) {
            throw new ProblemException(409, "secrecy-review-required", "Conflict",
                    "A review cannot remove the flag POSSIBLE_STATE_SECRET: the secrecy process decides, and a"
                            + " security-admin records its clearance (POST /api/assets/{id}/secrecy-review).");
        }
        return new ArrayList<>(flags);
    }

    private Asset lockForReview(UUID id, Long version) {
        Asset asset = tenancy.assetForUpdate(id);
        AssetService.requireActive(asset);
        Tenancy.checkVersion(asset, version);
        if (tenancy.username().equals(asset.registeredBy)) {
            throw new ProblemException(403, "four-eyes", "Forbidden",
                    "You registered this asset: another reviewer must review it.");
        }
        return asset;
    }

    private Review newReview(Asset asset, ReviewDecision decision, Level target, List<String> categories,
                             String justification, Long revisionId) {
        Review review = new Review();
        review.assetId = asset.id;
        review.decision = decision;
        review.fromLevel = asset.level;
        review.toLevel = target;
        review.categories = new ArrayList<>(categories);
        review.justification = justification;
        review.revisionId = revisionId;
        review.reviewer = tenancy.username();
        review.decidedAt = Timestamps.now(clock);
        return review;
    }

    private Outcome decide(Asset asset, Review review) {
        if (reviews.awaitingSecondReview(asset.id).isPresent()) {
            throw ProblemException.conflict("A CORE downgrade of this asset awaits a second reviewer.");
        }
        if (asset.level == Level.CORE && review.toLevel.isBelow(Level.CORE)) {
            review.state = ReviewState.AWAITING_SECOND_REVIEW;
            reviews.persist(review);
            asset.awaitSecondReview();
            touch(asset);
            audit.record(asset.organisation, review.reviewer, "DOWNGRADE_REQUESTED", asset.id,
                    AuditDetail.of("review", review.id, "from", review.fromLevel, "to", review.toLevel));
            return new Outcome(AssetView.of(asset), AssetDetail.ReviewView.of(review));
        }
        apply(asset, review);
        audit.record(asset.organisation, review.reviewer, "REVIEWED", asset.id, AuditDetail.of("review", review.id,
                "decision", review.decision, "from", review.fromLevel, "to", review.toLevel, "flags", asset.flags));
        return new Outcome(AssetView.of(asset), AssetDetail.ReviewView.of(review));
    }

    /** Makes a reviewer's decision the asset's grade, as a REVIEWER revision. */
    private void apply(Asset asset, Review review) {
        review.state = ReviewState.APPLIED;
        if (review.id == null) {
            reviews.persist(review);
        }
        GradingRevision proposal = review.revisionId == null ? null : gradings.findById(review.revisionId);
        gradings.persist(asset.applyReview(review, proposal, Timestamps.now(clock)));
        filing.noteChange(asset);
        refreshQueue(asset);
        touch(asset);
    }

    private void refreshQueue(Asset asset) {
        asset.refreshQueue(gradings.openProposal(asset.id).isPresent(),
                reviews.awaitingSecondReview(asset.id).isPresent());
        if (!asset.awaitingReview) {
            claims.forget(asset.id);
        }
    }

    /** Bumps the version even when only related rows changed, so a concurrent reviewer gets a 409. */
    private void touch(Asset asset) {
        asset.touch(tenancy.username(), Timestamps.now(clock));
        assets.flush();
    }

    private void checkLineageFloor(Asset asset, Level target, String justification) {
        Level floor = lineage.strictFloor(asset);
        if (floor == null || !target.isBelow(floor)) {
            return;
        }
        boolean derivativeMayGoLower = lineage.mayGoBelowSources(asset, target);
        if (derivativeMayGoLower && justification != null && !justification.isBlank()) {
            asset.lineageException = justification;
            asset.lineageExceptionBy = tenancy.username();
            return;
        }
        if (derivativeMayGoLower && asset.lineageException != null) {
            return;
        }
        throw new ProblemException(409, "lineage-floor", "Conflict",
                "A derived asset is graded at least as high as its sources (" + floor + "). Only a derivative"
                        + " that was de-identified or aggregated into statistics may go lower, with a"
                        + " lineageJustification.");
    }
}

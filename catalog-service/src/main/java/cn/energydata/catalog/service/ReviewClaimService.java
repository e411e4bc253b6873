package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.ReviewClaim;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.ReviewClaimRepository;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reviewers' claims on review-queue items (issue 15): a claim tells the others someone is on the asset until it
 * expires; it does not stop anyone from deciding. The asset row is locked while claiming, so two reviewers claiming at
 * once are served one after the other and the second gets a 409.
 */
@ApplicationScoped
public class ReviewClaimService {

    public record ClaimView(UUID assetId, String claimedBy, Instant claimedAt, Instant expiresAt) {
        static ClaimView of(ReviewClaim claim) {
            return new ClaimView(claim.assetId, claim.claimedBy, claim.claimedAt, claim.expiresAt);
        }
    }

    @Inject
    Tenancy tenancy;

    @Inject
    ReviewClaimRepository claims;

    @Inject
    AuditService audit;

    @Inject
    CatalogConfig config;

    @Inject
    Clock clock;

    /** Claims the asset for the caller, or extends the caller's own claim; 409 when another reviewer holds it. */
    @Transactional
    public ClaimView claim(UUID assetId) {
        Asset asset = queuedAsset(assetId);
        String reviewer = tenancy.username();
        Instant now = Timestamps.now(clock);
        ReviewClaim claim = claims.findById(assetId);
        if (claim != null && claim.isLiveAt(now) && !claim.claimedBy.equals(reviewer)) {
            throw new ClaimedException(claim.claimedBy);
        }
        boolean extended = claim != null && claim.isHeldBy(reviewer, now);
        boolean fresh = claim == null;
        if (fresh) {
            claim = new ReviewClaim();
            claim.assetId = assetId;
        }
        if (!extended) {
            claim.claimedBy = reviewer;
            claim.claimedAt = now;
        }
        claim.expiresAt = now.plus(config.review().claimTtl());
        if (fresh) {
            claims.persist(claim);
        }
        audit.record(asset.organisation, reviewer, "REVIEW_CLAIMED", assetId,
                AuditDetail.of("expiresAt", claim.expiresAt.toString(), "extended", extended));
        return ClaimView.of(claim);
    }

    /** Releases the caller's own claim; nothing to do when there is none (or it expired); 409 when another's. */
    @Transactional
    public void release(UUID assetId) {
        Asset asset = tenancy.assetForUpdate(assetId);
        String reviewer = tenancy.username();
        Instant now = Timestamps.now(clock);
        ReviewClaim claim = claims.findById(assetId);
        if (claim == null || !claim.isLiveAt(now)) {
            return;
        }
        if (!claim.claimedBy.equals(reviewer)) {
            throw new ClaimedException(claim.claimedBy);
        }
        claims.delete(claim);
        audit.record(asset.organisation, reviewer, "REVIEW_RELEASED", assetId, AuditDetail.of());
    }

    /** The live claims on these assets, by asset. */
    public Map<UUID, ReviewClaim> liveClaims(Collection<UUID> assetIds) {
        return claims.live(assetIds, Timestamps.now(clock)).stream()
                .collect(Collectors.toMap(c -> c.assetId, c -> c));
    }

    /** Drops the claim on an asset that left the review queue: it would otherwise greet the asset's next review. */
    public void forget(UUID assetId) {
        claims.deleteById(assetId);
    }

    private Asset queuedAsset(UUID assetId) {
        Asset asset = tenancy.assetForUpdate(assetId);
        if (!asset.awaitingReview) {
            throw new ProblemException(409, "not-awaiting-review", "Conflict",
                    "Only an asset in the review queue can be claimed.");
        }
        if (tenancy.username().equals(asset.registeredBy)) {
            throw new ProblemException(403, "four-eyes", "Forbidden",
                    "You registered this asset: another reviewer must review it.");
        }
        return asset;
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.GradeFlag;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.common.hash.Sha256;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Records that the secrecy review cleared an asset flagged POSSIBLE_STATE_SECRET (issue 13 item 6). The flag stays
 * on the asset; policy-service reads the clearance ({@code secrecyReview}) and stops denying. Audit action
 * {@code SECRECY_REVIEW_CLEARED} with the reference and a hash of the justification (the text stays on the asset).
 */
@ApplicationScoped
public class SecrecyReviewService {

    @Inject
    Tenancy tenancy;

    @Inject
    AssetRepository assets;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public AssetView clear(UUID id, SecrecyReviewRequest request) {
        Asset asset = tenancy.assetForUpdate(id);
        AssetService.requireActive(asset);
        Tenancy.checkVersion(asset, request.version());
        if (!asset.hasFlag(GradeFlag.POSSIBLE_STATE_SECRET)) {
            throw new ProblemException(409, "not-flagged", "Conflict",
                    "The asset is not flagged POSSIBLE_STATE_SECRET: there is no secrecy review to record.");
        }
        asset.secrecyReference = request.reference().trim();
        asset.secrecyJustification = request.justification();
        asset.secrecyClearedBy = tenancy.username();
        asset.secrecyClearedAt = Timestamps.now(clock);
        asset.touch(asset.secrecyClearedBy, asset.secrecyClearedAt);
        assets.flush();
        audit.record(asset.organisation, asset.secrecyClearedBy, "SECRECY_REVIEW_CLEARED", asset.id,
                AuditDetail.of("reference", asset.secrecyReference,
                        "justificationSha256", Sha256.hex(request.justification())));
        return AssetView.of(asset);
    }
}

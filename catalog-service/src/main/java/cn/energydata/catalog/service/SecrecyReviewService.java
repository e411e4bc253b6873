package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.GradeFlag;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        asset.secrecyClearedAt = AssetRepository.now();
        asset.updatedBy = asset.secrecyClearedBy;
        asset.updatedAt = asset.secrecyClearedAt;
        assets.flush();
        audit.record(asset.organisation, asset.secrecyClearedBy, "SECRECY_REVIEW_CLEARED", asset.id,
                AuditDetail.of("reference", asset.secrecyReference,
                        "justificationSha256", sha256(request.justification())));
        return AssetView.of(asset);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

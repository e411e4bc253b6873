package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.domain.AssetType;
import cn.energydata.catalog.domain.DiscoveryOrigin;
import cn.energydata.catalog.domain.EnergyActivity;
import cn.energydata.catalog.domain.Level;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An asset as the API shows it (no content, no spool path). {@code missingFilingFields} lists what an important or
 * core asset still lacks for the catalogue ({@link FilingFields}); {@code refilingDueBy} is the date by which a change
 * of a filed entry must be filed ({@link FilingService}); {@code discovery} where discovery-service found it.
 */
public record AssetView(UUID id, String organisation, String name, String description, AssetType type,
                        String ownerDepartment, String ownerContact, EnergyActivity energyActivity, String system,
                        String storageLocation, List<String> storageRegions, String format, AssetRequest.Volume volume,
                        List<String> provinces, String purpose, boolean shared, String sharingDetails,
                        boolean crossBorder, String securityMeasures, AssetStatus status, Level level,
                        List<String> categories, boolean needsReview, String extractionStatus, Content content,
                        String rulePackVersion, boolean gradingPending, boolean regradeDue, boolean awaitingReview,
                        String lineageException, String registeredBy, Instant registeredAt, String updatedBy,
                        Instant updatedAt, Instant retiredAt, String retireReason, long version,
                        List<String> flags, SecrecyReview secrecyReview, List<String> missingFilingFields,
                        LocalDate refilingDueBy, String refilingReason, Discovery discovery,
                        GradingFailure gradingFailure) {

    /**
     * Why the last grading failed for good (CLASSIFIER_REJECTED, SPOOL_EXPIRED, SPOOL_UNREADABLE) and when; null once a
     * grading succeeds. Upload again (or grade the descriptor), or retire the asset.
     */
    public record GradingFailure(String reason, Instant at) {

        static GradingFailure of(Asset a) {
            return a.gradingFailedAt == null ? null : new GradingFailure(a.gradingFailedReason, a.gradingFailedAt);
        }
    }

    /** Where discovery-service found the asset (null for assets registered by people). */
    public record Discovery(UUID sourceId, String sourceName, String kind, String location, String key,
                            Instant lastSeenAt) {

        static Discovery of(Asset a) {
            DiscoveryOrigin d = a.discovery;
            return d == null || d.sourceId == null ? null
                    : new Discovery(d.sourceId, d.sourceName, d.sourceKind, d.location, d.key, d.lastSeenAt);
        }
    }

    public record Content(String sha256, String contentType, Long sizeBytes) {
    }

    /** A security-admin's record that the secrecy review cleared a possible state secret. */
    public record SecrecyReview(boolean cleared, String reference, String justification, String by, Instant at) {

        static SecrecyReview of(Asset a) {
            return a.secrecyClearedAt == null ? null
                    : new SecrecyReview(true, a.secrecyReference, a.secrecyJustification, a.secrecyClearedBy,
                    a.secrecyClearedAt);
        }
    }

    public static AssetView of(Asset a) {
        Content content = a.contentSha256 == null ? null : new Content(a.contentSha256, a.contentType, a.contentSize);
        return new AssetView(a.id, a.organisation, a.name, a.description, a.assetType, a.ownerDepartment,
                a.ownerContact, a.energyActivity, a.systemName, a.storageLocation, List.copyOf(a.storageRegions),
                a.format, new AssetRequest.Volume(a.volumeBytes, a.volumeRecords, a.distinctPersons),
                List.copyOf(a.provinces), a.purpose, a.shared, a.sharingDetails, a.crossBorder, a.securityMeasures,
                a.status, a.level, List.copyOf(a.categories), a.needsReview, a.extractionStatus, content,
                a.rulePackVersion, a.pendingSince != null, a.regradeDue, a.awaitingReview, a.lineageException,
                a.registeredBy, a.registeredAt, a.updatedBy, a.updatedAt, a.retiredAt, a.retireReason, a.version,
                List.copyOf(a.flags), SecrecyReview.of(a), FilingFields.missing(a), a.refilingDueOn,
                a.refilingReason, Discovery.of(a), GradingFailure.of(a));
    }
}

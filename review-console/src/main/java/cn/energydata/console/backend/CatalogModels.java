package cn.energydata.console.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.qute.TemplateData;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The console's own copies of catalog-service's API records (catalog-service/.../service/AssetView, AssetDetail,
 * ReviewService, AuditService, ExportService). Enums are plain strings and unknown fields are ignored, so a
 * catalog that adds a value or a field does not break a page.
 */
public final class CatalogModels {

    /** The catalog's filing calendar ({@code catalog.export.zone}). */
    public static final ZoneId FILING_ZONE = ZoneId.of("Asia/Shanghai");

    private CatalogModels() {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String sha256, String contentType, Long sizeBytes) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Volume(Long bytes, Long records, Long distinctPersons) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Asset(String id, String organisation, String name, String description, String type,
                        String ownerDepartment, String ownerContact, String energyActivity, String system,
                        String storageLocation, List<String> storageRegions, String format, Volume volume,
                        List<String> provinces, String purpose, boolean shared, String sharingDetails,
                        boolean crossBorder, String securityMeasures, String status, String level,
                        List<String> categories, boolean needsReview, String extractionStatus, Content content,
                        String rulePackVersion, boolean gradingPending, boolean regradeDue, boolean awaitingReview,
                        String lineageException, String registeredBy, Instant registeredAt, String updatedBy,
                        Instant updatedAt, Instant retiredAt, String retireReason, long version,
                        List<String> flags, SecrecyReview secrecyReview, List<String> missingFilingFields,
                        LocalDate refilingDueBy, String refilingReason, DiscoveryOrigin discovery) {

        public static final String POSSIBLE_STATE_SECRET = "POSSIBLE_STATE_SECRET";

        public List<String> storageRegionList() {
            return storageRegions == null ? List.of() : storageRegions;
        }

        /** The filing fields an important or core asset still lacks (catalog FilingFields), by their API names. */
        public List<String> missingFilingList() {
            return missingFilingFields == null ? List.of() : missingFilingFields;
        }

        /** The catalog lists this filing field as missing. */
        public boolean missingFiling(String field) {
            return missingFilingList().contains(field);
        }

        public boolean isFilingIncomplete() {
            return !missingFilingList().isEmpty();
        }

        /** The re-filing due date has passed (the catalog counts days in Asia/Shanghai). */
        public boolean isRefilingOverdue() {
            return refilingDueBy != null && refilingDueBy.isBefore(LocalDate.now(FILING_ZONE));
        }

        public List<String> categoryList() {
            return categories == null ? List.of() : categories;
        }

        public List<String> provinceList() {
            return provinces == null ? List.of() : provinces;
        }

        /** The flags of the grade in force (issue 13), as the catalog keeps them. */
        public List<String> flagList() {
            return flags == null ? List.of() : flags;
        }

        public boolean isPossibleStateSecret() {
            return flagList().contains(POSSIBLE_STATE_SECRET);
        }

        public boolean isSecrecyCleared() {
            return secrecyReview != null && secrecyReview.cleared();
        }

        /** Flagged POSSIBLE_STATE_SECRET and not cleared: the policy service denies all but the owner's VIEW. */
        public boolean isAwaitingSecrecyReview() {
            return isPossibleStateSecret() && !isSecrecyCleared();
        }
    }

    /** A security-admin's record that the secrecy review cleared a possible state secret (catalog AssetView). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SecrecyReview(boolean cleared, String reference, String justification, String by, Instant at) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SearchPage(List<Asset> items, int page, int size, long total, boolean totalExact)
            implements Paged<Asset> {
    }

    /** Assets registered in one month ({@code 2026-11}) and how many of them are important or core now. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MonthCount(String month, long registered, long important, long core) {
    }

    /** Assets of one department or province: all of them, and the important and core ones. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyCount(String key, long total, long important, long core) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statistics(long total, Map<String, Long> byLevel, Map<String, Long> byStatus,
                             Map<String, Long> byCategory, List<MonthCount> byMonth, List<KeyCount> byDepartment,
                             List<KeyCount> byProvince) {

        public long level(String level) {
            return byLevel == null ? 0 : byLevel.getOrDefault(level, 0L);
        }

        public long status(String status) {
            return byStatus == null ? 0 : byStatus.getOrDefault(status, 0L);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(String path, Integer page, String sheet, Integer row, String column, Integer line,
                           Integer start, Integer end) {

        /** One known part of a location: kind path, page, sheet, row, column or line. */
        @TemplateData
        public record Part(String kind, String value) {
        }

        /**
         * The parts that are known, in reading order (the page words each kind in the user's language). Character
         * offsets are left out: they mean nothing to a reader (issue 15).
         */
        public List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            if (path != null && !path.isBlank()) {
                parts.add(new Part("path", path));
            }
            if (page != null) {
                parts.add(new Part("page", page.toString()));
            }
            if (sheet != null) {
                parts.add(new Part("sheet", sheet));
            }
            if (row != null) {
                parts.add(new Part("row", row.toString()));
            }
            if (column != null) {
                parts.add(new Part("column", column));
            }
            if (line != null) {
                parts.add(new Part("line", line.toString()));
            }
            return parts;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleId, String ruleVersion, String category, Location location, String maskedSnippet,
                          Double scoreAfter, String validatorResult) {

        public List<Location.Part> where() {
            return location == null ? List.of() : location.parts();
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String level, String source, String ref, String explanation, String explanationZh) {

        /** The explanation in the user's language where the classifier gave one. */
        public String explanationIn(boolean zh) {
            return zh && explanationZh != null && !explanationZh.isBlank() ? explanationZh : explanation;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String id, String name, String group, boolean sensitive, boolean minors, String level,
                           Long count, Long distinctSubjects) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Subjects(Long persons, Long minors, Long children) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Extraction(String status, String reason, Integer embeddedDocuments, Long characters) {
    }

    /** The masked evidence the catalog keeps with a grading revision (GradingService#evidence). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String classifierLevel, String levelBasis, String lineageFloor, List<Reason> reasons,
                           List<Category> categories, Subjects subjects, Extraction extraction, Integer findingCount,
                           List<Finding> findings) {

        public List<Reason> reasonList() {
            return reasons == null ? List.of() : reasons;
        }

        public List<Finding> findingList() {
            return findings == null ? List.of() : findings;
        }

        public List<Category> categoryList() {
            return categories == null ? List.of() : categories;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grading(Long id, String level, List<String> categories, List<String> flags, boolean needsReview,
                          String extractionStatus, Evidence evidence, String rulePackVersion, String rulePackHash,
                          String contentSha256, String contentType, Long contentSize, String source, String trigger,
                          String proposalStatus, Instant gradedAt, String gradedBy) {

        public List<String> flagList() {
            return flags == null ? List.of() : flags;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewView(Long id, String decision, String fromLevel, String toLevel, List<String> categories,
                             String justification, String state, Long revisionId, String reviewer, Instant decidedAt,
                             String secondReviewer, String secondJustification, Instant secondDecidedAt) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(String assetId, String name, String level, String method) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lineage(List<Link> sources, List<Link> derived, String floor) {

        public List<Link> sourceList() {
            return sources == null ? List.of() : sources;
        }

        public List<Link> derivedList() {
            return derived == null ? List.of() : derived;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProposalDiff(Long revisionId, String currentLevel, String proposedLevel,
                               List<String> addedCategories, List<String> removedCategories,
                               String currentRulePackVersion, String proposedRulePackVersion, String trigger,
                               Instant gradedAt) {

        public List<String> added() {
            return addedCategories == null ? List.of() : addedCategories;
        }

        public List<String> removed() {
            return removedCategories == null ? List.of() : removedCategories;
        }

        public boolean levelChanges() {
            return currentLevel == null ? proposedLevel != null : !currentLevel.equals(proposedLevel);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssetDetail(Asset asset, List<Grading> gradings, List<ReviewView> reviews, Lineage lineage,
                              ProposalDiff openProposal, ReviewView awaitingSecondReview) {

        public List<Grading> gradingList() {
            return gradings == null ? List.of() : gradings;
        }

        /** Newest first (the catalog lists them in the order they were made). */
        public List<Grading> gradingsNewestFirst() {
            List<Grading> list = new ArrayList<>(gradings == null ? List.of() : gradings);
            Collections.reverse(list);
            return list;
        }

        public List<ReviewView> reviewsNewestFirst() {
            List<ReviewView> list = new ArrayList<>(reviews == null ? List.of() : reviews);
            Collections.reverse(list);
            return list;
        }

        /**
         * The evidence behind the current grade: the newest grading with evidence that is not an open, rejected
         * or superseded proposal. A reviewer's decision adds a revision without evidence (trigger REVIEW); the
         * classifier's evidence it decided on stays the one to show.
         */
        public Grading current() {
            for (Grading g : gradingsNewestFirst()) {
                if (g.evidence() != null && (g.proposalStatus() == null || "ACCEPTED".equals(g.proposalStatus())
                        || "NO_CHANGE".equals(g.proposalStatus()))) {
                    return g;
                }
            }
            return null;
        }

        /**
         * Registered and never graded, and no grading pending: the grading failed (the catalog refused the file, the
         * classifier rejected it) or never ran. The catalog keeps no failure record, so this is all the page knows.
         */
        public boolean isUngraded() {
            return asset != null && "REGISTERED".equals(asset.status()) && !asset.gradingPending()
                    && (gradings == null || gradings.isEmpty());
        }

        public Lineage lineageOrEmpty() {
            return lineage == null ? new Lineage(List.of(), List.of(), null) : lineage;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QueueEntry(Asset asset, String reason, ProposalDiff proposal, String claimedBy,
                             Instant claimExpiresAt) {

        /** Someone holds a live claim (an older catalog sends neither field). */
        public boolean isClaimed() {
            return claimedBy != null && claimExpiresAt != null;
        }
    }

    /** A reviewer's claim on a queue item (catalog {@code POST /api/review-queue/{assetId}/claim}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String assetId, String claimedBy, Instant claimedAt, Instant expiresAt) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Queue(List<QueueEntry> items, int page, int size, long total) implements Paged<QueueEntry> {

        /** The 1-based rank in the whole queue of the {@code count}-th entry of this page. */
        public long position(int count) {
            return (long) page * size + count;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(Asset asset, ReviewView review) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(String organisation, long records, boolean valid, Long brokenAtSeq, String problem) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExportSummary(String id, String format, int entries, int refiling, String exportedBy,
                                Instant exportedAt, int filed, int incomplete, int defiling, boolean downloadable) {
    }

    /**
     * {@code GET /api/exports/refiling-due} (catalog ExportService.RefilingDue): a filed asset whose change
     * (REFILING_REQUIRED or DEFILING) is not filed yet, with the date it must be filed by.
     */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RefilingDue(String assetId, String name, String level, String filedLevel, String status,
                              String filing, String reason, Instant changedAt, LocalDate dueBy, boolean overdue) {
    }

    /**
     * {@code PATCH /api/assets/{id}} (catalog FilingPatch): the filing fields; a field left out (null) stays as it
     * is, an empty text or list clears it; {@code version} is the asset version the person saw.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FilingPatch(Long version, String system, String format, String storageLocation,
                              List<String> storageRegions, List<String> provinces, Volume volume, String purpose,
                              Boolean shared, String sharingDetails, Boolean crossBorder, String securityMeasures) {
    }

    /**
     * {@code GET|PUT /api/organisation/profile} (catalog OrganisationProfileService.ProfileView): the organisation's
     * profile, whether it holds important or core data, and the required fields it lacks.
     */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationProfile(String organisation, String legalName, String uscc, String sector,
                                      String province, String filingAuthority, Boolean ciio,
                                      String dataSecurityOfficer, String dataSecurityBody, Instant updatedAt,
                                      String updatedBy, boolean holdsImportantData, List<String> missingFields) {

        public List<String> missingList() {
            return missingFields == null ? List.of() : missingFields;
        }

        /** Fail closed as the policy service does: a profile without {@code ciio} counts as a CIIO. */
        public boolean isTreatedAsCiio() {
            return ciio == null || ciio;
        }
    }

    /** {@code PUT /api/organisation/profile} (catalog ProfileRequest); left-out fields are named by its validation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileRequest(String legalName, String uscc, String sector, String province,
                                 String filingAuthority, Boolean ciio, String dataSecurityOfficer,
                                 String dataSecurityBody) {
    }

    /** {@code POST /api/assets/{id}/secrecy-review} (catalog SecrecyReviewRequest). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SecrecyReviewRequest(String reference, String justification, Long version) {
    }

    /** {@code POST /api/assets}: the registration fields the console's form offers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssetRequest(String name, String description, String type, String ownerDepartment,
                               String ownerContact, String energyActivity, String system, List<String> provinces,
                               String purpose) {
    }

    /**
     * {@code PUT /api/assets/{id}} (catalog AssetRequest): the whole descriptor, which replaces the stored one, and
     * the lineage ({@code derivedFrom}), which replaces the stored sources; {@code version} as the person saw it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssetUpdate(String name, String description, String type, String ownerDepartment,
                              String ownerContact, String energyActivity, String system, String storageLocation,
                              List<String> storageRegions, String format, Volume volume, List<String> provinces,
                              String purpose, boolean shared, String sharingDetails, boolean crossBorder,
                              String securityMeasures, List<LineageSource> derivedFrom, Long version) {
    }

    /** One source of an asset's lineage as the catalog takes it: the source asset and how this one came from it. */
    public record LineageSource(String assetId, String method) {
    }

    /** {@code POST /api/assets/{id}/retirement} (catalog AssetResource.Retire). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RetirementRequest(String reason, Long version) {
    }

    /** {@code POST /api/assets/{id}/reviews} (catalog ReviewRequest). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewRequest(String decision, String level, List<String> categories, String justification,
                                Long version, String lineageJustification) {
    }

    /** {@code POST /api/reviews/confirmations} (catalog BulkConfirmationRequest): at most 1 000 ids. */
    public record ConfirmationRequest(List<String> assetIds, String justification) {
    }

    /** The bulk confirmation's answer: each asset confirmed or refused on its own. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Confirmations(List<String> confirmed, List<ConfirmationRefusal> refused) {

        public List<String> confirmedList() {
            return confirmed == null ? List.of() : confirmed;
        }

        public List<ConfirmationRefusal> refusedList() {
            return refused == null ? List.of() : refused;
        }
    }

    /** One asset the catalog did not confirm, with the problem a single review would have answered. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConfirmationRefusal(String assetId, String type, String detail) {

        private static final java.util.Set<String> WORDED = java.util.Set.of("not-found", "four-eyes",
                "not-awaiting-review", "asset-retired", "conflict", "stale-version");

        /** The problem type's last segment ({@code urn:energy-data:problem:four-eyes} → four-eyes). */
        public String problem() {
            return type == null ? "" : type.substring(Math.max(type.lastIndexOf(':'), type.lastIndexOf('/')) + 1);
        }

        /** The console has words for this problem (otherwise the catalog's detail is shown). */
        public boolean isWorded() {
            return WORDED.contains(problem());
        }
    }

    /** {@code POST /api/assets/{id}/reviews/{reviewId}/second-review} (catalog SecondReviewRequest). */
    public record SecondReviewRequest(boolean approve, String justification, Long version) {
    }

    /** {@code POST /api/assets/{id}/proposals/{revisionId}/decision} (catalog ProposalDecisionRequest). */
    public record ProposalDecisionRequest(boolean accept, String justification, Long version) {
    }

    /** Where discovery found an asset (issue 16): the data source, the table or object key, when last seen. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiscoveryOrigin(String sourceId, String sourceName, String kind, String location, String key,
                                  Instant lastSeenAt) {
    }

    /** One record of the catalog's audit trail as listed (no raw content: as stored). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditRecord(Long id, Instant at, String actor, String onBehalfOf, String action, String assetId,
                              String assetName, String summary) {
    }

    /** A keyset page of audit records: {@code next} is the {@code after} of the following page (null: the last). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditPage(List<AuditRecord> items, String next) {

        public List<AuditRecord> itemList() {
            return items == null ? List.of() : items;
        }
    }

    /** The filters of the audit-record list ({@code from}/{@code to}: ISO dates or instants). */
    public record AuditFilter(String action, String actor, String assetId, String from, String to) {
    }
}

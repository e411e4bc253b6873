package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** A registered data asset: its descriptor, its current grade and the bookkeeping of the workflow. */
@Entity
@Table(name = "assets")
public class Asset extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisation;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type")
    public AssetType assetType;
    @Column(name = "owner_department")
    public String ownerDepartment;
    @Column(name = "owner_contact")
    public String ownerContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "energy_activity")
    public EnergyActivity energyActivity;
    @Column(name = "system_name")
    public String systemName;
    @Column(name = "storage_location")
    public String storageLocation;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "storage_regions", columnDefinition = "text[]")
    public List<String> storageRegions = new ArrayList<>();
    @Column(name = "data_format")
    public String format;
    @Column(name = "volume_bytes")
    public Long volumeBytes;
    @Column(name = "volume_records")
    public Long volumeRecords;
    @Column(name = "distinct_persons")
    public Long distinctPersons;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> provinces = new ArrayList<>();
    public String purpose;
    public boolean shared;
    @Column(name = "sharing_details")
    public String sharingDetails;
    @Column(name = "cross_border")
    public boolean crossBorder;
    @Column(name = "security_measures")
    public String securityMeasures;

    @Enumerated(EnumType.STRING)
    public AssetStatus status;
    @Enumerated(EnumType.STRING)
    public Level level;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> categories = new ArrayList<>();
    @Column(name = "needs_review")
    public boolean needsReview;
    @Column(name = "extraction_status")
    public String extractionStatus;
    @Column(name = "pi_persons")
    public Long piPersons;
    @Column(name = "pi_sensitive")
    public boolean piSensitive;
    @Column(name = "pi_minors")
    public Long piMinors;
    @Column(name = "pi_children")
    public Long piChildren;
    @Column(name = "content_sha256")
    public String contentSha256;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "content_size")
    public Long contentSize;
    @Column(name = "rule_pack_version")
    public String rulePackVersion;
    @Column(name = "rule_pack_hash")
    public String rulePackHash;
    @Column(name = "regrade_due")
    public boolean regradeDue;
    @Column(name = "awaiting_review")
    public boolean awaitingReview;
    @Column(name = "queue_rank")
    public short queueRank = 9;
    @Column(name = "spool_file")
    public String spoolFile;
    @Column(name = "pending_since")
    public Instant pendingSince;
    @Column(name = "lineage_exception")
    public String lineageException;
    @Column(name = "lineage_exception_by")
    public String lineageExceptionBy;
    @Column(name = "filed_fingerprint")
    public String filedFingerprint;
    @Column(name = "filed_scale")
    public Long filedScale;
    @Column(name = "filed_at")
    public Instant filedAt;
    /** The level the filing authority has on file (null when the asset is not filed). */
    @Enumerated(EnumType.STRING)
    @Column(name = "filed_level")
    public Level filedLevel;
    @Column(name = "filed_persons")
    public Long filedPersons;
    /** The first change since the last filing that the authority must be told about, and its due date. */
    @Column(name = "refiling_changed_at")
    public Instant refilingChangedAt;
    @Column(name = "refiling_due_on")
    public LocalDate refilingDueOn;
    @Column(name = "refiling_reason")
    public String refilingReason;
    /** The flags of the grade in force ({@link GradeFlag} names). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> flags = new ArrayList<>();
    /** Set when a security-admin records that the secrecy review cleared a possible state secret. */
    @Column(name = "secrecy_reference")
    public String secrecyReference;
    @Column(name = "secrecy_justification")
    public String secrecyJustification;
    @Column(name = "secrecy_cleared_by")
    public String secrecyClearedBy;
    @Column(name = "secrecy_cleared_at")
    public Instant secrecyClearedAt;
    /** Why the last grading failed (a {@link GradingFailure} name) and when; cleared by the next grade. */
    @Column(name = "grading_failed_reason")
    public String gradingFailedReason;
    @Column(name = "grading_failed_at")
    public Instant gradingFailedAt;
    /** Set on assets discovery-service created: where it found them (null for registered assets). */
    @Embedded
    public DiscoveryOrigin discovery;

    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
    @Column(name = "retired_by")
    public String retiredBy;
    @Column(name = "retire_reason")
    public String retireReason;

    @Version
    public long version;

    /** A new registration, ungraded; the descriptor is set by the caller. */
    public static Asset register(String organisation, String actor, Instant now) {
        Asset asset = new Asset();
        asset.id = UUID.randomUUID();
        asset.organisation = organisation;
        asset.status = AssetStatus.REGISTERED;
        asset.registeredBy = actor;
        asset.registeredAt = now;
        asset.touch(actor, now);
        return asset;
    }

    /** A new registration by discovery-service, found at {@code origin}, on behalf of {@code registeredBy}. */
    public static Asset discovered(String organisation, String registeredBy, String actor, DiscoveryOrigin origin,
                                   Instant now) {
        Asset asset = register(organisation, registeredBy, now);
        asset.discovery = origin;
        asset.touch(actor, now);
        return asset;
    }

    /** Discovery found the asset again. */
    public void seenByDiscovery(Instant now) {
        discovery.lastSeenAt = now;
    }

    /**
     * Whether an automatic grade would leave level, categories and flags as they are (flags after the sticky rule of
     * {@link GradeFlags#next}).
     */
    public boolean hasGrade(Level otherLevel, List<String> otherCategories, List<String> otherFlags) {
        return sameGrade(otherLevel, otherCategories, GradeFlags.next(flags, otherFlags));
    }

    /**
     * The classifier could not be reached: the asset waits for the background job (with its spooled upload, if
     * any). An asset a reviewer has decided keeps its status.
     */
    public void markPending(ContentFacts content, String spoolFile, String actor, Instant now) {
        this.spoolFile = spoolFile;
        pendingSince = now;
        if (content != null) {
            setContent(content);
        }
        if (!status.isHumanDecision()) {
            status = AssetStatus.GRADING_PENDING;
        }
        touch(actor, now);
    }

    /**
     * Grading failed for good (the classifier refused the input, or a spooled upload expired or could not be read):
     * the asset shows why until a new upload or grading succeeds. An asset that was waiting for content nobody graded
     * is left ungraded (handled as core), never with the grade of content it no longer holds; a reviewer's decision
     * stands.
     */
    public void failGrading(GradingFailure failure, String actor, Instant now) {
        boolean waitingForContent = status == AssetStatus.GRADING_PENDING;
        spoolFile = null;
        pendingSince = null;
        regradeDue = false;
        gradingFailedReason = failure.name();
        gradingFailedAt = now;
        if (waitingForContent) {
            status = AssetStatus.REGISTERED;
            level = null;
            categories = new ArrayList<>();
            needsReview = false;
            extractionStatus = null;
            awaitingReview = false;
        }
        touch(actor, now);
    }

    /**
     * Takes an automatic grade. Nobody has reviewed the asset: the grade becomes the asset's and awaits review.
     * A reviewer has decided: a different level, category set or flag set becomes an open proposal (the asset's grade
     * stays), the same grade is recorded as NO_CHANGE. Sets the revision's proposal status accordingly.
     */
    public GradeOutcome applyGrade(GradingRevision revision, PersonalInformation personalInformation,
                                   ContentFacts content) {
        GradeOutcome outcome;
        if (!status.isHumanDecision()) {
            level = revision.level;
            categories = new ArrayList<>(revision.categories);
            flags = GradeFlags.next(flags, revision.flags);
            needsReview = revision.needsReview;
            extractionStatus = revision.extractionStatus;
            setPersonalInformation(personalInformation);
            status = AssetStatus.PROPOSED;
            awaitingReview = true;
            queueRank = QueueRank.of(level, QueueRank.uncertain(this));
            outcome = GradeOutcome.APPLIED;
        } else if (sameGrade(revision.level, revision.categories, GradeFlags.next(flags, revision.flags))) {
            revision.proposalStatus = ProposalStatus.NO_CHANGE;
            outcome = GradeOutcome.NO_CHANGE;
        } else {
            revision.proposalStatus = ProposalStatus.OPEN;
            awaitingReview = true;
            queueRank = (short) Math.min(QueueRank.of(level, QueueRank.uncertain(this)),
                    QueueRank.of(revision.level, revision.needsReview));
            outcome = GradeOutcome.PROPOSED;
        }
        if (outcome != GradeOutcome.PROPOSED) {
            rulePackVersion = revision.rulePackVersion;
            rulePackHash = revision.rulePackHash;
        }
        if (content != null) {
            setContent(content);
        }
        regradeDue = false;
        pendingSince = null;
        spoolFile = null;
        gradingFailedReason = null;
        gradingFailedAt = null;
        touch(revision.gradedBy, revision.gradedAt);
        return outcome;
    }

    /**
     * Makes a reviewer's decision the asset's grade (CONFIRMED, or OVERRIDDEN when an override changed anything),
     * accepting the proposal it decides, if any.
     *
     * @return the REVIEWER revision that records it, to persist
     */
    public GradingRevision applyReview(Review review, GradingRevision acceptedProposal, Instant now) {
        List<String> next;
        if (review.flags != null) {
            next = GradeFlags.next(flags, review.flags);  // sticky even if raised while awaiting a 2nd review
        } else if (acceptedProposal != null) {
            next = GradeFlags.next(flags, acceptedProposal.flags);
        } else {
            next = new ArrayList<>(flags);
        }
        GradingRevision revision = GradingRevision.byReviewer(this, review, acceptedProposal, next, now);
        if (acceptedProposal != null) {
            acceptedProposal.accept();
            rulePackVersion = acceptedProposal.rulePackVersion;
            rulePackHash = acceptedProposal.rulePackHash;
            needsReview = acceptedProposal.needsReview;
            extractionStatus = acceptedProposal.extractionStatus;
        }
        boolean changed = review.toLevel != review.fromLevel
                || !new HashSet<>(review.categories).equals(new HashSet<>(categories)) || !GradeFlags.same(next, flags);
        status = review.decision == ReviewDecision.OVERRIDE && changed ? AssetStatus.OVERRIDDEN
                : AssetStatus.CONFIRMED;
        level = review.toLevel;
        categories = new ArrayList<>(review.categories);
        flags = next;
        return revision;
    }

    /** A CORE downgrade waits for a second reviewer, at the head of the queue. */
    public void awaitSecondReview() {
        awaitingReview = true;
        queueRank = QueueRank.SECOND_REVIEW;
    }

    /** Puts the asset in (or takes it out of) the review queue after a decision. */
    public void refreshQueue(boolean openProposal, boolean awaitingSecondReview) {
        awaitingReview = openProposal || awaitingSecondReview || status == AssetStatus.PROPOSED;
        queueRank = awaitingSecondReview ? QueueRank.SECOND_REVIEW : QueueRank.of(level, QueueRank.uncertain(this));
    }

    /** Soft delete: the asset and its history stay for audit. */
    public void retire(String actor, String reason, Instant now) {
        status = AssetStatus.RETIRED;
        retiredAt = now;
        retiredBy = actor;
        retireReason = reason;
        awaitingReview = false;
        regradeDue = false;
        touch(actor, now);
    }

    public void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    private boolean sameGrade(Level otherLevel, List<String> otherCategories, List<String> otherFlags) {
        return otherLevel == level && new HashSet<>(otherCategories).equals(new HashSet<>(categories))
                && GradeFlags.same(otherFlags, flags);
    }

    private void setContent(ContentFacts content) {
        contentSha256 = content.sha256();
        contentType = content.contentType();
        contentSize = content.size();
    }

    private void setPersonalInformation(PersonalInformation pi) {
        piPersons = pi.persons();
        piMinors = pi.minors();
        piChildren = pi.children();
        piSensitive = pi.sensitive();
    }

    public boolean hasFlag(GradeFlag flag) {
        return flags.contains(flag.name());
    }

    public boolean isRetired() {
        return status == AssetStatus.RETIRED;
    }
}

package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    public boolean hasFlag(GradeFlag flag) {
        return flags.contains(flag.name());
    }

    public boolean isRetired() {
        return status == AssetStatus.RETIRED;
    }
}

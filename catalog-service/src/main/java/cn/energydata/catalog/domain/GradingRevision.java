package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One grade given to an asset, automatic or by a reviewer. Never updated except for its proposal status. */
@Entity
@Table(name = "grading_revisions")
public class GradingRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "asset_id")
    public UUID assetId;
    @Enumerated(EnumType.STRING)
    public Level level;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> categories = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> flags = new ArrayList<>();
    @Column(name = "needs_review")
    public boolean needsReview;
    @Column(name = "extraction_status")
    public String extractionStatus;
    /** Masked evidence summary as JSON (findings with masked snippets, reasons); never raw values. */
    public String evidence;
    @Column(name = "rule_pack_version")
    public String rulePackVersion;
    @Column(name = "rule_pack_hash")
    public String rulePackHash;
    @Column(name = "content_sha256")
    public String contentSha256;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "content_size")
    public Long contentSize;
    @Enumerated(EnumType.STRING)
    public GradingSource source;
    @Enumerated(EnumType.STRING)
    public GradingTrigger trigger;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_status")
    public ProposalStatus proposalStatus;
    @Column(name = "graded_at")
    public Instant gradedAt;
    @Column(name = "graded_by")
    public String gradedBy;
}

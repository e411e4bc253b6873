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

    /** An automatic grade of an asset, from classifier-service, not yet persisted. */
    public static GradingRevision automatic(UUID assetId, AutomaticGrade grade, ContentFacts content,
                                            GradingTrigger trigger, String gradedBy, Instant at) {
        GradingRevision revision = new GradingRevision();
        revision.assetId = assetId;
        revision.level = grade.level();
        revision.categories = new ArrayList<>(grade.categories());
        revision.flags = grade.flags() == null ? new ArrayList<>() : new ArrayList<>(grade.flags());
        revision.needsReview = grade.needsReview();
        revision.extractionStatus = grade.extractionStatus();
        revision.evidence = grade.evidence();
        revision.rulePackVersion = grade.rulePackVersion();
        revision.rulePackHash = grade.rulePackHash();
        if (content != null) {
            revision.contentSha256 = content.sha256();
            revision.contentType = content.contentType();
            revision.contentSize = content.size();
        }
        revision.source = GradingSource.AUTOMATIC;
        revision.trigger = trigger;
        revision.gradedAt = at;
        revision.gradedBy = gradedBy;
        return revision;
    }

    /**
     * A reviewer's decision made the asset's grade: the rule pack and content of the accepted proposal, otherwise
     * those of the asset. Both reviewers are named when a second one approved.
     */
    public static GradingRevision byReviewer(Asset asset, Review review, GradingRevision acceptedProposal,
                                             List<String> flags, Instant at) {
        GradingRevision revision = new GradingRevision();
        revision.assetId = asset.id;
        revision.level = review.toLevel;
        revision.categories = new ArrayList<>(review.categories);
        revision.flags = new ArrayList<>(flags);
        revision.source = GradingSource.REVIEWER;
        revision.trigger = GradingTrigger.REVIEW;
        revision.gradedAt = at;
        revision.gradedBy = review.secondReviewer != null ? review.reviewer + "+" + review.secondReviewer
                : review.reviewer;
        GradingRevision basis = acceptedProposal;
        revision.rulePackVersion = basis != null ? basis.rulePackVersion : asset.rulePackVersion;
        revision.rulePackHash = basis != null ? basis.rulePackHash : asset.rulePackHash;
        revision.contentSha256 = basis != null ? basis.contentSha256 : asset.contentSha256;
        return revision;
    }

    public boolean isOpenProposal() {
        return proposalStatus == ProposalStatus.OPEN;
    }

    public void accept() {
        proposalStatus = ProposalStatus.ACCEPTED;
    }

    public void reject() {
        proposalStatus = ProposalStatus.REJECTED;
    }
}

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

/** A reviewer's decision on an asset's grade; a CORE downgrade waits for a second reviewer. */
@Entity
@Table(name = "reviews")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "asset_id")
    public UUID assetId;
    @Enumerated(EnumType.STRING)
    public ReviewDecision decision;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public Level fromLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public Level toLevel;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> categories = new ArrayList<>();
    /** The flags the reviewer set; null keeps the asset's flags. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> flags;
    public String justification;
    @Enumerated(EnumType.STRING)
    public ReviewState state;
    /** The proposal this review decides, for ACCEPT_PROPOSAL / REJECT_PROPOSAL. */
    @Column(name = "revision_id")
    public Long revisionId;
    public String reviewer;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "second_reviewer")
    public String secondReviewer;
    @Column(name = "second_justification")
    public String secondJustification;
    @Column(name = "second_decided_at")
    public Instant secondDecidedAt;
}

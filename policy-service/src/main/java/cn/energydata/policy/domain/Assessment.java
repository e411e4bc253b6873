package cn.energydata.policy.domain;

import cn.energydata.policy.engine.AssessmentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assessment on file for an organisation, for all its assets or for the listed ones. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;
    public String organisation;
    @Enumerated(EnumType.STRING)
    public AssessmentType type;
    public String reference;
    public String scope;
    /** Comma-separated asset ids the assessment covers; null for the whole organisation. */
    @Column(name = "asset_ids")
    public String assetIds;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}

package cn.energydata.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One logged decision (append-only). */
@Entity
@Table(name = "decision_log")
public class DecisionRecord {

    @Id
    public UUID id;
    @Column(name = "decided_at")
    public Instant decidedAt;
    public String requester;
    @Column(name = "requester_org")
    public String requesterOrg;
    @Column(name = "acting_client")
    public String actingClient;
    public String action;
    @Column(name = "asset_id")
    public String assetId;
    /** The asset's name in the catalog when it was decided (null when the catalog did not answer). */
    @Column(name = "asset_name")
    public String assetName;
    @Column(name = "asset_org")
    public String assetOrg;
    @Column(name = "asset_level")
    public String assetLevel;
    @Column(name = "effective_level")
    public String effectiveLevel;
    @Column(name = "asset_status")
    public String assetStatus;
    @Column(name = "asset_minors")
    public boolean assetMinors;
    public String destination;
    public String country;
    public String purpose;
    public String effect;
    @Column(name = "policy_ids")
    public String policyIds;
    public String reasons;
    /** The Chinese reasons, same order as {@link #reasons} (JSON; null in entries logged before they existed). */
    @Column(name = "reasons_zh")
    public String reasonsZh;
    public String obligations;
    @Column(name = "approval_id")
    public UUID approvalId;
    @Column(name = "exemption_type")
    public String exemptionType;
    @Column(name = "exemption_reason")
    public String exemptionReason;
    /** Whether the asset's organisation was treated as a CIIO (null for fail-closed decisions before the lookup). */
    public Boolean ciio;
}

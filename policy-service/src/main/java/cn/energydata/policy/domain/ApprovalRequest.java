package cn.energydata.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A request for approval created by an APPROVAL_REQUIRED decision; covers exactly that action once. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    @Id
    public UUID id;
    @Column(name = "created_at")
    public Instant createdAt;
    public String requester;
    @Column(name = "requester_org")
    public String requesterOrg;
    @Column(name = "asset_id")
    public String assetId;
    /** The asset's name in the catalog when the request was created. */
    @Column(name = "asset_name")
    public String assetName;
    @Column(name = "asset_org")
    public String assetOrg;
    @Column(name = "effective_level")
    public String effectiveLevel;
    public String action;
    public String destination;
    public String country;
    public String purpose;
    public boolean bulk;
    @Column(name = "decision_id")
    public UUID decisionId;
    @Column(name = "policy_ids")
    public String policyIds;
    @Enumerated(EnumType.STRING)
    public ApprovalStatus status;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "approver_comment")
    public String approverComment;
    @Column(name = "consumed_at")
    public Instant consumedAt;
    @Column(name = "consumed_by_decision")
    public UUID consumedByDecision;
    /** 2 when the decision carried dual control (core data): two different security-admins must approve. */
    @Column(name = "approvals_required")
    public int approvalsRequired = 1;
    @Column(name = "first_approver")
    public String firstApprover;
    @Column(name = "first_approved_at")
    public Instant firstApprovedAt;
    /** The art. 5 exemption the requester claimed, and why: the approver confirms the claim. */
    @Column(name = "exemption_type")
    public String exemptionType;
    @Column(name = "exemption_reason")
    public String exemptionReason;
}

package cn.energydata.policy.domain;

/** The life of an approval request: PENDING → APPROVED → CONSUMED (single use), or PENDING → REJECTED. */
public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED, CONSUMED
}

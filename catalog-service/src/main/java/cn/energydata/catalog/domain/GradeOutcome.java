package cn.energydata.catalog.domain;

/** What an automatic grade did to an asset, with the audit action that records it. */
public enum GradeOutcome {
    /** Nobody had reviewed the asset: the grade is applied and awaits review. */
    APPLIED("GRADED"),
    /** A reviewer had decided: the grade differs and becomes an open proposal. */
    PROPOSED("PROPOSAL_CREATED"),
    /** A reviewer had decided and the grade is the same: recorded, nothing to review. */
    NO_CHANGE("REGRADED_NO_CHANGE");

    private final String auditAction;

    GradeOutcome(String auditAction) {
        this.auditAction = auditAction;
    }

    public String auditAction() {
        return auditAction;
    }
}

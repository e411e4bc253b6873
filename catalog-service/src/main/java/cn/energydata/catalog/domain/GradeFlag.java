package cn.energydata.catalog.domain;

/** The classifier's flags on a grade (docs/service-contracts.md); the asset keeps those of its grade in force. */
public enum GradeFlag {
    /** Outside the energy data rules (other regulators): graded and visible, but not filed in the NEA catalogue. */
    OUT_OF_SCOPE,
    /** Possibly a state secret: only the secrecy process decides; actions are denied until it cleared the asset. */
    POSSIBLE_STATE_SECRET,
    NEEDS_REVIEW
}

package cn.energydata.catalog.domain;

/** Why grading an asset failed for good; the asset shows it until a new upload or grading succeeds. */
public enum GradingFailure {
    /** The classifier refused the input (415 unsupported type, 422 unreadable or empty content). */
    CLASSIFIER_REJECTED,
    /** The upload waited in the spool longer than {@code catalog.spool.max-age}: it was deleted ungraded. */
    SPOOL_EXPIRED,
    /** The spooled upload was missing or could not be decrypted (changed, truncated, another key). */
    SPOOL_UNREADABLE
}

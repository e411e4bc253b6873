package cn.energydata.policy.engine;

/**
 * Severity of a cybersecurity incident, in increasing order (the incident grading guide annexed to the Measures
 * for the reporting of national cybersecurity incidents, CAC 2025).
 */
public enum IncidentSeverity {
    /** 一般 */
    GENERAL,
    /** 较大 */
    LARGER,
    /** 重大 */
    MAJOR,
    /** 特别重大 */
    ESPECIALLY_MAJOR;

    public boolean atLeast(IncidentSeverity other) {
        return compareTo(other) >= 0;
    }
}

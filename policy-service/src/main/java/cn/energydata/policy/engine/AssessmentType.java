package cn.energydata.policy.engine;

/** Assessments a security-admin records; policies can require one to be valid on file. */
public enum AssessmentType {
    /** The yearly risk assessment of a holder of important or core data (Measures; NDSMR art. 33). */
    ANNUAL_RISK,
    /**
     * The CAC security assessment for data export: important data (NDSMR art. 37), a CIIO's personal information
     * and the thresholds of the Provisions on cross-border data flows (2024) art. 7; PIPL art. 40.
     */
    CAC_CROSS_BORDER,
    /** The prior risk assessment for providing data to another entity (Measures, 跨主体; NDSMR art. 31). */
    CROSS_ENTITY,
    /** The assessment before publishing important data ([default]). */
    PUBLICATION,
    /**
     * The personal-information protection impact assessment a processor makes beforehand (事前) when it provides
     * personal information to another processor, publishes it or sends it abroad (PIPL art. 55(3)/(4); report and
     * records kept ≥ 3 years, art. 56).
     */
    PI_IMPACT
}

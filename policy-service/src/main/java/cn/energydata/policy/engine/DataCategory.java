package cn.energydata.policy.engine;

/** The personal-information categories policies match on (PIPL art. 28 and 31). */
public enum DataCategory {
    PERSONAL_INFORMATION, SENSITIVE_PERSONAL_INFORMATION, MINORS_PERSONAL_INFORMATION
}

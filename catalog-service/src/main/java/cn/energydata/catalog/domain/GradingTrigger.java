package cn.energydata.catalog.domain;

/** Why a grading revision was produced. */
public enum GradingTrigger {
    UPLOAD, DESCRIPTOR, RETRY, RULE_PACK_CHANGE, REVIEW, DISCOVERY
}

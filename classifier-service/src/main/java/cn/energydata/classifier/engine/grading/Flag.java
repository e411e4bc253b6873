package cn.energydata.classifier.engine.grading;

import java.util.EnumSet;
import java.util.Set;

/**
 * Flags of a classification, in alphabetical order (the order they are listed in). Categories and thresholds may
 * raise all but NEEDS_REVIEW, which the grader sets: OUT_OF_SCOPE (other regulators), POSSIBLE_STATE_SECRET (route
 * to the secrecy process; adds NEEDS_REVIEW), PRODUCTION_CONTROL_ZONE (data of the power monitoring system's
 * production control zone, 安全Ⅰ/Ⅱ区: it stays there and crosses only through the isolation devices).
 */
public enum Flag {
    NEEDS_REVIEW, OUT_OF_SCOPE, POSSIBLE_STATE_SECRET, PRODUCTION_CONTROL_ZONE;

    /** The flags a rule pack or grading file may name. */
    public static final Set<Flag> RAISABLE = EnumSet.of(OUT_OF_SCOPE, POSSIBLE_STATE_SECRET, PRODUCTION_CONTROL_ZONE);

    /** The raisable flag of this name, or null. */
    public static Flag raisable(String name) {
        return RAISABLE.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}

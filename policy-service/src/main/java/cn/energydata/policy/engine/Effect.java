package cn.energydata.policy.engine;

/** A policy's effect, declared from least to most restrictive: the most restrictive matching one wins. */
public enum Effect {
    PERMIT, APPROVAL_REQUIRED, DENY;

    public boolean moreRestrictiveThan(Effect other) {
        return compareTo(other) > 0;
    }
}

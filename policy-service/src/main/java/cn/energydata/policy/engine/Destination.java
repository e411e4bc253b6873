package cn.energydata.policy.engine;

/** Where the data ends up. */
public enum Destination {
    SAME_ENTITY, OTHER_ENTITY, CROSS_BORDER
}

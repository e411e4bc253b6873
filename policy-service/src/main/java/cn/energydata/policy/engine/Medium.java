package cn.energydata.policy.engine;

/** Where the data to erase is stored; the erasure method depends on it. */
public enum Medium {
    MAGNETIC, FLASH, DATABASE, OBJECT_STORE
}

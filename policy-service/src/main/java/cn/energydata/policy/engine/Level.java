package cn.energydata.policy.engine;

/** The three levels of the Measures, from least to most protected. */
public enum Level {
    GENERAL, IMPORTANT, CORE
}

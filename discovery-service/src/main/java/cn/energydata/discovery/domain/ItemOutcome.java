package cn.energydata.discovery.domain;

/** What a scan did with one item. */
public enum ItemOutcome {
    GRADED, UNCHANGED, SKIPPED, FAILED
}

package cn.energydata.discovery.domain;

/** Who started a scan: a person or the source's schedule. */
public enum ScanTrigger {
    MANUAL, SCHEDULE
}

package cn.energydata.discovery.domain;

/** INCREMENTAL re-grades only what changed; FULL re-grades everything. */
public enum ScanMode {
    INCREMENTAL, FULL
}

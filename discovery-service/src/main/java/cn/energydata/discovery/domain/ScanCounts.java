package cn.energydata.discovery.domain;

/** Progress of a scan: items to do (total) and what became of those done. */
public record ScanCounts(long total, long seen, long sampled, long graded, long unchanged, long skipped, long failed) {
}

package cn.energydata.discovery.service;

import cn.energydata.discovery.domain.Scan;
import cn.energydata.discovery.domain.ScanCounts;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.ScanState;
import cn.energydata.discovery.domain.ScanTrigger;

import java.time.Instant;
import java.util.UUID;

/** A scan as answered, with its progress and, for a scan that failed as a whole, why. */
public record ScanView(UUID id, UUID sourceId, ScanState state, ScanMode mode, ScanTrigger trigger, String requestedBy,
                       Instant createdAt, Instant startedAt, Instant finishedAt, ScanCounts counts, Error error) {

    public record Error(String type, String detail) {
    }

    public static ScanView of(Scan scan, ScanCounts counts) {
        Error error = scan.errorType() == null ? null : new Error(scan.errorType(), scan.errorDetail());
        return new ScanView(scan.id(), scan.sourceId(), scan.state(), scan.mode(), scan.trigger(), scan.requestedBy(),
                scan.createdAt(), scan.startedAt(), scan.finishedAt(), counts, error);
    }
}

package cn.energydata.discovery.domain;

import java.time.Instant;
import java.util.UUID;

/** One scan of a source; {@code errorType}/{@code errorDetail} say why a scan FAILED as a whole. */
public record Scan(UUID id, UUID sourceId, String organisation, ScanState state, ScanMode mode, ScanTrigger trigger,
                   String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt, String errorType,
                   String errorDetail) {
}

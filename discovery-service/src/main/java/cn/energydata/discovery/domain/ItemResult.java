package cn.energydata.discovery.domain;

import java.util.List;
import java.util.UUID;

/**
 * What scanning one table, object or file gave: only counts, grades and masked findings, never a scanned value.
 * {@code fingerprint} is what an incremental rescan compares with (null when nothing was graded).
 */
public record ItemResult(String key, ItemKind kind, ItemOutcome outcome, String reason, String level, UUID assetId,
                         String catalogOutcome, Long rows, Long distinctPersons, PersonsBasis personsBasis,
                         Long bytesRead, Long sizeBytes, boolean partlyRead, boolean sampled,
                         List<ColumnGrade> columns, String fingerprint) {

    public static ItemResult failed(String key, ItemKind kind, String reason) {
        return new ItemResult(key, kind, ItemOutcome.FAILED, reason, null, null, null, null, null, null, null, null,
                false, false, List.of(), null);
    }

    public static ItemResult skipped(String key, ItemKind kind, String reason) {
        return new ItemResult(key, kind, ItemOutcome.SKIPPED, reason, null, null, null, null, null, null, null, null,
                false, false, List.of(), null);
    }

    public static ItemResult unchanged(String key, ItemKind kind, String reason, Previous previous, Long rows) {
        return new ItemResult(key, kind, ItemOutcome.UNCHANGED, reason, previous.level(), previous.assetId(), null,
                rows, null, null, null, null, false, false, List.of(), null);
    }

    /** What the last graded scan recorded of an item. */
    public record Previous(String fingerprint, Long rows, String level, UUID assetId, java.time.Instant gradedAt) {
    }
}

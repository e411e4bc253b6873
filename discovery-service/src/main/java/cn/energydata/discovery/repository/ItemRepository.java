package cn.energydata.discovery.repository;

import cn.energydata.discovery.domain.ColumnGrade;
import cn.energydata.discovery.domain.ItemKind;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.PersonsBasis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code scan_items} (one result per task) and {@code source_fingerprints} (for incremental rescans). */
@ApplicationScoped
public class ItemRepository {

    private static final TypeReference<List<ColumnGrade>> COLUMNS = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    public void insert(long taskId, UUID scanId, ItemResult item, Instant now) {
        sql.update("""
                INSERT INTO scan_items (task_id, scan_id, item_key, kind, outcome, reason, level, asset_id,
                    catalog_outcome, rows_estimated, distinct_persons, persons_basis, bytes_read, size_bytes,
                    partly_read, sampled, columns, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""",
                taskId, scanId, item.key(), item.kind(), item.outcome(), item.reason(), item.level(), item.assetId(),
                item.catalogOutcome(), item.rows(), item.distinctPersons(), item.personsBasis(), item.bytesRead(),
                item.sizeBytes(), item.partlyRead(), item.sampled(), write(item.columns()), now);
    }

    public List<ItemResult> ofScan(UUID scanId, ItemOutcome outcome, int page, int size) {
        return sql.query("SELECT * FROM scan_items WHERE scan_id = ? AND (?::text IS NULL OR outcome = ?::text) "
                        + "ORDER BY item_key, task_id LIMIT ? OFFSET ?", this::map,
                scanId, outcome == null ? null : outcome.name(), outcome == null ? null : outcome.name(), size,
                (long) page * size);
    }

    public long countOfScan(UUID scanId, ItemOutcome outcome) {
        return sql.one("SELECT count(*) FROM scan_items WHERE scan_id = ? AND (?::text IS NULL OR outcome = ?::text)",
                r -> r.getLong(1), scanId, outcome == null ? null : outcome.name(),
                outcome == null ? null : outcome.name()).orElse(0L);
    }

    public Optional<ItemResult.Previous> previous(UUID sourceId, String key) {
        return sql.one("SELECT fingerprint, row_count, level, asset_id, graded_at FROM source_fingerprints "
                        + "WHERE source_id = ? AND item_key = ?",
                r -> new ItemResult.Previous(r.getString("fingerprint"), Sql.nullableLong(r, "row_count"),
                        r.getString("level"), r.getObject("asset_id", UUID.class), Sql.instant(r, "graded_at")),
                sourceId, key);
    }

    public void remember(UUID sourceId, ItemResult item, Instant now) {
        sql.update("""
                INSERT INTO source_fingerprints (source_id, item_key, fingerprint, row_count, level, asset_id, graded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id, item_key) DO UPDATE SET fingerprint = excluded.fingerprint,
                    row_count = excluded.row_count, level = excluded.level, asset_id = excluded.asset_id,
                    graded_at = excluded.graded_at""",
                sourceId, item.key(), item.fingerprint(), item.rows(), item.level(), item.assetId(), now);
    }

    private ItemResult map(ResultSet r) throws SQLException {
        String basis = r.getString("persons_basis");
        return new ItemResult(r.getString("item_key"), ItemKind.valueOf(r.getString("kind")),
                ItemOutcome.valueOf(r.getString("outcome")), r.getString("reason"), r.getString("level"),
                r.getObject("asset_id", UUID.class), r.getString("catalog_outcome"),
                Sql.nullableLong(r, "rows_estimated"), Sql.nullableLong(r, "distinct_persons"),
                basis == null ? null : PersonsBasis.valueOf(basis), Sql.nullableLong(r, "bytes_read"),
                Sql.nullableLong(r, "size_bytes"), r.getBoolean("partly_read"), r.getBoolean("sampled"),
                read(r.getString("columns")), null);
    }

    private String write(List<ColumnGrade> columns) {
        try {
            return json.writeValueAsString(columns == null ? List.of() : columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ColumnGrade> read(String text) {
        try {
            return json.readValue(text, COLUMNS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

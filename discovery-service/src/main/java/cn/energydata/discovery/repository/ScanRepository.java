package cn.energydata.discovery.repository;

import cn.energydata.discovery.domain.Scan;
import cn.energydata.discovery.domain.ScanCounts;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.ScanState;
import cn.energydata.discovery.domain.ScanTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code scans} table. Callers hold the transaction. */
@ApplicationScoped
public class ScanRepository {

    private static final String COLUMNS = "id, source_id, organisation, state, mode, trigger, requested_by, "
            + "created_at, started_at, finished_at, error_type, error_detail";

    @Inject
    Sql sql;

    /** False when the source already has a scan in progress (at most one, by a unique index). */
    public boolean insert(Scan scan) {
        return sql.update("INSERT INTO scans (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                scan.id(), scan.sourceId(), scan.organisation(), scan.state(), scan.mode(), scan.trigger(),
                scan.requestedBy(), scan.createdAt(), scan.startedAt(), scan.finishedAt(), scan.errorType(),
                scan.errorDetail()) == 1;
    }

    public Optional<Scan> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM scans WHERE id = ?", ScanRepository::map, id);
    }

    /** The scan's row, locked until the transaction ends: completions and cancellation of one scan take turns. */
    public Optional<Scan> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM scans WHERE id = ? FOR UPDATE", ScanRepository::map, id);
    }

    public List<Scan> ofSource(UUID sourceId, int page, int size) {
        return sql.query("SELECT " + COLUMNS + " FROM scans WHERE source_id = ? ORDER BY created_at DESC, id "
                + "LIMIT ? OFFSET ?", ScanRepository::map, sourceId, size, (long) page * size);
    }

    public long countOfSource(UUID sourceId) {
        return sql.one("SELECT count(*) FROM scans WHERE source_id = ?", r -> r.getLong(1), sourceId).orElse(0L);
    }

    public Optional<Scan> inProgress(UUID sourceId) {
        return sql.one("SELECT " + COLUMNS + " FROM scans WHERE source_id = ? "
                + "AND state IN ('QUEUED', 'WAITING_FOR_WINDOW', 'RUNNING')", ScanRepository::map, sourceId);
    }

    public List<Scan> inState(ScanState state) {
        return sql.query("SELECT " + COLUMNS + " FROM scans WHERE state = ?", ScanRepository::map, state);
    }

    /** When the source's last scan of this trigger was requested. */
    public Optional<Instant> lastRequested(UUID sourceId, ScanTrigger trigger) {
        return sql.one("SELECT max(created_at) FROM scans WHERE source_id = ? AND trigger = ?",
                r -> Sql.instant(r, "max"), sourceId, trigger);
    }

    public void markStarted(UUID id, Instant now) {
        sql.update("UPDATE scans SET state = 'RUNNING', started_at = coalesce(started_at, ?) "
                + "WHERE id = ? AND state = 'QUEUED'", now, id);
    }

    public boolean moveState(UUID id, ScanState from, ScanState to) {
        return sql.update("UPDATE scans SET state = ? WHERE id = ? AND state = ?", to, id, from) == 1;
    }

    public void finish(UUID id, ScanState state, Instant now, String errorType, String errorDetail) {
        sql.update("UPDATE scans SET state = ?, finished_at = ?, error_type = ?, error_detail = ? WHERE id = ?",
                state, now, errorType, errorDetail, id);
    }

    public ScanCounts counts(UUID id) {
        return sql.one("""
                SELECT (SELECT count(*) FROM scan_tasks t WHERE t.scan_id = ? AND t.kind <> 'LIST') AS total,
                       count(*) AS seen,
                       count(*) FILTER (WHERE sampled) AS sampled,
                       count(*) FILTER (WHERE outcome = 'GRADED') AS graded,
                       count(*) FILTER (WHERE outcome = 'UNCHANGED') AS unchanged,
                       count(*) FILTER (WHERE outcome = 'SKIPPED') AS skipped,
                       count(*) FILTER (WHERE outcome = 'FAILED') AS failed
                FROM scan_items WHERE scan_id = ?""",
                r -> new ScanCounts(r.getLong("total"), r.getLong("seen"), r.getLong("sampled"), r.getLong("graded"),
                        r.getLong("unchanged"), r.getLong("skipped"), r.getLong("failed")), id, id).orElseThrow();
    }

    private static Scan map(ResultSet r) throws SQLException {
        return new Scan(r.getObject("id", UUID.class), r.getObject("source_id", UUID.class), r.getString("organisation"),
                ScanState.valueOf(r.getString("state")), ScanMode.valueOf(r.getString("mode")),
                ScanTrigger.valueOf(r.getString("trigger")), r.getString("requested_by"),
                Sql.instant(r, "created_at"), Sql.instant(r, "started_at"), Sql.instant(r, "finished_at"),
                r.getString("error_type"), r.getString("error_detail"));
    }
}

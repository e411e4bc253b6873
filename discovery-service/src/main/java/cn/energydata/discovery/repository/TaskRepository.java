package cn.energydata.discovery.repository;

import cn.energydata.discovery.domain.ClaimedTask;
import cn.energydata.discovery.domain.TaskKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code scan_tasks} table: a queue in PostgreSQL shared by every replica. Callers hold the transaction. */
@ApplicationScoped
public class TaskRepository {

    @Inject
    Sql sql;

    public void add(UUID scanId, TaskKind kind, String key) {
        sql.update("INSERT INTO scan_tasks (scan_id, kind, item_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                scanId, kind, key);
    }

    /**
     * Claims the oldest task that is pending, or running under an expired lease (its worker died), of a scan that
     * may run. {@code SKIP LOCKED}: replicas claiming at the same time take different tasks and never wait.
     */
    public Optional<ClaimedTask> claim(String owner, Instant now, Instant leaseUntil) {
        return sql.one("""
                UPDATE scan_tasks t SET state = 'RUNNING', lease_owner = ?, lease_until = ?, attempts = t.attempts + 1
                WHERE t.id = (
                    SELECT c.id FROM scan_tasks c JOIN scans s ON s.id = c.scan_id
                    WHERE s.state IN ('QUEUED', 'RUNNING')
                      AND (c.state = 'PENDING' OR (c.state = 'RUNNING' AND c.lease_until < ?))
                    ORDER BY c.id
                    LIMIT 1
                    FOR UPDATE OF c SKIP LOCKED)
                RETURNING t.id, t.scan_id, t.kind, t.item_key, t.attempts""",
                r -> new ClaimedTask(r.getLong("id"), r.getObject("scan_id", UUID.class),
                        TaskKind.valueOf(r.getString("kind")), r.getString("item_key"), owner, r.getInt("attempts")),
                owner, leaseUntil, now);
    }

    /** Extends the lease; false when the task is no longer this owner's (reclaimed, cancelled). */
    public boolean renew(long taskId, String owner, Instant leaseUntil) {
        return sql.update("UPDATE scan_tasks SET lease_until = ? WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?",
                leaseUntil, taskId, owner) == 1;
    }

    /** Marks the task done if this owner still holds it; the row stays locked until the transaction ends. */
    public boolean markDone(long taskId, String owner) {
        return sql.update("UPDATE scan_tasks SET state = 'DONE', lease_until = NULL "
                + "WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?", taskId, owner) == 1;
    }

    public boolean allDone(UUID scanId) {
        return sql.one("SELECT NOT EXISTS (SELECT 1 FROM scan_tasks WHERE scan_id = ? AND state <> 'DONE')",
                r -> r.getBoolean(1), scanId).orElse(true);
    }

    /** Ends every task of the scan that is not done (cancellation, a failed source): no worker completes them. */
    public void closeAll(UUID scanId) {
        sql.update("UPDATE scan_tasks SET state = 'DONE', lease_until = NULL WHERE scan_id = ? AND state <> 'DONE'",
                scanId);
    }
}

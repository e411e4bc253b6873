package cn.energydata.discovery.service;

import cn.energydata.discovery.domain.ClaimedTask;
import cn.energydata.discovery.domain.CredentialsMode;
import cn.energydata.discovery.domain.ItemKind;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.Scan;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.ScanState;
import cn.energydata.discovery.domain.ScanTrigger;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.SourceSpec;
import cn.energydata.discovery.domain.TaskKind;
import cn.energydata.discovery.domain.TaskOutcome;
import cn.energydata.discovery.repository.ScanRepository;
import cn.energydata.discovery.repository.SourceRepository;
import cn.energydata.discovery.repository.Sql;
import cn.energydata.discovery.repository.TaskRepository;
import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.TestClock;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task queue in PostgreSQL, with this replica's own workers switched off so that the test plays the workers:
 * concurrent workers never run the same task, and a task whose worker died (lease expired) is done once, by
 * another worker; the dead worker's late result is dropped.
 */
@QuarkusTest
@TestProfile(TaskQueueTest.NoWorkers.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class TaskQueueTest {

    public static class NoWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("discovery.workers", "0", "discovery.tasks.lease", "PT2M");
        }
    }

    @Inject
    TaskQueue queue;

    @Inject
    SourceRepository sources;

    @Inject
    ScanRepository scans;

    @Inject
    TaskRepository tasks;

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID scanWithTasks(int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            Source source = new Source(UUID.randomUUID(), "org-q", "q-" + UUID.randomUUID(), SourceKind.FILESYSTEM,
                    new SourceSpec(null, null, null, null, new SourceSpec.Filesystem("/tmp"), null, null, null, null),
                    CredentialsMode.NONE, null, null, "carol", now, now);
            sources.insert(source);
            UUID scanId = UUID.randomUUID();
            scans.insert(new Scan(scanId, source.id(), "org-q", ScanState.RUNNING, ScanMode.FULL, ScanTrigger.MANUAL,
                    "carol", now, now, null, null, null));
            for (int i = 0; i < count; i++) {
                tasks.add(scanId, TaskKind.FILE, String.format("file-%04d", i));
            }
            return scanId;
        });
    }

    private static TaskOutcome.Item itemOf(ClaimedTask task) {
        return new TaskOutcome.Item(ItemResult.skipped(task.key(), ItemKind.FILE, "done by " + task.owner()));
    }

    private long items(UUID scanId) {
        return sql.one("SELECT count(*) FROM scan_items WHERE scan_id = ?", r -> r.getLong(1), scanId).orElseThrow();
    }

    @Test
    void concurrentWorkersNeverRunTheSameTask() throws Exception {
        int count = 300;
        UUID scanId = scanWithTasks(count);
        int workers = 6;
        Map<Long, String> claimedBy = new ConcurrentHashMap<>();
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String owner = "worker-" + w;
            done.add(pool.submit(() -> {
                start.await();
                Optional<ClaimedTask> task;
                while ((task = queue.claim(owner)).isPresent()) {
                    String earlier = claimedBy.putIfAbsent(task.get().id(), owner);
                    if (earlier != null) {
                        duplicates.add(task.get().id() + " by " + earlier + " and " + owner);
                    }
                    assertTrue(queue.complete(task.get(), itemOf(task.get())));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(List.of(), duplicates);
        assertEquals(count, claimedBy.size());
        assertEquals(count, items(scanId), "one result per task");
        assertTrue(claimedBy.values().stream().distinct().count() > 1, "the work was shared");
        assertEquals(ScanState.SUCCEEDED, scans.find(scanId).orElseThrow().state(), "the last completion ends the scan");
    }

    @Test
    void aTaskWhoseWorkerDiedIsDoneOnceByAnother() {
        UUID scanId = scanWithTasks(1);
        ClaimedTask dying = queue.claim("dying-worker").orElseThrow();
        assertTrue(queue.claim("other-worker").isEmpty(), "a task under a live lease is not handed out twice");

        clock.advance(Duration.ofMinutes(3));
        ClaimedTask reclaimed = queue.claim("other-worker").orElseThrow();
        assertEquals(dying.id(), reclaimed.id());
        assertEquals(2, reclaimed.attempts());

        assertFalse(queue.renew(dying), "the dead worker's lease is gone");
        assertFalse(queue.complete(dying, itemOf(dying)), "a late result of the dead worker is dropped");
        assertTrue(queue.complete(reclaimed, itemOf(reclaimed)));
        assertFalse(queue.complete(reclaimed, itemOf(reclaimed)), "done once");
        assertEquals(1, items(scanId));
        assertEquals("done by other-worker", sql.one("SELECT reason FROM scan_items WHERE scan_id = ?",
                r -> r.getString(1), scanId).orElseThrow());
    }

    @Test
    void aRenewedLeaseKeepsTheTask() {
        scanWithTasks(1);
        ClaimedTask task = queue.claim("slow-worker").orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        assertTrue(queue.renew(task));
        clock.advance(Duration.ofMinutes(1).plusSeconds(30));
        assertTrue(queue.claim("other-worker").isEmpty(), "renewed 90 s ago, the lease of 2 min still holds");
        assertTrue(queue.complete(task, itemOf(task)));
    }
}

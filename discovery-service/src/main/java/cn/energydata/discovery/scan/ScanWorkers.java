package cn.energydata.discovery.scan;

import cn.energydata.discovery.config.DiscoveryConfig;
import cn.energydata.discovery.domain.ClaimedTask;
import cn.energydata.discovery.domain.TaskOutcome;
import cn.energydata.discovery.service.TaskQueue;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * This replica's workers ({@code discovery.workers}): each claims a task, renews its lease every third of the lease
 * while running it, and completes it. Replicas share the queue in PostgreSQL; one that dies leaves its tasks to
 * be reclaimed when their leases expire.
 */
@ApplicationScoped
public class ScanWorkers {

    private static final Logger LOG = Logger.getLogger(ScanWorkers.class);

    @Inject
    DiscoveryConfig config;

    @Inject
    TaskQueue queue;

    @Inject
    TaskRunner runner;

    private final String replica = "replica-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService renewals;
    private volatile boolean running;

    void start(@Observes StartupEvent event) {
        if (config.workers() <= 0) {
            return;
        }
        running = true;
        renewals = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "discovery-lease-renewal"));
        for (int i = 0; i < config.workers(); i++) {
            String owner = replica + "-" + i;
            Thread thread = new Thread(() -> work(owner), "discovery-worker-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        LOG.infof("%d scan workers started as %s", config.workers(), replica);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
        if (renewals != null) {
            renewals.shutdownNow();
        }
    }

    private void work(String owner) {
        while (running) {
            try {
                Optional<ClaimedTask> task = queue.claim(owner);
                if (task.isEmpty()) {
                    Thread.sleep(config.tasks().poll().toMillis());
                } else {
                    runWithLease(task.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("A scan worker's round failed; it goes on", e);
                sleepQuietly();
            }
        }
    }

    private void runWithLease(ClaimedTask task) {
        long every = Math.max(1, config.tasks().lease().toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> renew(task), every, every,
                TimeUnit.MILLISECONDS);
        try {
            Optional<TaskOutcome> outcome = runner.run(task);
            outcome.ifPresent(o -> queue.complete(task, o));
        } finally {
            renewal.cancel(false);
        }
    }

    private void renew(ClaimedTask task) {
        try {
            queue.renew(task);
        } catch (RuntimeException e) {
            LOG.debugf("Renewing the lease of task %d failed: %s", task.id(), e.getMessage());
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(config.tasks().poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

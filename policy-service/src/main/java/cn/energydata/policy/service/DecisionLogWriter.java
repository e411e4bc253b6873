package cn.energydata.policy.service;

import cn.energydata.policy.config.PolicyConfig;
import cn.energydata.policy.domain.DecisionRecord;
import cn.energydata.policy.repository.DecisionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of the decision log. Callers hand in their entry and wait; a writer thread takes the entries
 * waiting (up to {@code max-batch}, and for at most {@code max-wait} after the first one), inserts them in one
 * transaction and only after its commit completes their futures. A few writers ({@code writers}) work side by
 * side, so a batch need not wait for the previous one's commit (PostgreSQL flushes concurrent commits together). A new approval request of an APPROVAL_REQUIRED
 * decision is written with its entry, in the same transaction. So a decision is answered only once it is in
 * the log — none can be missing after a crash, {@code kill -9} included — and a failed commit fails every answer of
 * its batch. One commit (one WAL flush) serves many decisions.
 */
@ApplicationScoped
public class DecisionLogWriter {

    private static final Logger LOG = Logger.getLogger(DecisionLogWriter.class);

    /** The entry could not be logged, so the decision must not be answered. */
    public static class NotLogged extends RuntimeException {
        NotLogged(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A log entry, the rows written with it (a new approval request), and the caller waiting for the commit. */
    private record Pending(DecisionRecord entry, List<Object> with, CompletableFuture<Void> committed) {
    }

    @Inject
    DecisionRepository repository;

    private final int maxBatch;
    private final long maxWaitNanos;
    private final int writerCount;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    @Inject
    public DecisionLogWriter(PolicyConfig config) {
        this.maxBatch = config.decisionLog().maxBatch();
        this.maxWaitNanos = config.decisionLog().maxWait().toNanos();
        this.writerCount = config.decisionLog().writers();
        this.queue = new LinkedBlockingQueue<>(config.decisionLog().queueCapacity());
    }

    void start(@Observes StartupEvent event) {
        for (int i = 1; i <= writerCount; i++) {
            Thread writer = new Thread(this::run, "decision-log-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(10)); // lets the writers flush what is queued
        }
    }

    /**
     * Completes once the entry, and the entities written {@code with} it in the same transaction, are committed;
     * fails when its batch could not be committed or the queue is full.
     */
    public CompletableFuture<Void> append(DecisionRecord entry, List<Object> with) {
        Pending pending = new Pending(entry, List.copyOf(with), new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            pending.committed().completeExceptionally(new NotLogged("the decision log is not accepting entries", null));
        }
        return pending.committed();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                collect(batch);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                fail(batch, e); // never leave a caller waiting
            } finally {
                batch.clear();
            }
        }
    }

    /** Adds what is queued, waiting at most max-wait after the first entry for the batch to fill. */
    private void collect(List<Pending> batch) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitNanos;
        queue.drainTo(batch, maxBatch - batch.size());
        while (batch.size() < maxBatch) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    private void write(List<Pending> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::persist));
        } catch (RuntimeException e) {
            LOG.errorf("A batch of %d decision log entries could not be committed; their decisions fail: %s",
                    batch.size(), e.getMessage());
            fail(batch, e);
            return;
        }
        batch.forEach(p -> p.committed().complete(null));
    }

    private void persist(Pending pending) {
        EntityManager em = repository.getEntityManager();
        pending.with().forEach(em::persist);
        em.persist(pending.entry());
    }

    private static void fail(List<Pending> batch, RuntimeException cause) {
        NotLogged failure = new NotLogged("the decision log could not be written", cause);
        batch.forEach(p -> p.committed().completeExceptionally(failure));
    }
}

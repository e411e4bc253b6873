package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Job;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.JobRepository;
import cn.energydata.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs long work (a large export, a full audit verification, a bulk registration) on a small pool of this
 * instance's threads and keeps its progress and result in the {@code jobs} table, where any instance can read it.
 * A job runs with the organisation and actor that started it: there is no request (and no token) behind it.
 * <p>
 * While a job is queued or running its instance renews the job's lease ({@code catalog.jobs.lease}); every instance
 * sweeps for lapsed leases and marks those jobs FAILED: their instance stopped. They are not resumed: an export, an
 * import or a bulk confirmation stopped half-way is not known to be safe to run twice, so its starter runs it again.
 * A job given up this way stays FAILED even if its instance was only paused and comes back: its work is stopped.
 */
@ApplicationScoped
public class JobService {

    private static final Logger LOG = Logger.getLogger(JobService.class);
    static final String STOPPED = "the catalog instance running this job stopped; start it again";
    /** A job of an earlier release (no lease) that reported nothing for this long is taken as stopped. */
    static final Duration EARLIER_RELEASE_SILENCE = Duration.ofHours(1);

    /** The job was given up (its lease lapsed) while this instance still ran it: its work stops. */
    static class GivenUpException extends RuntimeException {
        GivenUpException() {
            super(STOPPED, null, false, false);
        }
    }

    /** What a job reports while it runs. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void total(long total) {
            }

            @Override
            public void processed(long processed) {
            }
        };

        void total(long total);

        void processed(long processed);
    }

    /** The work of a job; its result is kept as JSON. */
    @FunctionalInterface
    public interface Work {
        Object run(Progress progress) throws Exception;
    }

    public record JobView(UUID id, String kind, Job.Status status, long processed, Long total, JsonNode result,
                          String error, String createdBy, Instant createdAt, Instant startedAt, Instant updatedAt,
                          Instant finishedAt, Instant leaseUntil) {
    }

    @Inject
    JobRepository jobs;

    @Inject
    CatalogConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private ExecutorService executor;
    /** The service's own jobs (re-grading) run here, so they never hold up those people start. */
    private ExecutorService systemExecutor;
    /** The unfinished jobs of this instance, whose leases it renews. */
    private final Set<UUID> mine = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        executor = Executors.newFixedThreadPool(config.jobs().threads(), r -> {
            Thread thread = new Thread(r, "catalog-job");
            thread.setDaemon(true);
            return thread;
        });
        systemExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "catalog-system-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        systemExecutor.shutdownNow();
    }

    /** Records the job (QUEUED) and starts it as soon as a thread is free. */
    public JobView submit(String kind, String organisation, String actor, Work work) {
        UUID id = UUID.randomUUID();
        JobView queued = QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.id = id;
            job.organisation = organisation;
            job.kind = kind;
            job.status = Job.Status.QUEUED;
            job.createdBy = actor;
            job.createdAt = Timestamps.now(clock);
            job.updatedAt = job.createdAt;
            job.leaseUntil = job.createdAt.plus(config.jobs().lease());
            jobs.persist(job);
            return view(job);
        });
        mine.add(id);
        executor.submit(() -> run(id, work));
        return queued;
    }

    /**
     * Records and starts a job of the service itself (re-grading) on its own thread, unless the organisation has one
     * of this kind unfinished, on this instance or another.
     *
     * @return the job, or empty when one is already unfinished
     */
    public Optional<JobView> submitUnlessUnfinished(String kind, String organisation, String actor, long total,
                                                    Work work) {
        UUID id = UUID.randomUUID();
        Optional<JobView> queued = QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.id = id;
            job.organisation = organisation;
            job.kind = kind;
            job.status = Job.Status.QUEUED;
            job.total = total;
            job.createdBy = actor;
            job.createdAt = Timestamps.now(clock);
            job.updatedAt = job.createdAt;
            job.leaseUntil = job.createdAt.plus(config.jobs().lease());
            return jobs.persistUnlessUnfinished(job) ? Optional.of(view(job)) : Optional.<JobView>empty();
        });
        if (queued.isPresent()) {
            mine.add(id);
            systemExecutor.submit(() -> run(id, work));
        }
        return queued;
    }

    /** The organisation's latest jobs, of {@code kind} unless null, newest first. */
    public List<JobView> latest(String organisation, String kind, int size) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.latest(organisation, kind, size).stream()
                .map(this::view).toList());
    }

    /** The latest job of {@code kind} of the organisation, if any. */
    public Optional<JobView> latest(String organisation, String kind) {
        return latest(organisation, kind, 1).stream().findFirst();
    }

    public JobView find(UUID id, String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findInOrganisation(id, organisation).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Job " + id)));
    }

    @Scheduled(identity = "job-leases", every = "${catalog.jobs.lease-check-every:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledLeases() {
        renewLeases();
        failAbandoned();
    }

    /** Renews the leases of the jobs this instance is running or has queued. */
    public void renewLeases() {
        Instant now = Timestamps.now(clock);
        QuarkusTransaction.requiringNew().run(() -> jobs.renewLeases(Set.copyOf(mine), now.plus(config.jobs().lease())));
    }

    /** Whether this instance still has the job queued or running (for tests). */
    public boolean isRunningHere(UUID id) {
        return mine.contains(id);
    }

    /** @return how many jobs of stopped instances were marked FAILED */
    public int failAbandoned() {
        Instant now = Timestamps.now(clock);
        int failed = QuarkusTransaction.requiringNew().call(() ->
                jobs.failAbandoned(now, now.minus(EARLIER_RELEASE_SILENCE), STOPPED));
        if (failed > 0) {
            LOG.warnf("%d jobs failed: the instance running them stopped (lease lapsed)", failed);
        }
        return failed;
    }

    private void run(UUID id, Work work) {
        try {
            runMine(id, work);
        } finally {
            mine.remove(id);
        }
    }

    private void runMine(UUID id, Work work) {
        try {
            update(id, job -> {
                job.status = Job.Status.RUNNING;
                job.startedAt = job.updatedAt;
            });
        } catch (GivenUpException e) {
            return;
        }
        try {
            Object result = work.run(new Progress() {
                @Override
                public void total(long total) {
                    update(id, job -> job.total = total);
                }

                @Override
                public void processed(long processed) {
                    update(id, job -> job.processed = processed);
                }
            });
            String text = json.writeValueAsString(result);
            update(id, job -> {
                job.status = Job.Status.DONE;
                job.result = text;
                job.finishedAt = job.updatedAt;
            });
        } catch (GivenUpException e) {
            LOG.warnf("Job %s stopped: it was given up as its lease lapsed", id);
        } catch (ProblemException e) {
            fail(id, e.getMessage());
        } catch (Exception | Error e) {
            LOG.errorf(e, "Job %s failed", id);
            fail(id, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private void fail(UUID id, String error) {
        updateUnlessGivenUp(id, job -> {
            job.status = Job.Status.FAILED;
            job.error = error;
            job.finishedAt = job.updatedAt;
        });
    }

    /**
     * Records a change of a running job and renews its lease.
     *
     * @throws GivenUpException when the job was already marked FAILED by a sweep
     */
    private void update(UUID id, Consumer<Job> change) {
        if (!updateUnlessGivenUp(id, change)) {
            throw new GivenUpException();
        }
    }

    private boolean updateUnlessGivenUp(UUID id, Consumer<Job> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Job job = jobs.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (job.isFinished()) {
                return false;
            }
            job.updatedAt = Timestamps.now(clock);
            job.leaseUntil = job.updatedAt.plus(config.jobs().lease());
            change.accept(job);
            if (job.isFinished()) {
                job.leaseUntil = null;
            }
            return true;
        });
    }

    private JobView view(Job job) {
        JsonNode result;
        try {
            result = job.result == null ? null : json.readTree(job.result);
        } catch (JsonProcessingException e) {
            result = null;
        }
        return new JobView(job.id, job.kind, job.status, job.processed, job.total, result, job.error, job.createdBy,
                job.createdAt, job.startedAt, job.updatedAt, job.finishedAt, job.leaseUntil);
    }
}

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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs long work (a large export, a full audit verification, a bulk registration) on a small pool of this
 * instance's threads and keeps its progress and result in the {@code jobs} table, where any instance can read it.
 * A job runs with the organisation and actor that started it: there is no request (and no token) behind it.
 */
@ApplicationScoped
public class JobService {

    private static final Logger LOG = Logger.getLogger(JobService.class);

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
                          String error, String createdBy, Instant createdAt, Instant updatedAt, Instant finishedAt) {
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

    @PostConstruct
    void start() {
        executor = Executors.newFixedThreadPool(config.jobs().threads(), r -> {
            Thread thread = new Thread(r, "catalog-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
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
            jobs.persist(job);
            return view(job);
        });
        executor.submit(() -> run(id, work));
        return queued;
    }

    public JobView find(UUID id, String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.findInOrganisation(id, organisation).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Job " + id)));
    }

    private void run(UUID id, Work work) {
        update(id, job -> job.status = Job.Status.RUNNING);
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
        } catch (ProblemException e) {
            fail(id, e.getMessage());
        } catch (Exception | Error e) {
            LOG.errorf(e, "Job %s failed", id);
            fail(id, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private void fail(UUID id, String error) {
        update(id, job -> {
            job.status = Job.Status.FAILED;
            job.error = error;
            job.finishedAt = job.updatedAt;
        });
    }

    private void update(UUID id, java.util.function.Consumer<Job> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Job job = jobs.findById(id);
            job.updatedAt = Timestamps.now(clock);
            change.accept(job);
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
                job.createdAt, job.updatedAt, job.finishedAt);
    }
}

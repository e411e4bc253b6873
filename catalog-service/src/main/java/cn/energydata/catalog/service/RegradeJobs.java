package cn.energydata.catalog.service;

import cn.energydata.catalog.client.ClassificationResult;
import cn.energydata.catalog.client.ClassifierClient;
import cn.energydata.catalog.client.ClassifierRejectedException;
import cn.energydata.catalog.client.ClassifierUnavailableException;
import cn.energydata.catalog.client.Descriptor;
import cn.energydata.catalog.client.ServiceTokens;
import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Job;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.RulePackStateRepository;
import cn.energydata.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Re-grading after a rule-pack change, as a job per organisation (kind {@code REGRADE}, visible through
 * {@code /api/jobs}): it walks the organisation's assets due for re-grading from their descriptor in batches, each
 * batch claimed in the database (so replicas never grade an asset twice), its descriptors read in one transaction,
 * the classifier called {@code catalog.grading.regrade-parallelism} at a time, and its results recorded in one
 * transaction. Re-grading is safe to resume: a job whose instance stopped (FAILED by the lease sweep) or that met an
 * unreachable classifier is started again, for what is still due, by the next rule-pack check of any instance.
 */
@ApplicationScoped
public class RegradeJobs {

    public static final String KIND = "REGRADE";
    private static final int BATCH = 50;
    /** As for the other grading claims: outlives a batch; an instance that dies frees its batch when it lapses. */
    private static final Duration CLAIM = Duration.ofMinutes(30);

    @Inject
    JobService jobs;

    @Inject
    AssetRepository assets;

    @Inject
    RulePackStateRepository rulePackState;

    @Inject
    GradingService grading;

    @Inject
    ClassifierClient classifier;

    @Inject
    ServiceTokens tokens;

    @Inject
    CatalogConfig config;

    private ExecutorService calls;

    @PostConstruct
    void start() {
        calls = Executors.newFixedThreadPool(config.grading().regradeParallelism(), r -> {
            Thread thread = new Thread(r, "catalog-regrade-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    /**
     * Starts a re-grading job for each organisation with assets due and no job unfinished, when its last one predates
     * the current rule pack or failed.
     *
     * @return how many jobs were started
     */
    public int startWhereDue() {
        Instant changedAt = QuarkusTransaction.requiringNew().call(() -> rulePackState.changedAt());
        Map<String, Long> due = QuarkusTransaction.requiringNew().call(() -> assets.regradeDueByOrganisation());
        int started = 0;
        for (Map.Entry<String, Long> organisation : due.entrySet()) {
            Optional<JobService.JobView> latest = jobs.latest(organisation.getKey(), KIND);
            if (latest.isPresent() && !needsAnother(latest.get(), changedAt)) {
                continue;
            }
            String org = organisation.getKey();
            long total = organisation.getValue();
            if (jobs.submitUnlessUnfinished(KIND, org, GradingJobs.ACTOR, total,
                    progress -> regrade(org, total, progress)).isPresent()) {
                started++;
            }
        }
        return started;
    }

    /** Another job when the last one failed, or finished before the current rule pack was seen. */
    static boolean needsAnother(JobService.JobView latest, Instant rulePackChangedAt) {
        return latest.status() == Job.Status.FAILED || latest.status() == Job.Status.DONE
                && rulePackChangedAt != null && latest.createdAt().isBefore(rulePackChangedAt);
    }

    private Map<String, Object> regrade(String organisation, long total, JobService.Progress progress) {
        progress.total(total);
        UUID after = null;
        long processed = 0;
        int regraded = 0;
        while (true) {
            UUID from = after;
            List<UUID> claimed = QuarkusTransaction.requiringNew().call(() ->
                    assets.claimRegradeDue(organisation, from, BATCH, CLAIM));
            if (claimed.isEmpty()) {
                break;
            }
            // The database orders uuids by their bytes, as their lower-case text sorts.
            after = claimed.stream().max(Comparator.comparing(UUID::toString)).orElseThrow();
            try {
                regraded += regradeBatch(claimed);
            } finally {
                QuarkusTransaction.requiringNew().run(() -> assets.releaseGradingClaims(claimed));
            }
            processed += claimed.size();
            if (processed > total) {
                total = processed;
                progress.total(total);
            }
            progress.processed(processed);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("assets", processed);
        result.put("regraded", regraded);
        return result;
    }

    /** @return how many of the batch were re-graded */
    private int regradeBatch(List<UUID> ids) {
        String token;
        try {
            token = tokens.accessToken();
        } catch (ClassifierUnavailableException e) {
            throw classifierGone();
        }
        Map<UUID, Descriptor> descriptors = grading.regradeDescriptors(ids);
        Map<UUID, CompletableFuture<ClassificationResult>> calls = new LinkedHashMap<>();
        descriptors.forEach((id, descriptor) -> calls.put(id, CompletableFuture.supplyAsync(
                () -> classifier.classifyDescriptor(token, descriptor), this.calls)));
        Map<UUID, ClassificationResult> results = new LinkedHashMap<>();
        RuntimeException unavailable = null; // unreachable, over capacity or its circuit open
        for (Map.Entry<UUID, CompletableFuture<ClassificationResult>> call : calls.entrySet()) {
            try {
                results.put(call.getKey(), call.getValue().join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof ClassifierRejectedException rejected) {
                    grading.failRejected(call.getKey(), GradingJobs.ACTOR, rejected);
                } else if (e.getCause() instanceof RuntimeException cause) {
                    unavailable = cause;
                } else {
                    throw e;
                }
            }
        }
        int regraded = grading.applyRegrades(results, GradingJobs.ACTOR);
        if (unavailable != null) {
            throw classifierGone();
        }
        return regraded;
    }

    private static ProblemException classifierGone() {
        return new ProblemException(503, "classifier-unavailable", "Service unavailable",
                "The classifier became unreachable; re-grading starts again, for what is left, once it is back.");
    }
}

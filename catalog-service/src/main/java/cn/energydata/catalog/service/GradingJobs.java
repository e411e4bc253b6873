package cn.energydata.catalog.service;

import cn.energydata.catalog.client.ClassifierClient;
import cn.energydata.catalog.client.ClassifierUnavailableException;
import cn.energydata.catalog.client.RulePackInfo;
import cn.energydata.catalog.client.ServiceTokens;
import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.domain.GradingTrigger;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.RulePackStateRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Background grading with the service's own client-credentials token: assets left pending while the
 * classifier was down, and descriptor-graded assets after the classifier's rule pack changed (as jobs, {@link RegradeJobs}). Every replica runs
 * these jobs; each claims its batch in the database first, so no asset is graded by two replicas at once.
 */
@ApplicationScoped
public class GradingJobs {

    private static final Logger LOG = Logger.getLogger(GradingJobs.class);
    static final String ACTOR = "catalog-service";
    private static final int BATCH = 50;
    /**
     * Outlives a normal batch. A batch that runs longer (a slow classifier on every asset) lets another replica
     * take its last assets too: duplicate work, one more grading revision, nothing lost.
     */
    private static final Duration CLAIM = Duration.ofMinutes(30);
    /**
     * A spool file no asset refers to is deleted once this old: long enough for the replica that wrote it to record it
     * on its asset (a replica killed in between leaves it behind).
     */
    static final Duration ORPHAN_GRACE = Duration.ofMinutes(10);

    @Inject
    ContentSpool spool;

    @Inject
    CatalogConfig config;

    @Inject
    Clock clock;

    @Inject
    AssetRepository assets;

    @Inject
    RulePackStateRepository rulePackState;

    @Inject
    GradingService grading;

    @Inject
    RegradeJobs regradeJobs;

    @Inject
    ClassifierClient classifier;

    @Inject
    ServiceTokens tokens;

    @Scheduled(identity = "grade-pending", every = "${catalog.grading.retry-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledGradePending() {
        gradePending();
    }

    @Scheduled(identity = "rule-pack-watch", every = "${catalog.grading.rule-check-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRulePackWatch() {
        regradeAfterRulePackChange();
    }

    /**
     * Expires spooled uploads past their age limit (whether or not the classifier is back), sweeps files no asset
     * refers to, then grades pending assets.
     *
     * @return how many assets were graded
     */
    public synchronized int gradePending() {
        expireSpooledUploads();
        sweepSpool(ORPHAN_GRACE);
        return gradeAll(QuarkusTransaction.requiringNew().call(() -> assets.claimPendingGrading(BATCH, CLAIM)),
                GradingTrigger.RETRY);
    }

    /** @return how many spooled uploads expired */
    public int expireSpooledUploads() {
        Instant cutoff = Timestamps.now(clock).minus(config.spool().maxAge());
        List<UUID> claimed = QuarkusTransaction.requiringNew().call(() ->
                assets.claimExpiredSpool(cutoff, BATCH, CLAIM));
        int expired = 0;
        try {
            for (UUID id : claimed) {
                expired += grading.expireSpooledUpload(id, ACTOR) ? 1 : 0;
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> assets.releaseGradingClaims(claimed));
        }
        if (expired > 0) {
            LOG.warnf("%d spooled uploads expired ungraded (older than %s): their assets need a new upload", expired,
                    config.spool().maxAge());
        }
        return expired;
    }

    /** @return how many files no asset refers to were deleted */
    public int sweepSpool(Duration grace) {
        Set<String> referenced = QuarkusTransaction.requiringNew().call(() -> assets.spoolFiles());
        return spool.sweep(referenced::contains, grace, Timestamps.now(clock));
    }

    /**
     * Notices a new rule pack, marks assets graded under an older one, and starts a re-grading job for each
     * organisation with assets due ({@link RegradeJobs}).
     *
     * @return how many re-grading jobs were started
     */
    public synchronized int regradeAfterRulePackChange() {
        try {
            RulePackInfo rules = classifier.rules(tokens.accessToken());
            if (rules == null || rules.hash() == null) {
                return 0;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                if (!Objects.equals(rulePackState.currentHashForUpdate(), rules.hash())) {
                    int marked = assets.markRegradeDue(rules.hash());
                    rulePackState.save(rules.version(), rules.hash(), Timestamps.now(clock));
                    LOG.infof("Rule pack %s: %d assets due for re-grading", rules.version(), marked);
                }
            });
        } catch (ClassifierUnavailableException | FaultToleranceException e) {
            LOG.debugf("Rule pack check skipped: %s", e.getMessage());
            return 0;
        }
        return regradeJobs.startWhereDue();
    }

    /** Grades the claimed assets, then releases every claim, graded or not. */
    private int gradeAll(List<UUID> claimed, GradingTrigger trigger) {
        if (claimed.isEmpty()) {
            return 0;
        }
        try {
            return grade(claimed, trigger);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> assets.releaseGradingClaims(claimed));
        }
    }

    private int grade(List<UUID> ids, GradingTrigger trigger) {
        String token;
        try {
            token = tokens.accessToken();
        } catch (ClassifierUnavailableException e) {
            LOG.warnf("No service token, background grading postponed: %s", e.getMessage());
            return 0;
        }
        int graded = 0;
        for (UUID id : ids) {
            try {
                if (!grading.gradeInBackground(id, token, ACTOR, trigger)) {
                    break;
                }
                graded++;
            } catch (RuntimeException e) {
                LOG.errorf("Background grading of asset %s failed: %s", id, e.getClass().getSimpleName());
            }
        }
        return graded;
    }
}

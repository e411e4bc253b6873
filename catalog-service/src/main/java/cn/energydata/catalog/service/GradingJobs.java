package cn.energydata.catalog.service;

import cn.energydata.catalog.client.ClassifierClient;
import cn.energydata.catalog.client.ClassifierUnavailableException;
import cn.energydata.catalog.client.RulePackInfo;
import cn.energydata.catalog.client.ServiceTokens;
import cn.energydata.catalog.domain.GradingTrigger;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.RulePackStateRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Background grading with the service's own client-credentials token: assets left pending while the
 * classifier was down, and descriptor-graded assets after the classifier's rule pack changed. Every replica runs
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

    /** @return how many assets were graded */
    public synchronized int gradePending() {
        return gradeAll(QuarkusTransaction.requiringNew().call(() -> assets.claimPendingGrading(BATCH, CLAIM)),
                GradingTrigger.RETRY);
    }

    /** Notices a new rule pack, marks assets graded under an older one, and re-grades a batch of them. */
    public synchronized int regradeAfterRulePackChange() {
        try {
            RulePackInfo rules = classifier.rules(tokens.accessToken());
            if (rules == null || rules.hash() == null) {
                return 0;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                if (!Objects.equals(rulePackState.currentHash(), rules.hash())) {
                    int marked = assets.markRegradeDue(rules.hash());
                    rulePackState.save(rules.version(), rules.hash());
                    LOG.infof("Rule pack %s: %d assets due for re-grading", rules.version(), marked);
                }
            });
        } catch (ClassifierUnavailableException | FaultToleranceException e) {
            LOG.debugf("Rule pack check skipped: %s", e.getMessage());
            return 0;
        }
        return gradeAll(QuarkusTransaction.requiringNew().call(() -> assets.claimRegradeDue(BATCH, CLAIM)),
                GradingTrigger.RULE_PACK_CHANGE);
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

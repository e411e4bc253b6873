package cn.energydata.discovery.service;

import cn.energydata.discovery.config.DiscoveryConfig;
import cn.energydata.discovery.domain.ClaimedTask;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.domain.Scan;
import cn.energydata.discovery.domain.ScanState;
import cn.energydata.discovery.domain.TaskOutcome;
import cn.energydata.discovery.repository.ItemRepository;
import cn.energydata.discovery.repository.ScanRepository;
import cn.energydata.discovery.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Claiming, renewing and completing scan tasks. A task is done exactly once: its result is written in the
 * transaction that marks it done, and only by the worker that still holds it; a worker that lost its lease
 * (it stalled, another replica reclaimed the task) has its result discarded.
 */
@ApplicationScoped
public class TaskQueue {

    private static final Logger LOG = Logger.getLogger(TaskQueue.class);

    @Inject
    TaskRepository tasks;

    @Inject
    ScanRepository scans;

    @Inject
    ItemRepository items;

    @Inject
    DiscoveryConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Optional<ClaimedTask> claim(String owner) {
        Instant now = clock.instant();
        Optional<ClaimedTask> task = tasks.claim(owner, now, now.plus(config.tasks().lease()));
        task.ifPresent(t -> scans.markStarted(t.scanId(), now));
        return task;
    }

    @Transactional
    public boolean renew(ClaimedTask task) {
        return tasks.renew(task.id(), task.owner(), clock.instant().plus(config.tasks().lease()));
    }

    /** Records the outcome if the task is still this worker's; false when it was not (the outcome is dropped). */
    @Transactional
    public boolean complete(ClaimedTask task, TaskOutcome outcome) {
        Optional<Scan> scan = scans.lock(task.scanId());
        if (scan.isEmpty() || !tasks.markDone(task.id(), task.owner())) {
            LOG.infof("Task %d of scan %s is no longer held by %s; its result is dropped", task.id(), task.scanId(),
                    task.owner());
            return false;
        }
        Instant now = clock.instant();
        if (outcome instanceof TaskOutcome.SourceFailed failed) {
            tasks.closeAll(task.scanId());
            scans.finish(task.scanId(), ScanState.FAILED, now, failed.type(), failed.detail());
            return true;
        }
        if (outcome instanceof TaskOutcome.Listed listed) {
            listed.keys().forEach(key -> tasks.add(task.scanId(), listed.itemKind(), key));
        } else if (outcome instanceof TaskOutcome.Item item) {
            items.insert(task.id(), task.scanId(), item.result(), now);
            if (item.result().outcome() == ItemOutcome.GRADED && item.result().fingerprint() != null) {
                items.remember(scan.get().sourceId(), item.result(), now);
            }
        }
        if (tasks.allDone(task.scanId())) {
            ScanState end = scans.counts(task.scanId()).failed() > 0 ? ScanState.PARTLY_FAILED : ScanState.SUCCEEDED;
            scans.finish(task.scanId(), end, now, null, null);
        }
        return true;
    }
}

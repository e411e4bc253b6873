package cn.energydata.discovery.service;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.domain.Scan;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.ScanState;
import cn.energydata.discovery.domain.ScanTrigger;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.TaskKind;
import cn.energydata.discovery.repository.ItemRepository;
import cn.energydata.discovery.repository.ScanRepository;
import cn.energydata.discovery.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requesting, reading and cancelling scans; workers do the scanning (TaskQueue). */
@ApplicationScoped
public class ScanService {

    @Inject
    SourceService sources;

    @Inject
    ScanRepository scans;

    @Inject
    TaskRepository tasks;

    @Inject
    ItemRepository items;

    @Inject
    Clock clock;

    @Transactional
    public ScanView request(String organisation, UUID sourceId, ScanMode mode, String requestedBy) {
        Source source = sources.find(organisation, sourceId);
        return start(source, mode, ScanTrigger.MANUAL, requestedBy)
                .orElseThrow(() -> new ProblemException(409, "scan-running", "Conflict",
                        "A scan of source '" + source.name() + "' is already in progress"));
    }

    /**
     * Queues a scan with its listing task; outside the source's window it waits. Empty when one is in progress.
     */
    @Transactional
    public Optional<ScanView> start(Source source, ScanMode mode, ScanTrigger trigger, String requestedBy) {
        Instant now = clock.instant();
        ScanState state = source.spec().windowOpen(now) ? ScanState.QUEUED : ScanState.WAITING_FOR_WINDOW;
        Scan scan = new Scan(UUID.randomUUID(), source.id(), source.organisation(), state, mode, trigger, requestedBy,
                now, null, null, null, null);
        if (!scans.insert(scan)) {
            return Optional.empty();
        }
        tasks.add(scan.id(), TaskKind.LIST, "");
        return Optional.of(ScanView.of(scan, scans.counts(scan.id())));
    }

    @Transactional
    public ScanView get(String organisation, UUID scanId) {
        Scan scan = find(organisation, scanId);
        return ScanView.of(scan, scans.counts(scan.id()));
    }

    @Transactional
    public PageView<ScanView> history(String organisation, UUID sourceId, int page, int size) {
        Source source = sources.find(organisation, sourceId);
        List<ScanView> views = scans.ofSource(source.id(), page, size).stream()
                .map(scan -> ScanView.of(scan, scans.counts(scan.id()))).toList();
        return new PageView<>(views, page, size, scans.countOfSource(source.id()));
    }

    @Transactional
    public PageView<ItemView> items(String organisation, UUID scanId, ItemOutcome outcome, int page, int size) {
        Scan scan = find(organisation, scanId);
        List<ItemView> views = items.ofScan(scan.id(), outcome, page, size).stream().map(ItemView::of).toList();
        return new PageView<>(views, page, size, items.countOfScan(scan.id(), outcome));
    }

    /** Cancels a scan in progress: no further task of it runs, results still in flight are dropped. */
    @Transactional
    public ScanView cancel(String organisation, UUID scanId) {
        Scan scan = find(organisation, scanId);
        Scan locked = scans.lock(scan.id()).orElseThrow();
        if (locked.state().inProgress()) {
            tasks.closeAll(scan.id());
            scans.finish(scan.id(), ScanState.CANCELLED, clock.instant(), null, null);
        }
        return get(organisation, scanId);
    }

    private Scan find(String organisation, UUID scanId) {
        return scans.find(scanId).filter(s -> s.organisation().equals(organisation))
                .orElseThrow(() -> ProblemException.notFound("Scan " + scanId));
    }
}

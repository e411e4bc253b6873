package cn.energydata.discovery.service;

import cn.energydata.discovery.domain.Scan;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.ScanState;
import cn.energydata.discovery.domain.ScanTrigger;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.repository.ScanRepository;
import cn.energydata.discovery.repository.SourceRepository;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Scheduled scans and scan windows, checked every {@code discovery.schedule.tick} on every replica. A source's cron
 * expression (Quartz, in the window's zone or UTC) starts an INCREMENTAL scan when it fired after the last scheduled
 * one; at most one scan of a source is in progress (a unique index), so replicas ticking together start one.
 * Waiting scans are queued when their window opens; running ones wait again when it closes.
 */
@ApplicationScoped
public class ScanScheduler {

    private static final Logger LOG = Logger.getLogger(ScanScheduler.class);
    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    @Inject
    SourceRepository sources;

    @Inject
    ScanRepository scans;

    @Inject
    ScanService scanService;

    @Inject
    Clock clock;

    @Scheduled(every = "${discovery.schedule.tick:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        tick();
    }

    @Transactional
    public void tick() {
        Instant now = clock.instant();
        for (Source source : sources.scheduled()) {
            if (isDue(source, now)) {
                scanService.start(source, ScanMode.INCREMENTAL, ScanTrigger.SCHEDULE, "schedule")
                        .ifPresent(scan -> LOG.infof("Scheduled scan %s of source %s started", scan.id(), source.name()));
            }
        }
        for (Scan scan : scans.inState(ScanState.WAITING_FOR_WINDOW)) {
            sources.find(scan.sourceId()).filter(s -> s.spec().windowOpen(now))
                    .ifPresent(s -> scans.moveState(scan.id(), ScanState.WAITING_FOR_WINDOW, ScanState.QUEUED));
        }
        for (ScanState active : new ScanState[] {ScanState.RUNNING, ScanState.QUEUED}) {
            for (Scan scan : scans.inState(active)) {
                sources.find(scan.sourceId()).filter(s -> !s.spec().windowOpen(now))
                        .ifPresent(s -> scans.moveState(scan.id(), active, ScanState.WAITING_FOR_WINDOW));
            }
        }
    }

    /** Whether the cron expression fired since the later of the last scheduled scan and the source's registration. */
    boolean isDue(Source source, Instant now) {
        var window = source.spec().schedule().window();
        ZoneId zone = window == null ? ZoneOffset.UTC : ZoneId.of(window.zone());
        ExecutionTime cron = ExecutionTime.forCron(QUARTZ.parse(source.spec().schedule().cron()));
        Optional<ZonedDateTime> lastFire = cron.lastExecution(now.atZone(zone));
        Instant since = scans.lastRequested(source.id(), ScanTrigger.SCHEDULE)
                .filter(t -> t.isAfter(source.createdAt())).orElse(source.createdAt());
        return lastFire.isPresent() && lastFire.get().toInstant().isAfter(since);
    }
}

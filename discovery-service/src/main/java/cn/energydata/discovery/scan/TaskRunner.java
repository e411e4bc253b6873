package cn.energydata.discovery.scan;

import cn.energydata.discovery.client.ServiceCallException;
import cn.energydata.discovery.domain.ClaimedTask;
import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.Scan;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.TaskKind;
import cn.energydata.discovery.domain.TaskOutcome;
import cn.energydata.discovery.repository.ScanRepository;
import cn.energydata.discovery.repository.SourceRepository;
import cn.energydata.discovery.service.CredentialsResolver;
import cn.energydata.discovery.service.SourceUnavailableException;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/** Runs one claimed task with the scanner of its source's kind. Never throws: every failure is an outcome. */
@ApplicationScoped
public class TaskRunner {

    /** A task claimed this often was abandoned by dying workers each time: it is failed rather than tried forever. */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(TaskRunner.class);

    @Inject
    ScanRepository scans;

    @Inject
    SourceRepository sources;

    @Inject
    CredentialsResolver credentials;

    @Inject
    @All
    List<SourceScanner> scanners;

    public Optional<TaskOutcome> run(ClaimedTask task) {
        Optional<Scan> scan = scans.find(task.scanId());
        Optional<Source> source = scan.flatMap(s -> sources.find(s.sourceId()));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        SourceScanner scanner = scanners.stream().filter(s -> s.kind() == source.get().kind()).findFirst()
                .orElseThrow();
        return Optional.of(task.kind() == TaskKind.LIST ? list(scanner, source.get(), task)
                : item(scanner, source.get(), scan.get(), task));
    }

    private TaskOutcome list(SourceScanner scanner, Source source, ClaimedTask task) {
        try {
            Credentials secret = credentials.resolve(source);
            return new TaskOutcome.Listed(scanner.itemTaskKind(), scanner.list(source, secret));
        } catch (SourceUnavailableException e) {
            LOG.infof("Scan %s of source %s failed: %s", task.scanId(), source.name(), e.getMessage());
            return new TaskOutcome.SourceFailed(e.type(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Listing source %s failed", source.name());
            return new TaskOutcome.SourceFailed("scan-error",
                    "the source could not be listed (" + e.getClass().getSimpleName() + "); see the service log");
        }
    }

    private TaskOutcome item(SourceScanner scanner, Source source, Scan scan, ClaimedTask task) {
        var kind = task.kind().itemKind();
        if (task.attempts() > MAX_ATTEMPTS) {
            return new TaskOutcome.Item(ItemResult.failed(task.key(), kind, "abandoned: the worker scanning it "
                    + "stopped " + MAX_ATTEMPTS + " times"));
        }
        try {
            Credentials secret = credentials.resolve(source);
            return new TaskOutcome.Item(scanner.scan(source, secret, task.key(), scan.mode()));
        } catch (SourceUnavailableException | ServiceCallException e) {
            return new TaskOutcome.Item(ItemResult.failed(task.key(), kind, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Scanning %s of source %s failed", task.key(), source.name());
            return new TaskOutcome.Item(ItemResult.failed(task.key(), kind,
                    "internal error (" + e.getClass().getSimpleName() + "); see the service log"));
        }
    }
}

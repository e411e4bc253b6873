package cn.energydata.console.backend;

import cn.energydata.console.backend.Backends.Result;
import cn.energydata.console.backend.DiscoveryModels.ItemPage;
import cn.energydata.console.backend.DiscoveryModels.Scan;
import cn.energydata.console.backend.DiscoveryModels.ScanPage;
import cn.energydata.console.backend.DiscoveryModels.ScanRequest;
import cn.energydata.console.backend.DiscoveryModels.Source;
import cn.energydata.console.backend.DiscoveryModels.SourcePage;
import cn.energydata.console.backend.DiscoveryModels.SourceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * discovery-service as the pages use it: typed calls with the logged-in user's token; failures are a
 * {@link BackendException} or a {@link BackendUnavailableException}, or, through {@link #attempt}, a result the page
 * shows in place of its data.
 */
@ApplicationScoped
public class DiscoveryBackend {

    @Inject
    @RestClient
    DiscoveryApi api;

    public SourcePage sources(int page, int size) {
        return call(() -> api.sources(page, size));
    }

    public Source source(UUID id) {
        return call(() -> api.source(id.toString()));
    }

    public Source register(SourceRequest request) {
        return call(() -> api.register(request));
    }

    public Source update(UUID id, SourceRequest request) {
        return call(() -> api.update(id.toString(), request));
    }

    public Scan startScan(UUID sourceId, String mode) {
        return call(() -> api.startScan(sourceId.toString(), new ScanRequest(mode)));
    }

    public ScanPage scans(UUID sourceId, int page, int size) {
        return call(() -> api.scans(sourceId.toString(), page, size));
    }

    public Scan scan(UUID id) {
        return call(() -> api.scan(id.toString()));
    }

    public ItemPage items(UUID scanId, String outcome, int page, int size) {
        return call(() -> api.items(scanId.toString(), outcome, page, size));
    }

    /** The value, or the failure to show in its place. */
    public <T> Result<T> attempt(Supplier<T> call) {
        return Backends.attempt(Backends.DISCOVERY, call);
    }

    private static <T> T call(Supplier<T> call) {
        return Backends.call(Backends.DISCOVERY, call);
    }
}

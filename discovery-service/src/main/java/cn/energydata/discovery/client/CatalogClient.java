package cn.energydata.discovery.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Keeps the catalog in step; the upsert is idempotent, so a task run again after a dead worker does no harm. */
@ApplicationScoped
public class CatalogClient {

    @Inject
    @RestClient
    CatalogApi api;

    public DiscoveredAsset.Upserted upsert(DiscoveredAsset asset) {
        try {
            JsonNode answer = api.upsert(asset);
            return new DiscoveredAsset.Upserted(answer.path("assetId").asText(null),
                    answer.path("sourceAssetId").asText(null), answer.path("outcome").asText(null));
        } catch (WebApplicationException e) {
            throw new ServiceCallException("the catalog answered HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new ServiceCallException("the catalog could not be reached");
        }
    }
}

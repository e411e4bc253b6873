package cn.energydata.discovery.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's internal API, called with discovery-service's own client-credentials token. */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/api/internal")
interface CatalogApi {

    @PUT
    @Path("/discovered-assets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode upsert(DiscoveredAsset asset);
}

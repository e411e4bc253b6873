package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.DiscoveredAssetRequest;
import cn.energydata.catalog.service.DiscoveredAssetService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For discovery-service's service account: keeps the catalogue in step with a scan (docs/service-contracts.md). */
@Path("/api/internal/discovered-assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTERNAL_SERVICE)
@Tag(name = "internal")
public class InternalDiscoveryResource {

    @Inject
    DiscoveredAssetService discovered;

    /** Idempotent upsert keyed by (organisation, source.id, key): 200 with the asset, its data source and the outcome. */
    @PUT
    public DiscoveredAssetRequest.Result upsert(@Valid @NotNull DiscoveredAssetRequest request) {
        return discovered.upsert(request);
    }
}

package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.InternalAssetService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** For policy-service's service account: reads any organisation's asset (docs/service-contracts.md). */
@Path("/api/internal/assets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTERNAL_SERVICE)
@Tag(name = "internal")
public class InternalAssetResource {

    @Inject
    InternalAssetService internal;

    @GET
    @Path("/{id}/classification")
    public InternalAssetService.Classification classification(@PathParam("id") UUID id) {
        return internal.classification(id);
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retire(@PathParam("id") UUID id, @NotNull InternalAssetService.Retirement retirement) {
        internal.retire(id, retirement);
        return Response.noContent().build();
    }
}

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    /**
     * With {@code ETag: "<asset version>"}; {@code If-None-Match} with the current version is 304 without a body, so
     * policy-service can revalidate a cached answer cheaply (issue 14).
     */
    @GET
    @Path("/{id}/classification")
    @APIResponse(responseCode = "200", description = "the classification, with ETag",
            content = @Content(schema = @Schema(implementation = InternalAssetService.Classification.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the version in If-None-Match")
    public Response classification(@PathParam("id") UUID id, @Context Request request) {
        InternalAssetService.Versioned answer = internal.classification(id);
        EntityTag etag = new EntityTag(Long.toString(answer.version()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        return Response.ok(answer.classification()).tag(etag).build();
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retire(@PathParam("id") UUID id, @NotNull InternalAssetService.Retirement retirement) {
        internal.retire(id, retirement);
        return Response.noContent().build();
    }
}

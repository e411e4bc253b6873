package cn.energydata.policy.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.policy.service.ErasureCommand;
import cn.energydata.policy.service.ErasureService;
import cn.energydata.policy.service.ErasureView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure certificates; recording one retires the asset in the catalog. */
@Path("/api/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "erasures")
public class ErasureResource {

    @Inject
    ErasureService erasures;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the certificate of an erasure permitted by a DELETE decision and retire the asset")
    public Response record(@Valid @NotNull ErasureCommand command) {
        ErasureView view = erasures.record(command, caller.username(), caller.organisation().orElse(null),
                caller.hasRole(Roles.SECURITY_ADMIN));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}

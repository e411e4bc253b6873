package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.BulkConfirmationRequest;
import cn.energydata.catalog.service.BulkConfirmationService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A reviewer confirms many proposed grades at once; each asset is confirmed or refused on its own. */
@Path("/api/reviews/confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class ReviewConfirmationResource {

    @Inject
    BulkConfirmationService confirmations;

    @POST
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public BulkConfirmationService.Result confirm(@Valid @NotNull BulkConfirmationRequest request) {
        return confirmations.confirm(request);
    }
}

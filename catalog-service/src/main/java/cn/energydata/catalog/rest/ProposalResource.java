package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.ProposalDecisionRequest;
import cn.energydata.catalog.service.ReviewService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A reviewer accepts or rejects an automatic re-grade of an asset already decided by a human. */
@Path("/api/assets/{id}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class ProposalResource {

    @Inject
    ReviewService reviews;

    @POST
    @Path("/{revisionId}/decision")
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response decide(@PathParam("id") UUID id, @PathParam("revisionId") long revisionId,
                           @Valid @NotNull ProposalDecisionRequest request) {
        return ReviewResource.outcome(reviews.decideProposal(id, revisionId, request));
    }
}

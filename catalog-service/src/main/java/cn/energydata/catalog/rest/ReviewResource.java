package cn.energydata.catalog.rest;

import cn.energydata.catalog.domain.ReviewState;
import cn.energydata.catalog.service.ReviewRequest;
import cn.energydata.catalog.service.ReviewService;
import cn.energydata.catalog.service.SecondReviewRequest;
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

/** Reviewer decisions on an asset's grade. */
@Path("/api/assets/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    /** Confirm or override; 202 when a CORE downgrade now awaits a second reviewer. */
    @POST
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response review(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest request) {
        return outcome(reviews.review(id, request));
    }

    @POST
    @Path("/{reviewId}/second-review")
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response secondReview(@PathParam("id") UUID id, @PathParam("reviewId") long reviewId,
                                 @Valid @NotNull SecondReviewRequest request) {
        return outcome(reviews.secondReview(id, reviewId, request));
    }

    static Response outcome(ReviewService.Outcome outcome) {
        boolean waiting = outcome.review().state() == ReviewState.AWAITING_SECOND_REVIEW;
        return Response.status(waiting ? Response.Status.ACCEPTED : Response.Status.OK).entity(outcome).build();
    }
}

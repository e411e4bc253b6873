package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.ReviewClaimService;
import cn.energydata.catalog.service.ReviewService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Assets awaiting a reviewer: core and important first, then uncertain results; reviewers claim what they take up. */
@Path("/api/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class ReviewQueueResource {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewClaimService claims;

    @GET
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN})
    public ReviewService.Queue queue(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                                     @QueryParam("after") @Size(max = 300) String after) {
        Paging.checkOffset(page, size, after);
        return reviews.queue(page, size, after);
    }

    /** Claims the asset (or extends one's own claim): 409 {@code claimed} while another reviewer holds it. */
    @POST
    @Path("/{assetId}/claim")
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public ReviewClaimService.ClaimView claim(@PathParam("assetId") UUID assetId) {
        return claims.claim(assetId);
    }

    @DELETE
    @Path("/{assetId}/claim")
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public void release(@PathParam("assetId") UUID assetId) {
        claims.release(assetId);
    }
}

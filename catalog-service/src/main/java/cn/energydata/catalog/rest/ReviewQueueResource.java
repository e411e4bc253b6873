package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.ReviewService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assets awaiting a reviewer: core and important first, then uncertain results. */
@Path("/api/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class ReviewQueueResource {

    @Inject
    ReviewService reviews;

    @GET
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN})
    public ReviewService.Queue queue(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                                     @QueryParam("after") @Size(max = 300) String after) {
        Paging.checkOffset(page, size, after);
        return reviews.queue(page, size, after);
    }
}

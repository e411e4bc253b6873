package cn.energydata.console.web;

import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The review queue in the catalog's risk order; decisions are taken on the asset page. */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    @Inject
    Template review;

    @Inject
    PageRenderer pages;

    @Inject
    ReviewQueue queue;

    @GET
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN})
    public Response queue(@QueryParam("page") @DefaultValue("0") int page) {
        ReviewQueue.Page shown = queue.page(Forms.page(page), Forms.PAGE_SIZE);
        return pages.ok(review.data("queue", shown.queue()).data("toDecide", shown.toDecide())
                .data("notYours", shown.notYours()));
    }
}

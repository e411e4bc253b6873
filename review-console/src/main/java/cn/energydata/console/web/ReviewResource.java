package cn.energydata.console.web;

import cn.energydata.console.backend.Backends;
import cn.energydata.console.backend.CatalogApi;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The review queue in the catalog's risk order; decisions are taken on the asset page. */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @Inject
    Template review;

    @Inject
    Pages pages;

    @Inject
    @RestClient
    CatalogApi catalog;

    @GET
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN})
    public Response queue(@QueryParam("page") @DefaultValue("0") int page) {
        int p = Math.max(0, page);
        var queue = Backends.call(Backends.CATALOG, () -> catalog.reviewQueue(p, AssetPages.PAGE_SIZE));
        return pages.ok(review.data("queue", queue));
    }
}

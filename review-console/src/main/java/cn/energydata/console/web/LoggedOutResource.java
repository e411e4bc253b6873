package cn.energydata.console.web;

import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where Keycloak sends the browser back after logout (quarkus.oidc.logout.post-logout-path); public. */
@Path("/logged-out")
@Produces(MediaType.TEXT_HTML)
public class LoggedOutResource {

    @Inject
    Template logged_out;

    @Inject
    PageRenderer pages;

    @GET
    public Response show() {
        return pages.ok(logged_out.instance());
    }
}

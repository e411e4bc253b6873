package cn.energydata.discovery.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.discovery.service.PageView;
import cn.energydata.discovery.service.SourceCommand;
import cn.energydata.discovery.service.SourceService;
import cn.energydata.discovery.service.SourceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Data sources of the caller's organisation: security-admins register and change them; reviewers and auditors read. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources")
public class SourceResource {

    @Inject
    SourceService sources;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a data source (credentials are write-only and stored encrypted)")
    public Response register(@Valid @NotNull SourceCommand command, @Context UriInfo uri) {
        SourceView view = sources.register(organisation(), caller.username(), command);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.SECURITY_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "The organisation's data sources, by name")
    public PageView<SourceView> list(@QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return sources.list(organisation(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.SECURITY_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "One data source of the organisation")
    public SourceView get(@PathParam("id") UUID id) {
        return sources.get(organisation(), id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a data source; credentials left out stay as they were")
    public SourceView replace(@PathParam("id") UUID id, @Valid @NotNull SourceCommand command) {
        return sources.replace(organisation(), id, caller.username(), command);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Operation(summary = "Delete a data source with its scan history (the catalog's assets stay)")
    public Response delete(@PathParam("id") UUID id) {
        sources.delete(organisation(), id);
        return Response.noContent().build();
    }

    private String organisation() {
        return caller.organisation().orElseThrow(() -> ProblemException.forbidden(
                "Data sources belong to an organisation; your token names none"));
    }
}

package cn.energydata.discovery.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.service.ItemView;
import cn.energydata.discovery.service.PageView;
import cn.energydata.discovery.service.ScanService;
import cn.energydata.discovery.service.ScanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A scan of the organisation's sources: its progress, its items, its cancellation (security-admin). */
@Path("/api/scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scans")
public class ScanResource {

    @Inject
    ScanService scans;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.SECURITY_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "A scan's state and counts; a source-wide failure is its error")
    public ScanView get(@PathParam("id") UUID scanId) {
        return scans.get(organisation(), scanId);
    }

    @GET
    @Path("/{id}/items")
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.SECURITY_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "What the scan did with each table, object or file (filter by outcome)")
    public PageView<ItemView> items(@PathParam("id") UUID scanId, @QueryParam("outcome") ItemOutcome outcome,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        return scans.items(organisation(), scanId, outcome, page, size);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Operation(summary = "Cancel a scan in progress")
    public Response cancel(@PathParam("id") UUID scanId) {
        return Response.accepted(scans.cancel(organisation(), scanId)).build();
    }

    private String organisation() {
        return caller.organisation().orElseThrow(() -> ProblemException.forbidden(
                "Scans belong to an organisation; your token names none"));
    }
}

package cn.energydata.discovery.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.service.PageView;
import cn.energydata.discovery.service.ScanService;
import cn.energydata.discovery.service.ScanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** Scans of one source: requested by security-admins; the history read by reviewers and auditors too. */
@Path("/api/sources/{id}/scans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scans")
public class SourceScanResource {

    /** Body of {@code POST /api/sources/{id}/scans}; the mode defaults to INCREMENTAL. */
    public record ScanRequest(ScanMode mode) {
    }

    @Inject
    ScanService scans;

    @Inject
    Caller caller;

    @POST
        @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Scan a source now (outside its window the scan waits); 409 scan-running when one is in progress")
    public Response request(@PathParam("id") UUID sourceId, ScanRequest request) {
        ScanMode mode = request == null || request.mode() == null ? ScanMode.INCREMENTAL : request.mode();
        ScanView view = scans.request(organisation(), sourceId, mode, caller.username());
        return Response.accepted(view).build();
    }

    @GET
        @RolesAllowed({Roles.SECURITY_ADMIN, Roles.SECURITY_REVIEWER, Roles.AUDITOR})
    @Operation(summary = "The source's scans, newest first")
    public PageView<ScanView> history(@PathParam("id") UUID sourceId, @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return scans.history(organisation(), sourceId, page, size);
    }

    private String organisation() {
        return caller.organisation().orElseThrow(() -> ProblemException.forbidden(
                "Scans belong to an organisation; your token names none"));
    }
}

package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.AuditService;
import cn.energydata.catalog.service.JobService;
import cn.energydata.catalog.service.Tenancy;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    JobService jobs;

    @Inject
    Tenancy tenancy;

    /**
     * Verifies the organisation's hash chain; {@code valid=false} names the first broken record. INCREMENTAL (the
     * default) reads only what was appended since the last verified checkpoint; FULL rehashes the whole chain.
     */
    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
    public AuditService.Verification verify(@QueryParam("mode") @DefaultValue("INCREMENTAL") AuditService.Mode mode) {
        return audit.verify(tenancy.organisation(), mode, JobService.Progress.NONE);
    }

    /** A full verification as a background job: 202 with the job; its result is the verification. */
    @POST
    @Path("/verifications")
    @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
    public Response verifyInBackground() {
        String organisation = tenancy.organisation();
        JobService.JobView job = jobs.submit("AUDIT_VERIFICATION", organisation, tenancy.username(),
                progress -> audit.verify(organisation, AuditService.Mode.FULL, progress));
        return Response.accepted(job).location(URI.create("/api/jobs/" + job.id())).build();
    }
}

package cn.energydata.catalog.rest;

import cn.energydata.catalog.repository.AuditRepository;
import cn.energydata.catalog.service.AuditRecordList;
import cn.energydata.catalog.service.AuditService;
import cn.energydata.catalog.service.JobService;
import cn.energydata.catalog.service.Tenancy;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

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

    @Inject
    AuditRecordList records;

    /**
     * The organisation's audit records, newest first, {@code size} (≤ 200) per page; {@code next} is the {@code after}
     * of the following page. {@code from} / {@code to}: ISO instants or dates (a date is its whole day).
     */
    @GET
    @Path("/records")
    @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
    public AuditRecordList.Page records(@QueryParam("action") @Size(max = 40) String action,
                                        @QueryParam("actor") @Size(max = 100) String actor,
                                        @QueryParam("assetId") UUID assetId,
                                        @QueryParam("from") @Size(max = 40) String from,
                                        @QueryParam("to") @Size(max = 40) String to,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                                        @QueryParam("after") @Size(max = 100) String after) {
        return records.page(records.filter(tenancy.organisation(), blankToNull(action), blankToNull(actor), assetId,
                from, to), after, size);
    }

    /** The same filter with {@code Accept: text/csv}: every matching record, streamed, no paging. */
    @GET
    @Path("/records")
    @Produces("text/csv")
    @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
    public Response recordsCsv(@QueryParam("action") @Size(max = 40) String action,
                               @QueryParam("actor") @Size(max = 100) String actor,
                               @QueryParam("assetId") UUID assetId,
                               @QueryParam("from") @Size(max = 40) String from,
                               @QueryParam("to") @Size(max = 40) String to) {
        AuditRepository.Filter filter = records.filter(tenancy.organisation(), blankToNull(action),
                blankToNull(actor), assetId, from, to);
        StreamingOutput body = out -> records.csv(filter, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-records.csv\"").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

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

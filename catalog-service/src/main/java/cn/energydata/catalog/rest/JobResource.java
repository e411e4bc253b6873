package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.JobService;
import cn.energydata.catalog.service.Tenancy;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Progress and result of a background job of the caller's organisation (another organisation's is 404), and the
 * organisation's latest jobs for its security-admins.
 */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobResource {

    @Inject
    JobService jobs;

    @Inject
    Tenancy tenancy;

    /** The organisation's latest jobs, newest first; {@code kind=REGRADE}: re-gradings after rule-pack changes. */
    @GET
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public List<JobService.JobView> latest(@QueryParam("kind") @Pattern(regexp = "[A-Z_]{1,40}") String kind,
                                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return jobs.latest(tenancy.organisation(), kind, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public JobService.JobView job(@PathParam("id") UUID id) {
        return jobs.find(id, tenancy.organisation());
    }
}

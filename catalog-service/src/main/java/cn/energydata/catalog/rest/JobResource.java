package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.JobService;
import cn.energydata.catalog.service.Tenancy;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Progress and result of a background job of the caller's organisation (another organisation's is 404). */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobResource {

    @Inject
    JobService jobs;

    @Inject
    Tenancy tenancy;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public JobService.JobView job(@PathParam("id") UUID id) {
        return jobs.find(id, tenancy.organisation());
    }
}

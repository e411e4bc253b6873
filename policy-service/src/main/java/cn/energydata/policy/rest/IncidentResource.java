package cn.energydata.policy.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.service.IncidentCommand;
import cn.energydata.policy.service.IncidentReportCommand;
import cn.energydata.policy.service.IncidentService;
import cn.energydata.policy.service.IncidentView;
import cn.energydata.policy.service.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** Cybersecurity incidents of the caller's organisation and the reports owed to the authorities. */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "incidents")
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an incident; its severity and report deadlines are computed from the incident rules",
            description = "Initial report: 1 h after discovery for a CIIO (from the organisation profile; no profile "
                    + "or no answer counts as a CIIO), 4 h otherwise, for incidents of 较大 (LARGER) or above; final "
                    + "report 30 days. A leak of the personal information of ≥ 1 000 000 people is at least LARGER.")
    public Response record(@Valid @NotNull IncidentCommand command) {
        IncidentView view = incidents.record(command, caller.organisation().orElse(null), caller.username());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    @Operation(summary = "The organisation's incidents, most recently discovered first, with deadlines and overdue state")
    public PageView<IncidentView> list(@QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return incidents.list(organisation(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    @Operation(summary = "One incident of the organisation")
    public IncidentView get(@PathParam("id") UUID id) {
        return incidents.get(organisation(), id);
    }

    @POST
    @Path("/{id}/reports")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the initial or final report made to the authorities (once each, never changed)")
    public Response report(@PathParam("id") UUID id, @Valid @NotNull IncidentReportCommand command) {
        IncidentView view = incidents.report(organisation(), id, command, caller.username());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    private String organisation() {
        return caller.organisation().orElseThrow(() -> ProblemException.forbidden(
                "Incidents are read for the caller's organisation; the token has no 'org' claim."));
    }
}

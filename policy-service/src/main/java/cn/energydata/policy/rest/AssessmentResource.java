package cn.energydata.policy.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.policy.service.AssessmentCommand;
import cn.energydata.policy.service.AssessmentService;
import cn.energydata.policy.service.AssessmentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Assessments on file: annual risk, CAC cross-border, cross-entity, publication. */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments")
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an assessment for the caller's organisation")
    public Response record(@Valid @NotNull AssessmentCommand command) {
        AssessmentView view = assessments.record(command, caller.organisation().orElse(null), caller.username());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Assessments of the caller's organisation")
    public List<AssessmentView> list() {
        return assessments.list(caller.organisation().orElse("\u0000no-organisation"));
    }
}

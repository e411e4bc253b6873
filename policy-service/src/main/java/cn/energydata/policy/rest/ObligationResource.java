package cn.energydata.policy.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.service.ObligationService;
import cn.energydata.policy.service.OrganisationObligations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What an organisation owes and when. */
@Path("/api/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "obligations")
public class ObligationResource {

    @Inject
    ObligationService obligations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR, Roles.INTERNAL_SERVICE})
    @Operation(summary = "Recurring duties of an organisation (default: the caller's); service accounts name one")
    public OrganisationObligations list(@QueryParam("organisation") String organisation) {
        String own = caller.organisation().orElse(null);
        String target = organisation == null || organisation.isBlank() ? own : organisation;
        if (target == null) {
            throw ProblemException.badRequest("Name the organisation with ?organisation=.");
        }
        if (!caller.isServiceAccount() && !target.equals(own)) {
            throw ProblemException.notFound("Organisation " + target);
        }
        return obligations.forOrganisation(target);
    }
}

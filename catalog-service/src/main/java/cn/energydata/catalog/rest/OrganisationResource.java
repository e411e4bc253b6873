package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.AggregationService;
import cn.energydata.catalog.service.OrganisationProfileService;
import cn.energydata.catalog.service.ProfileRequest;
import cn.energydata.common.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class OrganisationResource {

    @Inject
    AggregationService aggregation;

    @Inject
    OrganisationProfileService profiles;

    @GET
    @Path("/aggregation-risk")
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public AggregationService.View aggregationRisk() {
        return aggregation.view();
    }

    /** The caller's organisation's profile, for any of its members; 404 when it has none yet. */
    @GET
    @Path("/profile")
    @Authenticated
    public OrganisationProfileService.ProfileView profile() {
        return profiles.own();
    }

    /** Creates or replaces the profile; security-admins of the organisation only. */
    @PUT
    @Path("/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public OrganisationProfileService.ProfileView saveProfile(@Valid @NotNull ProfileRequest request) {
        return profiles.save(request);
    }
}

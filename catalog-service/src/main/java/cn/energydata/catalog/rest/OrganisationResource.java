package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.AggregationService;
import cn.energydata.catalog.service.OrganisationProfileService;
import cn.energydata.catalog.service.ProfileRequest;
import cn.energydata.common.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

    /** The assets behind one risk (a kind in a region), page by page; {@code next} gives the following page. */
    @GET
    @Path("/aggregation-risk/assets")
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public AggregationService.RiskAssets aggregationRiskAssets(
            @QueryParam("kind") @NotNull AggregationService.RiskKind kind,
            @QueryParam("region") @NotNull @Size(max = 200) String region,
            @QueryParam("after") @Size(max = 300) String after,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return aggregation.assets(kind, region, after, size);
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

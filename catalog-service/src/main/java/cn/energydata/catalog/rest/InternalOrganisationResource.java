package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.InternalAssetService;
import cn.energydata.catalog.service.OrganisationProfileService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For policy-service's service account: any organisation's profile and PI totals (docs/service-contracts.md). */
@Path("/api/internal/organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTERNAL_SERVICE)
@Tag(name = "internal")
public class InternalOrganisationResource {

    @Inject
    OrganisationProfileService profiles;

    @Inject
    InternalAssetService assets;

    /** 404 when the organisation has no profile: policy-service then treats it as a CIIO (fail closed). */
    @GET
    @Path("/{organisation}/profile")
    public OrganisationProfileService.Profile profile(@PathParam("organisation") String organisation) {
        return profiles.of(organisation);
    }

    /** Totals of the organisation's personal information (an upper bound); zeros for an organisation with none. */
    @GET
    @Path("/{organisation}/personal-information")
    public InternalAssetService.PersonalInformationTotals personalInformation(
            @PathParam("organisation") @Size(max = 100) String organisation) {
        return assets.personalInformation(organisation);
    }
}

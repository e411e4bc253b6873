package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.AggregationService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

    @GET
    @Path("/aggregation-risk")
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public AggregationService.View aggregationRisk() {
        return aggregation.view();
    }
}

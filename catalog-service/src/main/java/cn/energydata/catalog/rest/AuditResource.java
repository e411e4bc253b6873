package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.AuditService;
import cn.energydata.catalog.service.Tenancy;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    Tenancy tenancy;

    /** Recomputes the organisation's hash chain; {@code valid=false} names the first broken record. */
    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
    public AuditService.Verification verify() {
        return audit.verify(tenancy.organisation());
    }
}

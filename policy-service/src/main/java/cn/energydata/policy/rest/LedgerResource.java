package cn.energydata.policy.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.service.LedgerService;
import cn.energydata.policy.service.LedgerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cross-border ledger of the caller's organisation. */
@Path("/api/cross-border-ledger")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
@Tag(name = "cross-border ledger")
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "A calendar year (Asia/Shanghai) of the organisation's cross-border ledger",
            description = "The year's totals of persons and sensitive persons whose personal information was permitted "
                    + "abroad (entries added up, never deduplicated) and one page of entries in chain order.")
    public LedgerView year(@QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        int y = year == null ? ledger.currentYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.badRequest("'year' must be a calendar year between 2000 and 2100.");
        }
        return ledger.year(organisation(), y, page, size);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recomputes the organisation's ledger hash chain; valid=false names the first broken entry")
    public LedgerService.Verification verify() {
        return ledger.verify(organisation());
    }

    private String organisation() {
        return caller.organisation().orElseThrow(() -> ProblemException.forbidden(
                "The cross-border ledger is read for the caller's organisation; the token has no 'org' claim."));
    }
}

package cn.energydata.policy.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.service.DecisionCommand;
import cn.energydata.policy.service.DecisionLog;
import cn.energydata.policy.service.DecisionLogExport;
import cn.energydata.policy.service.DecisionService;
import cn.energydata.policy.service.DecisionView;
import cn.energydata.policy.service.PageView;
import cn.energydata.policy.service.SubjectResolver;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Access decisions and the decision log. */
@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "decisions")
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @Inject
    DecisionLog log;

    @Inject
    DecisionLogExport export;

    @Inject
    SubjectResolver subjects;

    @Inject
    Caller caller;

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide whether the subject may do an action on an asset",
            description = "PERMIT, APPROVAL_REQUIRED (an approval request is created) or DENY, with obligations, "
                    + "matched policy ids and reasons. Logged. Fails closed when the catalog cannot be reached.")
    public DecisionView decide(@Valid @NotNull DecisionCommand command) {
        return decisions.decide(subjects.resolve(command.onBehalfOf()), command);
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
    @Operation(summary = "The decision log of the caller's organisation, newest first")
    public PageView<DecisionView> search(@QueryParam("assetId") String assetId, @QueryParam("requester") String requester,
                                         @QueryParam("effect") Effect effect,
                                         @QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        String organisation = callerOrganisation();
        return log.search(organisation, assetId, requester, effect, page, size);
    }

    /** The same filters with {@code Accept: text/csv}: every matching entry, streamed, no paging. */
    @GET
    @Produces("text/csv;qs=0.5") // below JSON: a client that accepts anything (*/*) keeps getting the JSON list
    @RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
    @Operation(summary = "The decision log of the caller's organisation as CSV (UTF-8 with BOM), every matching entry")
    public Response export(@QueryParam("assetId") String assetId, @QueryParam("requester") String requester,
                           @QueryParam("effect") Effect effect) {
        String organisation = callerOrganisation();
        StreamingOutput body = out -> export.csv(organisation, assetId, requester, effect, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"decision-log.csv\"").build();
    }

    /** A caller without an organisation matches no entry. */
    private String callerOrganisation() {
        return caller.organisation().orElse("\u0000no-organisation");
    }
}

package cn.energydata.policy.rest;

import cn.energydata.common.identity.Caller;
import cn.energydata.common.identity.Roles;
import cn.energydata.policy.domain.ApprovalStatus;
import cn.energydata.policy.service.ApprovalDecisionCommand;
import cn.energydata.policy.service.ApprovalService;
import cn.energydata.policy.service.ApprovalView;
import cn.energydata.policy.service.PageView;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Approval requests created by APPROVAL_REQUIRED decisions. */
@Path("/api/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "approvals")
public class ApprovalResource {

    @Inject
    ApprovalService approvals;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Approval requests on assets of the caller's organisation, newest first")
    public PageView<ApprovalView> list(@QueryParam("status") ApprovalStatus status,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return approvals.list(caller.organisation().orElse("\u0000no-organisation"), status, page, size);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One approval request (its requester, or a security-admin/auditor of the asset's organisation)")
    public ApprovalView get(@PathParam("id") UUID id) {
        boolean reader = caller.hasRole(Roles.SECURITY_ADMIN) || caller.hasRole(Roles.AUDITOR);
        return approvals.get(id, caller.username(), caller.organisation().orElse(null), reader);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a pending request until expiresAt (never one's own); it permits that one action once")
    public ApprovalView approve(@PathParam("id") UUID id, @Valid ApprovalDecisionCommand command) {
        return approvals.approve(id, caller.username(), caller.organisation().orElse(null), command);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending request (never one's own)")
    public ApprovalView reject(@PathParam("id") UUID id, @Valid ApprovalDecisionCommand command) {
        return approvals.reject(id, caller.username(), caller.organisation().orElse(null), command);
    }
}

package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.AssetNames;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.backend.PolicyModels.Approval;
import cn.energydata.console.backend.PolicyModels.ApprovalDecision;
import cn.energydata.console.backend.PolicyModels.AssessmentCommand;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The security-admin's page: approvals to grant or reject, assessments on file, catalogue exports. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SECURITY_ADMIN)
public class AdminResource {

    static final List<String> APPROVAL_STATUSES = List.of("PENDING", "APPROVED", "REJECTED", "CONSUMED");
    static final List<String> ASSESSMENT_TYPES = List.of("ANNUAL_RISK", "CAC_CROSS_BORDER", "CROSS_ENTITY",
            "PUBLICATION", "PI_IMPACT");

    @Inject
    Template admin;

    @Inject
    PageRenderer pages;

    @Inject
    CatalogBackend catalog;

    @Inject
    PolicyBackend policy;

    @Inject
    AssetNames names;

    @Inject
    Clock clock;

    @GET
    public Response show(@QueryParam("status") @DefaultValue("PENDING") String status,
                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        String st = status.isEmpty() ? null : Forms.oneOf(status, APPROVAL_STATUSES);
        int p = Forms.page(page);
        var approvals = policy.attempt(() -> policy.approvals(st, p, Forms.PAGE_SIZE));
        return pages.ok(admin.data("approvals", approvals)
                .data("names", approvals.ok() ? names.of(cn.energydata.console.backend.AssetNames.carried(
                        approvals.value().itemList(), Approval::assetId, Approval::assetName),
                        approvals.value().itemList().stream().map(Approval::assetId).toList()) : java.util.Map.of())
                .data("assessments", policy.attempt(policy::assessments))
                .data("exports", catalog.attempt(catalog::exports))
                .data("refilingDue", catalog.attempt(catalog::refilingDue))
                .data("status", st == null ? "" : st).data("statuses", APPROVAL_STATUSES)
                .data("types", ASSESSMENT_TYPES).data("today", LocalDate.now(clock))
                .data("nextYear", LocalDate.now(clock).plusYears(1))
                .data("notice", notice == null ? "" : notice));
    }

    @POST
    @Path("/approvals/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") UUID id, @RestForm String expiresOn, @RestForm String comment) {
        ApprovalDecision decision = new ApprovalDecision(endOfDay(expiresOn), Forms.blankToNull(comment));
        policy.approve(id, decision);
        return pages.seeOther("/admin?notice=approved");
    }

    @POST
    @Path("/approvals/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") UUID id, @RestForm String comment) {
        ApprovalDecision decision = new ApprovalDecision(null, Forms.blankToNull(comment));
        policy.reject(id, decision);
        return pages.seeOther("/admin?notice=rejected");
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordAssessment(@RestForm String type, @RestForm String reference, @RestForm String scope,
                                     @RestForm String assetIds, @RestForm String validFrom,
                                     @RestForm String validUntil) {
        AssessmentCommand command = new AssessmentCommand(Forms.oneOf(type, ASSESSMENT_TYPES),
                Forms.trim(reference), Forms.trim(scope), Forms.ids(assetIds),
                Forms.date(validFrom, "validFrom"), Forms.date(validUntil, "validUntil"));
        policy.recordAssessment(command);
        return pages.seeOther("/admin?notice=assessment");
    }

    /** Downloads the filing catalogue as the catalog produced it (the export is recorded there). */
    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"text/csv", MediaType.APPLICATION_JSON, CatalogBackend.XLSX})
    public Response export(@RestForm String format) {
        String f = ExportResource.format(format);
        return ExportResource.download(catalog.export(f), f);
    }

    private static java.time.Instant endOfDay(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        return Forms.date(date, "expiresOn").atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
    }

}

package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.Backends;
import cn.energydata.console.backend.CatalogApi;
import cn.energydata.console.backend.PolicyApi;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The security-admin's page: approvals to grant or reject, assessments on file, catalogue exports. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SECURITY_ADMIN)
public class AdminPages {

    static final List<String> APPROVAL_STATUSES = List.of("PENDING", "APPROVED", "REJECTED", "CONSUMED");
    static final List<String> ASSESSMENT_TYPES = List.of("ANNUAL_RISK", "CAC_CROSS_BORDER", "CROSS_ENTITY",
            "PUBLICATION", "PI_IMPACT");

    @Inject
    Template admin;

    @Inject
    Pages pages;

    @Inject
    @RestClient
    CatalogApi catalog;

    @Inject
    @RestClient
    PolicyApi policy;

    @GET
    public Response show(@QueryParam("status") @DefaultValue("PENDING") String status,
                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        String st = status.isEmpty() ? null : AssetPages.oneOf(status, APPROVAL_STATUSES);
        int p = Math.max(0, page);
        return pages.ok(admin.data("approvals", Backends.attempt(Backends.POLICY,
                        () -> policy.approvals(st, p, AssetPages.PAGE_SIZE)))
                .data("assessments", Backends.attempt(Backends.POLICY, policy::assessments))
                .data("exports", Backends.attempt(Backends.CATALOG, catalog::exports))
                .data("refilingDue", Backends.attempt(Backends.CATALOG, catalog::refilingDue))
                .data("status", st == null ? "" : st).data("statuses", APPROVAL_STATUSES)
                .data("types", ASSESSMENT_TYPES).data("today", LocalDate.now(ZoneOffset.UTC))
                .data("nextYear", LocalDate.now(ZoneOffset.UTC).plusYears(1))
                .data("notice", notice == null ? "" : notice));
    }

    @POST
    @Path("/approvals/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") UUID id, @RestForm String expiresOn, @RestForm String comment) {
        ApprovalDecision decision = new ApprovalDecision(endOfDay(expiresOn), Pages.blankToNull(comment));
        Backends.call(Backends.POLICY, () -> policy.approve(id.toString(), decision));
        return pages.seeOther("/admin?notice=approved");
    }

    @POST
    @Path("/approvals/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") UUID id, @RestForm String comment) {
        ApprovalDecision decision = new ApprovalDecision(null, Pages.blankToNull(comment));
        Backends.call(Backends.POLICY, () -> policy.reject(id.toString(), decision));
        return pages.seeOther("/admin?notice=rejected");
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordAssessment(@RestForm String type, @RestForm String reference, @RestForm String scope,
                                     @RestForm String assetIds, @RestForm String validFrom,
                                     @RestForm String validUntil) {
        AssessmentCommand command = new AssessmentCommand(AssetPages.oneOf(type, ASSESSMENT_TYPES),
                reference == null ? null : reference.trim(), scope == null ? null : scope.trim(), ids(assetIds),
                date(validFrom, "validFrom"), date(validUntil, "validUntil"));
        Backends.call(Backends.POLICY, () -> policy.recordAssessment(command));
        return pages.seeOther("/admin?notice=assessment");
    }

    /** Downloads the filing catalogue as the catalog produced it (the export is recorded there). */
    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({"text/csv", MediaType.APPLICATION_JSON, CatalogApi.XLSX})
    public Response export(@RestForm String format) {
        String f = ExportPages.format(format);
        return ExportPages.download(Backends.call(Backends.CATALOG, () -> catalog.export(f)), f);
    }

    private static java.time.Instant endOfDay(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        return date(date, "expiresOn").atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BackendException("review-console", 400, null, "Invalid date",
                    "Use the form YYYY-MM-DD.", List.of(new BackendException.FieldError(field, "YYYY-MM-DD")));
        }
    }

    private static List<String> ids(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> list = Arrays.stream(text.split("[,，;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        return list.isEmpty() ? null : list;
    }
}

package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.CatalogModels;
import cn.energydata.console.backend.AssetNames;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.backend.PolicyModels.Decision;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The auditor's page: the catalog's audit hash chain verified, the export history and policy-service's
 * decision log. Open to auditors and security-admins, as the backends are.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
public class AuditResource {

    static final List<String> EFFECTS = List.of("PERMIT", "APPROVAL_REQUIRED", "DENY");

    @Inject
    Template audit;

    @Inject
    PageRenderer pages;

    @Inject
    CatalogBackend catalog;

    @Inject
    PolicyBackend policy;

    @Inject
    AssetNames names;

    @Inject
    @io.quarkus.qute.Location("audit_records.html")
    Template auditRecords;

    /** The catalog's audit actions, offered as the list's filter (others can still be asked for by URL). */
    static final List<String> ACTIONS = List.of("REGISTERED", "UPDATED", "GRADING_PENDING", "REVIEWED",
            "DOWNGRADE_REQUESTED", "DOWNGRADE_APPROVED", "DOWNGRADE_REJECTED", "PROPOSAL_REJECTED",
            "SECRECY_REVIEW_CLEARED", "RETIRED", "UPLOAD_EXPIRED", "EXPORTED", "PROFILE_UPDATED");

    @GET
    public Response show(@QueryParam("effect") String effect, @QueryParam("requester") String requester,
                         @QueryParam("assetId") String assetId, @QueryParam("page") @DefaultValue("0") int page) {
        String e = Forms.oneOf(effect, EFFECTS);
        String r = Forms.blankToNull(requester);
        String a = Forms.blankToNull(assetId);
        int p = Forms.page(page);
        var decisions = policy.attempt(() -> policy.decisions(a, r, e, p, Forms.PAGE_SIZE));
        return pages.ok(audit.data("verification", catalog.attempt(catalog::verifyAudit))
                .data("names", decisions.ok() ? names.of(AssetNames.carried(decisions.value().itemList(),
                        Decision::assetId, Decision::assetName), decisions.value().itemList().stream()
                        .map(Decision::assetId).toList()) : java.util.Map.of())
                .data("exports", catalog.attempt(catalog::exports))
                .data("decisions", decisions)
                .data("effect", e == null ? "" : e).data("requester", r == null ? "" : r)
                .data("assetId", a == null ? "" : a).data("effects", EFFECTS)
                .data("pagerBase", "/audit?" + Forms.query("effect", e) + Forms.query("requester", r)
                        + Forms.query("assetId", a))
                .data("csvQuery", Forms.query("effect", e) + Forms.query("requester", r) + Forms.query("assetId", a)));
    }

    /** The catalog's audit records with filters, a page at a time (keyset: {@code after}), newest first. */
    @GET
    @Path("/records")
    public Response records(@QueryParam("action") String action, @QueryParam("actor") String actor,
                            @QueryParam("assetId") String assetId, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("after") String after) {
        CatalogModels.AuditFilter filter = filter(action, actor, assetId, from, to);
        String query = Forms.query("action", filter.action()) + Forms.query("actor", filter.actor())
                + Forms.query("assetId", filter.assetId()) + Forms.query("from", filter.from())
                + Forms.query("to", filter.to());
        var records = catalog.attempt(() -> catalog.auditRecords(filter, Forms.PAGE_SIZE, Forms.blankToNull(after)));
        String next = records.ok() ? records.value().next() : null;
        return pages.ok(auditRecords.data("records", records)
                .data("nextLink", next == null ? "" : "/audit/records?" + query + Forms.query("after", next))
                .data("filter", filter).data("actions", ACTIONS).data("query", query)
                .data("first", Forms.blankToNull(after) == null));
    }

    /** The same filter as CSV, streamed by the catalog and passed on. */
    @GET
    @Path("/records.csv")
    @Produces("text/csv")
    public Response recordsCsv(@QueryParam("action") String action, @QueryParam("actor") String actor,
                               @QueryParam("assetId") String assetId, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        Response answer = catalog.auditRecordsCsv(filter(action, actor, assetId, from, to));
        return Response.ok(passedOn(answer.readEntity(java.io.InputStream.class)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-records.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The decision log with the page's filters as CSV: the policy service's own export, streamed through. */
    @GET
    @Path("/decisions.csv")
    @Produces("text/csv")
    public Response decisionsCsv(@QueryParam("effect") String effect, @QueryParam("requester") String requester,
                                 @QueryParam("assetId") String assetId) {
        Response answer = policy.decisionsCsv(Forms.blankToNull(assetId), Forms.blankToNull(requester),
                Forms.oneOf(effect, EFFECTS));
        return Response.ok(passedOn(answer.readEntity(java.io.InputStream.class)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"decision-log.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** A backend's CSV body copied to the browser as it is read. */
    private static jakarta.ws.rs.core.StreamingOutput passedOn(java.io.InputStream body) {
        return out -> {
            try (body) {
                body.transferTo(out);
            }
        };
    }

    private static CatalogModels.AuditFilter filter(String action, String actor, String assetId, String from,
                                                    String to) {
        return new CatalogModels.AuditFilter(Forms.blankToNull(action), Forms.blankToNull(actor),
                Forms.blankToNull(assetId), Forms.blankToNull(from), Forms.blankToNull(to));
    }
}

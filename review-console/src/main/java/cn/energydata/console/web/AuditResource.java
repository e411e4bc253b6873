package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogBackend;
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

    @GET
    public Response show(@QueryParam("effect") String effect, @QueryParam("requester") String requester,
                         @QueryParam("assetId") String assetId, @QueryParam("page") @DefaultValue("0") int page) {
        String e = Forms.oneOf(effect, EFFECTS);
        String r = Forms.blankToNull(requester);
        String a = Forms.blankToNull(assetId);
        int p = Forms.page(page);
        var decisions = policy.attempt(() -> policy.decisions(a, r, e, p, Forms.PAGE_SIZE));
        return pages.ok(audit.data("verification", catalog.attempt(catalog::verifyAudit))
                .data("names", decisions.ok() ? names.of(decisions.value().itemList().stream()
                        .map(Decision::assetId).toList()) : java.util.Map.of())
                .data("exports", catalog.attempt(catalog::exports))
                .data("decisions", decisions)
                .data("effect", e == null ? "" : e).data("requester", r == null ? "" : r)
                .data("assetId", a == null ? "" : a).data("effects", EFFECTS)
                .data("pagerBase", "/audit?" + Forms.query("effect", e) + Forms.query("requester", r)
                        + Forms.query("assetId", a)));
    }
}

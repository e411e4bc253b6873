package cn.energydata.console.web;

import cn.energydata.console.backend.Backends;
import cn.energydata.console.backend.CatalogApi;
import cn.energydata.console.backend.PolicyApi;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/**
 * The auditor's page: the catalog's audit hash chain verified, the export history and policy-service's
 * decision log. Open to auditors and security-admins, as the backends are.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.AUDITOR, Roles.SECURITY_ADMIN})
public class AuditPages {

    static final List<String> EFFECTS = List.of("PERMIT", "APPROVAL_REQUIRED", "DENY");

    @Inject
    Template audit;

    @Inject
    Pages pages;

    @Inject
    @RestClient
    CatalogApi catalog;

    @Inject
    @RestClient
    PolicyApi policy;

    @GET
    public Response show(@QueryParam("effect") String effect, @QueryParam("requester") String requester,
                         @QueryParam("assetId") String assetId, @QueryParam("page") @DefaultValue("0") int page) {
        String e = AssetPages.oneOf(effect, EFFECTS);
        String r = Pages.blankToNull(requester);
        String a = Pages.blankToNull(assetId);
        int p = Math.max(0, page);
        return pages.ok(audit.data("verification", Backends.attempt(Backends.CATALOG, catalog::verifyAudit))
                .data("exports", Backends.attempt(Backends.CATALOG, catalog::exports))
                .data("decisions", Backends.attempt(Backends.POLICY,
                        () -> policy.decisions(a, r, e, p, AssetPages.PAGE_SIZE)))
                .data("effect", e == null ? "" : e).data("requester", r == null ? "" : r)
                .data("assetId", a == null ? "" : a).data("effects", EFFECTS)
                .data("pagerBase", "/audit?" + AssetPages.query("effect", e) + AssetPages.query("requester", r)
                        + AssetPages.query("assetId", a)));
    }
}

package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.backend.PolicyModels.PolicyView;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cross-border ledger of policy-service (issue 13): a calendar year's totals of persons whose personal
 * information was permitted abroad, against the cumulative thresholds of the loaded policies, the entries page by
 * page, and the ledger's hash chain verified. For security-admins and auditors, as the policy service allows.
 */
@Path("/ledger")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
public class LedgerResource {

    @Inject
    Template ledger;

    @Inject
    PageRenderer pages;

    @Inject
    PolicyBackend policy;

    @Inject
    CatalogBackend catalog;

    /** One cumulative threshold of a policy (match.minCumulativePersons / minCumulativeSensitivePersons). */
    @TemplateData
    public record Threshold(String policyId, String metric, long atLeast, String effect, String description,
                            String descriptionZh, String source, Boolean ciio, long total) {

        public String descriptionIn(boolean zh) {
            return cn.energydata.console.backend.Bilingual.pick(zh, description, descriptionZh);
        }

        /** 以上 includes the number: the threshold is reached at exactly {@code atLeast}. */
        public boolean isReached() {
            return total >= atLeast;
        }

        public long remaining() {
            return Math.max(0, atLeast - total);
        }

        public long percent() {
            return atLeast <= 0 ? 100 : Math.min(100, total * 100 / atLeast);
        }
    }

    @Inject
    cn.energydata.console.backend.AssetNames names;

    @GET
    public Response show(@QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page) {
        Integer y = year != null && year >= 2000 && year <= 2100 ? year : null;
        int p = Forms.page(page);
        var entries = policy.attempt(() -> policy.ledger(y, p, Forms.PAGE_SIZE));
        var policies = policy.attempt(policy::policies);
        var profile = catalog.attempt(catalog::profile);
        List<Threshold> thresholds = entries.ok() && policies.ok()
                ? thresholds(policies.value(), entries.value().persons(), entries.value().sensitivePersons())
                : List.of();
        int shownYear = entries.ok() ? entries.value().year() : y == null ? 0 : y;
        return pages.ok(ledger.data("entries", entries).data("policies", policies).data("thresholds", thresholds)
                .data("names", entries.ok() ? names.of(cn.energydata.console.backend.AssetNames.carried(
                        entries.value().itemList(), e -> e.assetId(), e -> e.assetName()),
                        entries.value().itemList().stream().map(e -> e.assetId()).toList()) : java.util.Map.of())
                .data("verification", policy.attempt(policy::verifyLedger))
                .data("profile", profile).data("year", shownYear)
                // No profile (404) or no answer: the policy service treats the organisation as a CIIO.
                .data("ciio", !profile.ok() || profile.value().isTreatedAsCiio())
                .data("profileMissing", profile.problem() != null && profile.problem().status() == 404)
                .data("pagerBase", "/ledger?" + (shownYear == 0 ? "" : "year=" + shownYear + "&")));
    }

    static List<Threshold> thresholds(List<PolicyView> policies, long persons, long sensitivePersons) {
        List<Threshold> list = new ArrayList<>();
        for (PolicyView pv : policies == null ? List.<PolicyView>of() : policies) {
            if (pv.match() == null) {
                continue;
            }
            if (pv.match().minCumulativePersons() != null) {
                list.add(new Threshold(pv.id(), "persons", pv.match().minCumulativePersons(), pv.effect(),
                        pv.description(), pv.descriptionZh(), pv.source(), pv.match().ciio(), persons));
            }
            if (pv.match().minCumulativeSensitivePersons() != null) {
                list.add(new Threshold(pv.id(), "sensitivePersons", pv.match().minCumulativeSensitivePersons(),
                        pv.effect(), pv.description(), pv.descriptionZh(), pv.source(), pv.match().ciio(), sensitivePersons));
            }
        }
        list.sort(Comparator.comparing(Threshold::metric).thenComparingLong(Threshold::atLeast));
        return list;
    }
}

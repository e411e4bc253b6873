package cn.energydata.console.web;

import cn.energydata.console.backend.Backends;
import cn.energydata.console.backend.CatalogApi;
import cn.energydata.console.backend.PolicyApi;
import cn.energydata.console.ui.CurrentUser;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The start page: assets per level and status, the review queue's length, the organisation's obligations and
 * the latest changes. Each panel is fetched on its own so one unavailable backend leaves the others readable.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @Inject
    Template dashboard;

    @Inject
    Pages pages;

    @Inject
    CurrentUser user;

    @Inject
    @RestClient
    CatalogApi catalog;

    @Inject
    @RestClient
    PolicyApi policy;

    @GET
    public Response show() {
        var page = dashboard.data("levelsDesc", java.util.List.of("CORE", "IMPORTANT", "GENERAL"))
                .data("statuses", AssetPages.STATUSES);
        if (user.isMayRead()) {
            page.data("stats", Backends.attempt(Backends.CATALOG, catalog::statistics));
            page.data("recent", Backends.attempt(Backends.CATALOG,
                    () -> catalog.search(null, null, null, "updatedAt", "desc", 0, 10)));
        } else {
            page.data("stats", null).data("recent", null);
        }
        page.data("queue", user.isMaySeeQueue()
                ? Backends.attempt(Backends.CATALOG, () -> catalog.reviewQueue(0, 1)) : null);
        page.data("obligations", user.isMayAudit() ? Backends.attempt(Backends.POLICY, policy::obligations) : null);
        // Re-filing is the catalog's to compute: its latest export says how many entries need it (newest first).
        page.data("exports", user.isMayAudit() ? Backends.attempt(Backends.CATALOG, catalog::exports) : null);
        // The catalog computes the re-filing due dates; only security-admins may read the list.
        var refilingDue = user.isAdmin() ? Backends.attempt(Backends.CATALOG, catalog::refilingDue) : null;
        page.data("refilingDue", refilingDue).data("refilingDueOverdue", refilingDue == null || !refilingDue.ok() ? 0
                : refilingDue.value().stream().filter(r -> r.overdue()).count());
        return pages.ok(page);
    }
}

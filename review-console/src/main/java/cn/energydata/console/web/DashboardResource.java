package cn.energydata.console.web;

import cn.energydata.console.ui.Vocabulary;
import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.Glossaries;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.ui.UiLocale;
import cn.energydata.console.ui.CurrentUser;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
    PageRenderer pages;

    @Inject
    CurrentUser user;

    @Inject
    CatalogBackend catalog;

    @Inject
    PolicyBackend policy;

    @Inject
    Glossaries glossaries;

    @Inject
    UiLocale ui;

    @GET
    public Response show() {
        var page = dashboard.data("levelsDesc", Vocabulary.LEVELS_DESCENDING)
                .data("statuses", Vocabulary.STATUSES);
        if (user.isMayRead()) {
            var stats = catalog.attempt(catalog::statistics);
            page.data("stats", stats).data("charts", stats.ok()
                    ? DashboardCharts.of(stats.value(), glossaries.forRuleSet(null), ui.isZh(), pages.messages(),
                    pages.labels())
                    : java.util.List.of());
            page.data("recent", catalog.attempt(() -> catalog.search(null, null, null, 0, 10)));
        } else {
            page.data("stats", null).data("recent", null).data("charts", java.util.List.of());
        }
        page.data("queue", user.isMaySeeQueue()
                ? catalog.attempt(() -> catalog.reviewQueue(0, 1)) : null);
        page.data("obligations", user.isMayAudit() ? policy.attempt(policy::obligations) : null);
        // Re-filing is the catalog's to compute: its latest export says how many entries need it (newest first).
        page.data("exports", user.isMayAudit() ? catalog.attempt(catalog::exports) : null);
        // The catalog computes the re-filing due dates; only security-admins may read the list.
        var refilingDue = user.isAdmin() ? catalog.attempt(catalog::refilingDue) : null;
        page.data("refilingDue", refilingDue).data("refilingDueOverdue", refilingDue == null || !refilingDue.ok() ? 0
                : refilingDue.value().stream().filter(r -> r.overdue()).count());
        return pages.ok(page);
    }
}

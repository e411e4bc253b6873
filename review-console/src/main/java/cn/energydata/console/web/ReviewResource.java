package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.CatalogModels.ConfirmationRequest;
import cn.energydata.console.backend.CatalogModels.Confirmations;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
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

import java.util.List;
import java.util.UUID;

/**
 * The review queue in the catalog's risk order; single decisions are taken on the asset page, several general
 * grades awaiting review can be confirmed here at once (catalog {@code POST /api/reviews/confirmations}).
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    /** The catalog's limit per bulk confirmation. */
    static final int MAX_CONFIRMATIONS = 1000;

    @Inject
    Template review;

    @Inject
    PageRenderer pages;

    @Inject
    ReviewQueue queue;

    @Inject
    CatalogBackend catalog;

    @Inject
    cn.energydata.console.backend.AssetNames names;

    @GET
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN})
    public Response queue(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        return render(200, Forms.page(page), null, notice, null);
    }

    /**
     * Claims an item for this reviewer (it tells the others someone is on it; it does not stop them deciding).
     * Another reviewer's live claim (409 {@code claimed}) shows the queue again naming that reviewer.
     */
    @POST
    @Path("/{assetId}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response claim(@PathParam("assetId") UUID assetId, @RestForm @DefaultValue("0") int page) {
        try {
            catalog.claim(assetId);
        } catch (BackendException e) {
            if (e.status() == 409 && "claimed".equals(e.slug())) {
                return render(409, Forms.page(page), null, null,
                        new ClaimTaken(assetId.toString(), e.member("claimedBy")));
            }
            throw e;
        }
        return pages.seeOther("/review?page=" + Forms.page(page) + "&notice=claimed");
    }

    @POST
    @Path("/{assetId}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response release(@PathParam("assetId") UUID assetId, @RestForm @DefaultValue("0") int page) {
        catalog.release(assetId);
        return pages.seeOther("/review?page=" + Forms.page(page) + "&notice=released");
    }

    /** Another reviewer holds a live claim on the asset ({@code claimedBy} null if the catalog did not say who). */
    @TemplateData
    public record ClaimTaken(String assetId, String claimedBy) {
    }

    /**
     * Confirms the ticked grades with one justification; the queue is shown again with what was confirmed and,
     * asset by asset, what the catalog refused and why.
     */
    @POST
    @Path("/confirmations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response confirm(@RestForm List<String> assetIds, @RestForm String justification,
                            @RestForm @DefaultValue("0") int page) {
        List<String> ids = assetIds == null ? List.of()
                : assetIds.stream().map(Forms::blankToNull).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_CONFIRMATIONS) {
            throw pages.refusal(400, "nothing-ticked");
        }
        String why = Forms.trim(justification);
        if (why == null || why.isEmpty()) {
            throw pages.refusal(400, "justification-missing");
        }
        Confirmations result = catalog.confirm(new ConfirmationRequest(ids, why));
        return render(200, Forms.page(page), result, null, null);
    }

    private Response render(int status, int page, Confirmations result, String notice, ClaimTaken taken) {
        ReviewQueue.Page shown = queue.page(page, Forms.PAGE_SIZE);
        List<String> named = new java.util.ArrayList<>();
        if (result != null) {
            result.refusedList().forEach(r -> named.add(r.assetId()));
        }
        if (taken != null) {
            named.add(taken.assetId());
        }
        return pages.render(status, review.data("queue", shown.queue()).data("toDecide", shown.toDecide())
                .data("notYours", shown.notYours()).data("anyConfirmable", shown.isAnyConfirmable())
                .data("result", result).data("page", page)
                .data("notice", "claimed".equals(notice) || "released".equals(notice) ? notice : "")
                .data("claimTaken", taken)
                .data("names", named.isEmpty() ? java.util.Map.of() : names.of(named)));
    }
}

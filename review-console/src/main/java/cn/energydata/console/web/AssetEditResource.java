package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.CatalogModels.AssetDetail;
import cn.energydata.console.backend.CatalogModels.Link;
import cn.energydata.console.backend.CatalogModels.SearchPage;
import cn.energydata.console.ui.Roles;
import cn.energydata.console.ui.Vocabulary;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Editing an asset's descriptor and lineage (issue 15 item 7): the form filled from the asset, posted to the
 * catalog's {@code PUT /api/assets/{id}} with the version the person saw. The catalog decides who may (the
 * registrant of the asset, security-admins) and refuses a stale version.
 */
@Path("/assets/{id}/edit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
public class AssetEditResource {

    @Inject
    @Location("asset_edit.html")
    Template page;

    @Inject
    PageRenderer pages;

    @Inject
    CatalogBackend catalog;

    @GET
    public Response form(@PathParam("id") UUID id) {
        AssetDetail detail = catalog.detail(id);
        return render(200, detail.asset(), AssetEditForm.of(detail.asset(), sources(detail)),
                detail.asset().version(), null);
    }

    /**
     * Sends the form to the catalog. Problems the console or the catalog find (400, 422) come back at the top and
     * at their fields with what was typed; a conflict (409: stale version, lineage floor, retired) is explained
     * above the form, also with what was typed; anything else is the error page.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, @RestForm Long version, @RestForm String name,
                         @RestForm String description, @RestForm String type, @RestForm String energyActivity,
                         @RestForm String ownerDepartment, @RestForm String ownerContact, @RestForm String system,
                         @RestForm String provinces, @RestForm String purpose, @RestForm List<String> remove,
                         @RestForm List<String> addAssetId, @RestForm List<String> addAsset,
                         @RestForm List<String> addMethod) {
        AssetDetail detail = catalog.detail(id);
        AssetEditForm typed = new AssetEditForm(Forms.text(name), Forms.text(description), Forms.text(type),
                Forms.text(energyActivity), Forms.text(ownerDepartment), Forms.text(ownerContact), Forms.text(system),
                Forms.text(provinces), Forms.text(purpose),
                AssetEditForm.sources(sources(detail), remove == null ? List.of() : remove),
                additions(addAssetId, addAsset, addMethod), Map.of());
        AssetEditForm checked = typed.checked();
        if (checked.isInvalid()) {
            return render(400, detail.asset(), checked, version, null);
        }
        try {
            catalog.update(id, typed.toUpdate(detail.asset(), version));
        } catch (BackendException e) {
            if (e.status() == 400 || e.status() == 422) {
                return render(e.status(), detail.asset(), typed.refusedBy(e), version, null);
            }
            if (e.status() == 409) {
                return render(409, detail.asset(), typed, version, e);
            }
            throw e;
        }
        return pages.seeOther("/assets/" + id + "?notice=asset-saved");
    }

    private Response render(int status, Asset asset, AssetEditForm form, Long version, BackendException conflict) {
        return pages.render(status, page.data("a", asset).data("form", form).data("version", version)
                .data("conflict", conflict).data("types", Vocabulary.TYPES).data("activities", Vocabulary.ACTIVITIES)
                .data("methods", AssetEditForm.METHODS).data("choices", choices(asset)));
    }

    /** The organisation's assets to pick a source from; without them (catalog refused) only the id input. */
    private List<Asset> choices(Asset editing) {
        SearchPage found = catalog.attempt(catalog::sourceChoices).value();
        if (found == null || found.items() == null) {
            return List.of();
        }
        return found.items().stream().filter(a -> !a.id().equals(editing.id())).toList();
    }

    private static List<Link> sources(AssetDetail detail) {
        return detail.lineage() == null ? List.of() : detail.lineage().sourceList();
    }

    private static List<AssetEditForm.Addition> additions(List<String> ids, List<String> picked, List<String> methods) {
        List<AssetEditForm.Addition> rows = new ArrayList<>();
        for (int i = 0; i < AssetEditForm.ADD_ROWS; i++) {
            rows.add(new AssetEditForm.Addition(item(ids, i), item(picked, i), item(methods, i)));
        }
        return rows;
    }

    private static String item(List<String> values, int i) {
        return values != null && i < values.size() ? Forms.text(values.get(i)) : "";
    }
}

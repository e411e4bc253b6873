package cn.energydata.console.web;

import cn.energydata.console.backend.Backends.Result;
import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.backend.PolicyModels.Controls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Which level's handling controls an asset page shows, and why: a reviewed asset's own level; an asset not graded
 * or not reviewed yet is handled as core (fail closed, as the policy service treats it), and the page says so.
 */
@ApplicationScoped
public class AssetControls {

    private static final Set<String> REVIEWED = Set.of("CONFIRMED", "OVERRIDDEN");

    @Inject
    PolicyBackend policy;

    /**
     * @param basis REVIEWED, UNREVIEWED (graded by the classifier only) or UNGRADED
     */
    public record Shown(String level, String basis, boolean failClosed, Result<Controls> controls) {
    }

    Shown of(Asset asset) {
        String basis = asset.level() == null ? "UNGRADED" : REVIEWED.contains(asset.status()) ? "REVIEWED"
                : "UNREVIEWED";
        String level = basis.equals("REVIEWED") ? asset.level() : "CORE";
        return new Shown(level, basis, !level.equals(asset.level()), policy.attempt(() -> policy.controls(level)));
    }
}

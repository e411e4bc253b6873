package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.common.identity.Caller;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** The caller's organisation and the assets it may see: another organisation's asset is "not found". */
@ApplicationScoped
public class Tenancy {

    @Inject
    Caller caller;

    @Inject
    AssetRepository assets;

    public String organisation() {
        return caller.organisation().orElseThrow(() -> ProblemException.forbidden("Your token carries no organisation."));
    }

    public String username() {
        return caller.username();
    }

    public Asset visibleAsset(UUID id) {
        return assets.findInOrganisation(id, organisation()).orElseThrow(() -> ProblemException.notFound("Asset " + id));
    }

    /** The asset, locked for this transaction so concurrent writers queue up and then see the new version. */
    public Asset assetForUpdate(UUID id) {
        return assets.findInOrganisationForUpdate(id, organisation())
                .orElseThrow(() -> ProblemException.notFound("Asset " + id));
    }

    public static void checkVersion(Asset asset, Long expected) {
        if (expected != null && expected != asset.version) {
            throw new ProblemException(409, "stale-version", "Conflict",
                    "The asset changed since you read it (version " + expected + ", now " + asset.version
                            + "). Reload and decide again.");
        }
    }
}

package cn.energydata.console.backend;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * One asset's name from the catalog, cached per organisation (the catalog answers each organisation for its own
 * assets only, so a name is never shared across organisations). A failed lookup throws and is not cached.
 */
@ApplicationScoped
public class AssetNameLookup {

    @Inject
    CatalogBackend catalog;

    @CacheResult(cacheName = "asset-names")
    public String name(@CacheKey String organisation, @CacheKey UUID assetId) {
        return catalog.detail(assetId).asset().name();
    }
}

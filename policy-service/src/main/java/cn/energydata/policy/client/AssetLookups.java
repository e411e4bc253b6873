package cn.energydata.policy.client;

import cn.energydata.policy.config.PolicyConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Asset lookups as decisions use them (docs/service-contracts.md, policy-service → catalog-service, issue 14): the
 * last answer of each asset is kept with its version; a caller that may use a cached answer (VIEW and DOWNLOAD
 * within the organisation) gets it while it is at most {@code policy.catalog.fresh-for} old; every other lookup
 * revalidates with the catalog ({@code If-None-Match}: a 304 costs no body). Unknown assets are never kept.
 */
@ApplicationScoped
public class AssetLookups {

    private record Kept(AssetLookup lookup, Instant readAt) {
    }

    private final Cache<String, Kept> kept;
    private final Duration freshFor;

    @Inject
    CatalogClient catalog;

    @Inject
    Clock clock;

    @Inject
    public AssetLookups(PolicyConfig config) {
        this.freshFor = config.catalog().freshFor();
        this.kept = Caffeine.newBuilder().maximumSize(config.catalog().assetsKept()).build();
    }

    /** The asset's classification; {@code cachedAllowed}: an answer up to {@code fresh-for} old will do. */
    public AssetLookup lookUp(String assetId, boolean cachedAllowed) {
        Kept known = kept.getIfPresent(assetId);
        Instant now = clock.instant();
        if (cachedAllowed && known != null && known.readAt().plus(freshFor).isAfter(now)) {
            return known.lookup();
        }
        AssetLookup lookup = catalog.classification(assetId, known == null ? null : known.lookup());
        if (lookup.found()) {
            kept.put(assetId, new Kept(lookup, now));
        } else {
            kept.invalidate(assetId);
        }
        return lookup;
    }

    /** Forgets an asset whose state this service just changed (a retirement). */
    public void forget(String assetId) {
        kept.invalidate(assetId);
    }
}

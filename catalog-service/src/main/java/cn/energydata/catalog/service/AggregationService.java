package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.repository.AssetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 点面结合: general assets that together become important. Flags regions where general assets hold personal
 * information of more people than the threshold, or where general infrastructure assets cover a region. The view
 * gives counts per region and kind; the assets behind a risk are listed page by page ({@link #assets}).
 */
@ApplicationScoped
public class AggregationService {

    public enum RiskKind { PERSONAL_INFORMATION, INFRASTRUCTURE }

    /** {@code assetsHref}: the first page of the assets behind the risk. */
    public record Risk(RiskKind kind, String region, long assets, Long persons, String explanation,
                       String assetsHref) {
    }

    public record View(String organisation, List<Risk> risks) {
    }

    public record RiskAsset(UUID id, String name, Level level, long persons, List<String> provinces,
                            List<String> categories, Instant registeredAt) {
    }

    /** One page; {@code next} is the {@code after} of the following page, null on the last. */
    public record RiskAssets(RiskKind kind, String region, List<RiskAsset> items, int size, String next) {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    AssetRepository assets;

    @Inject
    CatalogConfig config;

    @Transactional
    public View view() {
        String org = tenancy.organisation();
        List<Risk> risks = new ArrayList<>();
        long threshold = config.aggregation().personsThreshold();
        for (Object[] row : assets.piByRegion(org, threshold)) {
            String region = (String) row[0];
            long persons = ((Number) row[1]).longValue();
            risks.add(new Risk(RiskKind.PERSONAL_INFORMATION, region, ((Number) row[2]).longValue(), persons,
                    "General assets together hold personal information of " + persons
                            + " people in this region (threshold " + threshold + "): grade the aggregate.",
                    href(RiskKind.PERSONAL_INFORMATION, region)));
        }
        int min = config.aggregation().infrastructureAssets();
        for (Object[] row : assets.infrastructureByRegion(org, config.aggregation().infrastructureCategoryPrefix(), min)) {
            String region = (String) row[0];
            long count = ((Number) row[1]).longValue();
            risks.add(new Risk(RiskKind.INFRASTRUCTURE, region, count, null, count
                    + " general assets describe energy infrastructure of this region (threshold " + min
                    + "): together they may reveal the region's infrastructure.",
                    href(RiskKind.INFRASTRUCTURE, region)));
        }
        return new View(org, risks);
    }

    /** A page of the assets behind a risk, in registration order. */
    @Transactional
    public RiskAssets assets(RiskKind kind, String region, String after, int size) {
        AssetRepository.After from = after == null ? AssetRepository.After.START : Cursors.registration(after);
        String prefix = kind == RiskKind.INFRASTRUCTURE ? config.aggregation().infrastructureCategoryPrefix() : null;
        List<Asset> page = assets.riskAssetsPage(tenancy.organisation(), prefix, region, from, size + 1);
        boolean more = page.size() > size;
        List<Asset> items = more ? page.subList(0, size) : page;
        String next = more ? Cursors.registration(items.get(items.size() - 1)) : null;
        return new RiskAssets(kind, region, items.stream().map(a -> new RiskAsset(a.id, a.name, a.level,
                Math.max(a.piPersons == null ? 0 : a.piPersons, a.distinctPersons == null ? 0 : a.distinctPersons),
                List.copyOf(a.provinces), List.copyOf(a.categories), a.registeredAt)).toList(), size, next);
    }

    private static String href(RiskKind kind, String region) {
        return "/api/organisation/aggregation-risk/assets?kind=" + kind + "&region="
                + URLEncoder.encode(region, StandardCharsets.UTF_8);
    }
}

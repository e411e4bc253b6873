package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.repository.AssetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 点面结合: general assets that together become important. Flags regions where general assets hold personal
 * information of more people than the threshold, or where general infrastructure assets cover a region.
 */
@ApplicationScoped
public class AggregationService {

    public enum RiskKind { PERSONAL_INFORMATION, INFRASTRUCTURE }

    public record Risk(RiskKind kind, String region, long assets, Long persons, List<String> assetIds,
                       String explanation) {
    }

    public record View(String organisation, List<Risk> risks) {
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
            long persons = ((Number) row[1]).longValue();
            risks.add(new Risk(RiskKind.PERSONAL_INFORMATION, (String) row[0], ((Number) row[2]).longValue(), persons,
                    ids(row[3]), "General assets together hold personal information of " + persons
                    + " people in this region (threshold " + threshold + "): grade the aggregate."));
        }
        int min = config.aggregation().infrastructureAssets();
        for (Object[] row : assets.infrastructureByRegion(org, config.aggregation().infrastructureCategoryPrefix(), min)) {
            long count = ((Number) row[1]).longValue();
            risks.add(new Risk(RiskKind.INFRASTRUCTURE, (String) row[0], count, null, ids(row[2]),
                    count + " general assets describe energy infrastructure of this region (threshold " + min
                            + "): together they may reveal the region's infrastructure."));
        }
        return new View(org, risks);
    }

    private static List<String> ids(Object array) {
        if (array instanceof String[] strings) {
            return Arrays.asList(strings);
        }
        if (array instanceof Object[] objects) {
            return Arrays.stream(objects).map(String::valueOf).toList();
        }
        return List.of();
    }
}

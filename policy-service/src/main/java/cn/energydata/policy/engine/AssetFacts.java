package cn.energydata.policy.engine;

import java.util.Set;

/**
 * What the engine knows about an asset. {@code level} is the effective level: the caller has already turned an
 * unknown, ungraded or unreviewed grade into {@link Level#CORE}.
 */
public record AssetFacts(String organisation, Level level, Set<String> categoryIds, Set<DataCategory> dataCategories,
                         long persons) {

    public AssetFacts {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
    }
}

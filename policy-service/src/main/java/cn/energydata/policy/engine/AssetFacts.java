package cn.energydata.policy.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the engine knows about an asset. {@code level} is the effective level: the caller has already turned an
 * unknown, ungraded or unreviewed grade into {@link Level#CORE}. {@code persons} and {@code sensitivePersons}
 * are the persons whose (sensitive) personal information the asset holds; {@code flags} the flags in force
 * (a cleared POSSIBLE_STATE_SECRET is left out); {@code registeredBy} the user who registered the asset.
 */
public record AssetFacts(String organisation, Level level, Set<String> categoryIds, Set<DataCategory> dataCategories,
                         long persons, long sensitivePersons, Set<AssetFlag> flags, String registeredBy) {

    public AssetFacts {
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** An asset without flags, registrant or sensitive-person count. */
    public AssetFacts(String organisation, Level level, Set<String> categoryIds, Set<DataCategory> dataCategories,
                      long persons) {
        this(organisation, level, categoryIds, dataCategories, persons, 0, Set.of(), null);
    }

    public boolean personalInformation() {
        return dataCategories.contains(DataCategory.PERSONAL_INFORMATION);
    }
}

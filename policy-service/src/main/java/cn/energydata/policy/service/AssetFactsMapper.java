package cn.energydata.policy.service;

import cn.energydata.policy.client.AssetClassification;
import cn.energydata.policy.engine.AssetFacts;
import cn.energydata.policy.engine.AssetFlag;
import cn.energydata.policy.engine.DataCategory;
import cn.energydata.policy.engine.Level;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Turns the catalog's view of an asset into the engine's facts; an unreviewed or unknown grade counts as core. */
public final class AssetFactsMapper {

    private AssetFactsMapper() {
    }

    public static Level effectiveLevel(AssetClassification asset) {
        if (!asset.reviewed()) {
            return Level.CORE;
        }
        try {
            return Level.valueOf(asset.level());
        } catch (IllegalArgumentException e) {
            return Level.CORE;
        }
    }

    public static AssetFacts facts(AssetClassification asset) {
        Set<String> categories = asset.categories() == null ? Set.of() : new HashSet<>(asset.categories());
        EnumSet<DataCategory> data = EnumSet.noneOf(DataCategory.class);
        AssetClassification.PersonalInformation pi = asset.personalInformation();
        long persons = pi == null ? 0 : pi.persons();
        if (persons > 0 || categories.stream().anyMatch(c -> c.startsWith("pi."))) {
            data.add(DataCategory.PERSONAL_INFORMATION);
        }
        if (pi != null && (pi.sensitive() || pi.children() > 0)) {
            data.add(DataCategory.PERSONAL_INFORMATION);
            data.add(DataCategory.SENSITIVE_PERSONAL_INFORMATION);
        }
        if (pi != null && (pi.minors() > 0 || pi.children() > 0)) {
            data.add(DataCategory.PERSONAL_INFORMATION);
            data.add(DataCategory.MINORS_PERSONAL_INFORMATION);
        }
        // Persons of an asset holding sensitive PI all count as sensitive persons (overlap unknown: count high).
        long sensitivePersons = pi == null ? 0 : pi.sensitive() ? persons : pi.children();
        return new AssetFacts(asset.organisation(), effectiveLevel(asset), categories, data, persons, sensitivePersons,
                flags(asset), asset.registeredBy());
    }

    /**
     * The flags in force: the catalog's known flags, without POSSIBLE_STATE_SECRET once a security-admin recorded
     * that the secrecy review cleared the asset. Flags this service does not know are left out.
     */
    public static Set<AssetFlag> flags(AssetClassification asset) {
        EnumSet<AssetFlag> flags = EnumSet.noneOf(AssetFlag.class);
        if (asset.flags() != null) {
            for (String flag : asset.flags()) {
                try {
                    flags.add(AssetFlag.valueOf(flag));
                } catch (IllegalArgumentException | NullPointerException e) {
                    // an unknown flag: no policy can match it
                }
            }
        }
        if (asset.secrecyReview() != null && asset.secrecyReview().cleared()) {
            flags.remove(AssetFlag.POSSIBLE_STATE_SECRET);
        }
        return flags;
    }

    public static boolean hasMinors(AssetClassification asset) {
        AssetClassification.PersonalInformation pi = asset.personalInformation();
        return pi != null && (pi.minors() > 0 || pi.children() > 0);
    }
}

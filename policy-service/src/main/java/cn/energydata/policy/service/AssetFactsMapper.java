package cn.energydata.policy.service;

import cn.energydata.policy.client.AssetClassification;
import cn.energydata.policy.engine.AssetFacts;
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
        return new AssetFacts(asset.organisation(), effectiveLevel(asset), categories, data, persons);
    }

    public static boolean hasMinors(AssetClassification asset) {
        AssetClassification.PersonalInformation pi = asset.personalInformation();
        return pi != null && (pi.minors() > 0 || pi.children() > 0);
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.Level;

/** Review-queue order: core first, then important, then uncertain results, then the rest. */
final class QueueRank {

    private QueueRank() {
    }

    static short of(Level level, boolean uncertain) {
        if (level == Level.CORE) {
            return 0;
        }
        if (level == Level.IMPORTANT) {
            return 1;
        }
        return (short) (uncertain ? 2 : 3);
    }

    static boolean uncertain(Asset asset) {
        return asset.needsReview || (asset.extractionStatus != null && !"COMPLETE".equals(asset.extractionStatus));
    }
}

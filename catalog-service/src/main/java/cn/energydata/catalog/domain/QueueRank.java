package cn.energydata.catalog.domain;

/** Review-queue order: core first, then important, then uncertain results, then the rest. */
public final class QueueRank {

    /** Awaiting a second review (a CORE downgrade) ranks with CORE, ahead of everything else. */
    public static final short SECOND_REVIEW = 0;

    private QueueRank() {
    }

    public static short of(Level level, boolean uncertain) {
        if (level == Level.CORE) {
            return 0;
        }
        if (level == Level.IMPORTANT) {
            return 1;
        }
        return (short) (uncertain ? 2 : 3);
    }

    /** An automatic result the classifier was not sure of, or one from content it could not read completely. */
    public static boolean uncertain(Asset asset) {
        return asset.needsReview || (asset.extractionStatus != null && !"COMPLETE".equals(asset.extractionStatus));
    }
}

package cn.energydata.catalog.domain;

/** Where an asset is in its life: registered → grading pending / proposed → confirmed / overridden; retired. */
public enum AssetStatus {
    REGISTERED, GRADING_PENDING, PROPOSED, CONFIRMED, OVERRIDDEN, RETIRED;

    /** A reviewer has decided the current grade: automatic re-grading may only propose. */
    public boolean isHumanDecision() {
        return this == CONFIRMED || this == OVERRIDDEN;
    }
}

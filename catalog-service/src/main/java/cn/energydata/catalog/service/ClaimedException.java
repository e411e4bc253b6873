package cn.energydata.catalog.service;

import cn.energydata.common.problem.ProblemException;

/** 409 {@code claimed}: another reviewer holds a live claim on the asset; the problem names him. */
public class ClaimedException extends ProblemException {

    private final String claimedBy;

    public ClaimedException(String claimedBy) {
        super(409, "claimed", "Conflict", "Another reviewer (" + claimedBy + ") is on this asset.");
        this.claimedBy = claimedBy;
    }

    public String claimedBy() {
        return claimedBy;
    }
}

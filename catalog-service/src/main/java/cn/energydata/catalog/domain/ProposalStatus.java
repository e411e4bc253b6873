package cn.energydata.catalog.domain;

/**
 * The state of an automatic re-grade of an asset a reviewer has already decided. Revisions applied directly
 * (no human decision yet) have no proposal status.
 */
public enum ProposalStatus {
    OPEN, ACCEPTED, REJECTED, SUPERSEDED, NO_CHANGE
}

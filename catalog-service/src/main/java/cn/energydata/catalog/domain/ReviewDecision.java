package cn.energydata.catalog.domain;

public enum ReviewDecision {
    CONFIRM, OVERRIDE, ACCEPT_PROPOSAL, REJECT_PROPOSAL
}

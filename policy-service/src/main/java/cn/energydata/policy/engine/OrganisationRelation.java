package cn.energydata.policy.engine;

/** The requester's organisation relative to the asset's. */
public enum OrganisationRelation {
    SAME, OTHER
}

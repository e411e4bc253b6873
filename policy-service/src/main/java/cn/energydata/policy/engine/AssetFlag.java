package cn.energydata.policy.engine;

/**
 * Flags of an asset's grade in force (docs/service-contracts.md). POSSIBLE_STATE_SECRET is in force only until a
 * security-admin records that the secrecy review cleared it; OUT_OF_SCOPE and NEEDS_REVIEW change no decision on
 * their own (the built-in policies do not match them).
 */
public enum AssetFlag {
    POSSIBLE_STATE_SECRET, OUT_OF_SCOPE, NEEDS_REVIEW
}

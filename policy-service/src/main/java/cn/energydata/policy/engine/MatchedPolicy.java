package cn.energydata.policy.engine;

/** A policy that matched a request. */
public record MatchedPolicy(String id, int version, Effect effect, String source) {
}

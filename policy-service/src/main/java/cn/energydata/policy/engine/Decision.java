package cn.energydata.policy.engine;

import java.util.List;

/**
 * The engine's answer: effect, merged obligations, the policies that matched and why; {@code approvalUsed} says an
 * approval turned APPROVAL_REQUIRED into PERMIT (the caller must then use the approval up).
 */
public record Decision(Effect effect, Obligations obligations, List<MatchedPolicy> matchedPolicies,
                       List<Reason> reasons, boolean approvalUsed) {

    public List<String> matchedPolicyIds() {
        return matchedPolicies.stream().map(MatchedPolicy::id).toList();
    }

    public static Decision deny(String policyId, Reason reason) {
        return new Decision(Effect.DENY, Obligations.NONE,
                List.of(new MatchedPolicy(policyId, 1, Effect.DENY, "architecture: fail closed")), List.of(reason), false);
    }
}

package cn.energydata.policy.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides requests against a fixed set of validated policies. The policies are indexed by level and action at
 * construction, each bucket sorted by descending priority, so a decision only walks the few candidates of its
 * bucket. Immutable and thread-safe.
 */
public final class PolicyEngine {

    public static final String DEFAULT_DENY = "default-deny";
    public static final String APPROVAL_GRANTED = "approval-granted";

    private static final Reason APPROVAL_USED = new Reason(
            "A valid approval covers this request; it is used up by this decision",
            "本次申请有一项有效的审批，本次决策将使用该审批（仅限使用一次）。");

    private final List<Policy> policies;
    private final Map<Level, Map<Action, Policy[]>> index = new EnumMap<>(Level.class);

    public PolicyEngine(List<Policy> policies) {
        this.policies = policies.stream()
                .sorted(Comparator.comparingInt(Policy::priority).reversed().thenComparing(Policy::id))
                .toList();
        for (Level level : Level.values()) {
            Map<Action, Policy[]> byAction = new EnumMap<>(Action.class);
            for (Action action : Action.values()) {
                byAction.put(action, this.policies.stream().filter(p -> p.appliesTo(level, action)).toArray(Policy[]::new));
            }
            index.put(level, byAction);
        }
    }

    public List<Policy> policies() {
        return policies;
    }

    /** A DENY carries no obligations but one: to route the request to the secrecy process, when a policy says so. */
    private static Obligations denyObligations(List<Policy> matched) {
        for (Policy policy : matched) {
            PolicySpec.ObligationsDef o = policy.definition().obligations();
            if (o != null && Boolean.TRUE.equals(o.secrecyProcess())) {
                return Obligations.SECRECY_PROCESS;
            }
        }
        return Obligations.NONE;
    }

    public Decision decide(DecisionRequest request) {
        Policy[] candidates = index.get(request.asset().level()).get(request.action());
        List<Policy> matched = new ArrayList<>(candidates.length);
        Effect effect = null;
        for (Policy policy : candidates) {
            if (policy.matchesContext(request)) {
                matched.add(policy);
                if (effect == null || policy.effect().moreRestrictiveThan(effect)) {
                    effect = policy.effect();
                }
            }
        }
        if (matched.isEmpty()) {
            return Decision.deny(DEFAULT_DENY, new Reason("No policy permits " + request.action() + " on "
                    + request.asset().level() + " data (default deny)",
                    "没有任何策略允许对" + Terms.zh(request.asset().level()) + "进行“" + Terms.zh(request.action())
                            + "”操作（默认拒绝）。"));
        }
        List<MatchedPolicy> matchedPolicies = new ArrayList<>(matched.size());
        List<Reason> reasons = new ArrayList<>();
        ObligationMerger obligations = new ObligationMerger();
        // Reasons of the winning effect first, then the rest, each group in priority order.
        for (Policy policy : matched) {
            matchedPolicies.add(policy.asMatched());
            if (policy.effect() == effect) {
                reasons.add(policy.reasonText());
            }
        }
        for (Policy policy : matched) {
            if (policy.effect() != effect) {
                reasons.add(policy.reasonText());
            }
            if (policy.effect() != Effect.DENY) {
                obligations.add(policy.definition().obligations(), request);
            }
        }
        boolean approvalUsed = effect == Effect.APPROVAL_REQUIRED && request.approved();
        if (approvalUsed) {
            effect = Effect.PERMIT;
            reasons.add(0, APPROVAL_USED);
        }
        return new Decision(effect, effect == Effect.DENY ? denyObligations(matched) : obligations.result(),
                List.copyOf(matchedPolicies), List.copyOf(reasons), approvalUsed);
    }
}

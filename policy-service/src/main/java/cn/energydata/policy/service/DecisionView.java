package cn.energydata.policy.service;

import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.MatchedPolicy;
import cn.energydata.policy.engine.Obligations;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A decision as returned to the requester and to auditors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(UUID decisionId, Instant decidedAt, String requester, String action, String assetId,
                           String assetLevel, String effectiveLevel, Effect effect, Obligations obligations,
                           List<String> policyIds, List<MatchedPolicy> matchedPolicies, List<String> reasons,
                           UUID approvalId, String approvalStatus, DecisionCommand.Exemption exemption) {
}

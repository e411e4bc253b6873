package cn.energydata.policy.service;

import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.MatchedPolicy;
import cn.energydata.policy.engine.Obligations;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A decision as returned to the requester and to auditors. {@code assetName}: the asset's name as the catalog gave it
 * for this decision (absent when the asset is unknown, of another organisation, or the catalog did not answer). {@code reasonsZh}: the Chinese twin of each entry of
 * {@code reasons}, same order and length (null where an operator's policy gives no Chinese text: the console shows the
 * English one; entries logged before the Chinese texts existed have no list).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(UUID decisionId, Instant decidedAt, String requester, String action, String assetId,
                           String assetName,
                           String assetLevel, String effectiveLevel, Effect effect, Obligations obligations,
                           List<String> policyIds, List<MatchedPolicy> matchedPolicies, List<String> reasons,
                           List<String> reasonsZh, UUID approvalId, String approvalStatus, DecisionCommand.Exemption exemption) {
}

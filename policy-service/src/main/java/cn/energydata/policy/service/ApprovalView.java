package cn.energydata.policy.service;

import cn.energydata.policy.domain.ApprovalStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalView(UUID id, ApprovalStatus status, boolean usable, Instant createdAt, String requester,
                           String assetId, String assetName, String effectiveLevel, String action, String destination, String country,
                           String purpose, boolean bulk, UUID decisionId, List<String> policyIds, String decidedBy,
                           Instant decidedAt, Instant expiresAt, String comment, Instant consumedAt,
                           UUID consumedByDecision, int approvalsRequired, String firstApprover,
                           String exemptionType, String exemptionReason) {
}

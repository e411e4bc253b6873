package cn.energydata.policy.service;

import cn.energydata.policy.engine.Medium;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code POST /api/erasures}: the certificate of an erasure permitted by a DELETE decision. {@code method}
 * defaults to the method the decision's obligations name for the medium.
 */
public record ErasureCommand(@NotBlank @Size(max = 255) String assetId, @NotNull UUID decisionId,
                             @NotNull Medium medium, @Size(max = 2000) String method,
                             @NotBlank @Size(max = 2000) String certificate,
                             @NotBlank @Size(max = 255) String verifiedBy,
                             @NotBlank @Size(max = 2000) String verification,
                             @NotNull Instant erasedAt, @Size(max = 255) String secondOperator) {
}

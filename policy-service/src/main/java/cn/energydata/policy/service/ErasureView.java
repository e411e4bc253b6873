package cn.energydata.policy.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErasureView(UUID id, String assetId, UUID decisionId, String medium, String method, String certificate,
                          String verifiedBy, String verification, String secondOperator, Instant erasedAt,
                          String recordedBy, Instant recordedAt, boolean catalogRetired, String catalogError) {
}

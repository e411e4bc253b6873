package cn.energydata.policy.service;

import cn.energydata.policy.engine.AssessmentType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record AssessmentView(UUID id, String organisation, AssessmentType type, String reference, String scope,
                             List<String> assetIds, LocalDate validFrom, LocalDate validUntil, boolean validToday,
                             String recordedBy, Instant recordedAt) {
}

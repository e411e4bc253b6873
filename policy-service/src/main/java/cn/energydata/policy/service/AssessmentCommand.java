package cn.energydata.policy.service;

import cn.energydata.policy.engine.AssessmentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/assessments}: an assessment on file; no asset ids means the whole organisation. */
public record AssessmentCommand(@NotNull AssessmentType type, @NotBlank @Size(max = 255) String reference,
                                @NotBlank @Size(max = 2000) String scope, List<@NotBlank String> assetIds,
                                @NotNull LocalDate validFrom, @NotNull LocalDate validUntil) {
}

package cn.energydata.policy.service;

import cn.energydata.policy.engine.IncidentRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * {@code POST /api/incidents/{id}/reports}: the initial or final report made to the authorities; {@code reportedAt}
 * defaults to now, {@code reference} is the acknowledgement or file number, {@code recipient} the authority.
 */
public record IncidentReportCommand(@NotNull IncidentRules.Report type, @NotBlank @Size(max = 255) String reference,
                                    @Size(max = 255) String recipient, Instant reportedAt) {
}

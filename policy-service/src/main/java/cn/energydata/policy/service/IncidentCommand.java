package cn.energydata.policy.service;

import cn.energydata.policy.engine.IncidentSeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/incidents}: an incident of the caller's organisation. {@code severity} is the one the
 * security-admin assessed (the severity floors may raise it); {@code description} says what happened, without
 * personal data.
 */
public record IncidentCommand(@Size(max = 1000) List<@NotBlank @Size(max = 255) String> assetIds,
                              @NotNull IncidentSeverity severity, @NotNull @PositiveOrZero Long personsAffected,
                              @NotNull Instant discoveredAt, @NotBlank @Size(max = 4000) String description) {
}

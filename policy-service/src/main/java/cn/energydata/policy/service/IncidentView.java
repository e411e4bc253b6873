package cn.energydata.policy.service;

import cn.energydata.policy.engine.IncidentSeverity;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident with its report duties. {@code overdue}: a required report is missing past its deadline.
 * A duty's {@code status}: NOT_REQUIRED (no rule requires it), DUE (deadline ahead), OVERDUE (deadline passed,
 * no report), REPORTED, REPORTED_LATE (reported after the deadline).
 */
public record IncidentView(UUID id, String organisation, List<String> assetIds, IncidentSeverity declaredSeverity,
                           IncidentSeverity severity, List<String> severityRaisedBy, long personsAffected,
                           Instant discoveredAt, String description, boolean ciio, String ciioAssumption,
                           ReportDuty initialReport, ReportDuty finalReport, boolean overdue, String recordedBy,
                           Instant recordedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportDuty(boolean required, Instant due, String rule, String source, String recipient,
                             String status, Report report) {
    }

    public record Report(Instant reportedAt, String reference, String recipient, String recordedBy,
                         Instant recordedAt) {
    }
}

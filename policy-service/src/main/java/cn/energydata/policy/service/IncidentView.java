package cn.energydata.policy.service;

import cn.energydata.policy.engine.IncidentSeverity;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident with its report duties. {@code overdue}: a required report is missing past its deadline.
 * A duty's {@code status}: NOT_REQUIRED (no rule requires it), DUE (deadline ahead), OVERDUE (deadline passed,
 * no report), REPORTED, REPORTED_LATE (reported after the deadline). {@code ciioAssumptionZh}, a duty's
 * {@code recipientZh}: the Chinese texts (the assumption is null in incidents recorded before it existed).
 */
public record IncidentView(UUID id, String organisation, List<String> assetIds, IncidentSeverity declaredSeverity,
                           IncidentSeverity severity, List<String> severityRaisedBy, long personsAffected,
                           Instant discoveredAt, String description, boolean ciio, String ciioAssumption,
                           String ciioAssumptionZh,
                           ReportDuty initialReport, ReportDuty finalReport, boolean overdue, String recordedBy,
                           Instant recordedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportDuty(boolean required, Instant due, String rule, String source, String recipient,
                             String recipientZh, String status, Report report) {
    }

    public record Report(Instant reportedAt, String reference, String recipient, String recordedBy,
                         Instant recordedAt) {
    }
}

package cn.energydata.policy.service;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.domain.Incident;
import cn.energydata.policy.domain.IncidentReport;
import cn.energydata.policy.engine.IncidentRules;
import cn.energydata.policy.engine.IncidentSeverity;
import cn.energydata.policy.repository.IncidentReportRepository;
import cn.energydata.policy.repository.IncidentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records incidents with their severity and report deadlines (incident rules, CIIO status from the organisation's
 * profile, fail closed to a CIIO) and the reports made; tells which reports are due or overdue.
 */
@ApplicationScoped
public class IncidentService {

    /** Clock skew tolerated for times given by the caller. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    @Inject
    IncidentRules rules;

    @Inject
    OrganisationProfiles profiles;

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentReportRepository reports;

    @Inject
    Clock clock;

    public IncidentView record(IncidentCommand command, String organisation, String recordedBy) {
        if (organisation == null) {
            throw ProblemException.badRequest("Incidents are recorded for the caller's organisation; the token has no 'org' claim.");
        }
        Instant now = clock.instant();
        if (command.discoveredAt().isAfter(now.plus(SKEW))) {
            throw ProblemException.badRequest("'discoveredAt' is in the future.");
        }
        // Read before the transaction: the catalog may take up to its timeout to answer.
        OrganisationProfiles.Ciio ciio = profiles.ciio(organisation);
        IncidentRules.Severity severity = rules.severity(command.severity(), command.personsAffected());
        IncidentRules.Due initial = rules.due(IncidentRules.Report.INITIAL, ciio.ciio(), severity.severity(), command.discoveredAt());
        IncidentRules.Due fin = rules.due(IncidentRules.Report.FINAL, ciio.ciio(), severity.severity(), command.discoveredAt());

        Incident i = new Incident();
        i.id = UUID.randomUUID();
        i.organisation = organisation;
        i.assetIds = command.assetIds() == null || command.assetIds().isEmpty() ? null : String.join(",", command.assetIds());
        i.declaredSeverity = command.severity().name();
        i.severity = severity.severity().name();
        i.severityRaisedBy = severity.raisedBy().isEmpty() ? null : String.join(",", severity.raisedBy());
        i.personsAffected = command.personsAffected();
        i.discoveredAt = command.discoveredAt();
        i.description = command.description();
        i.ciio = ciio.ciio();
        i.ciioAssumption = ciio.assumption() == null ? null : ciio.assumption().en();
        i.ciioAssumptionZh = ciio.assumption() == null ? null : ciio.assumption().zh();
        i.initialDue = initial.due();
        i.initialRule = initial.rule() == null ? null : initial.rule().id();
        i.finalDue = fin.due();
        i.finalRule = fin.rule() == null ? null : fin.rule().id();
        i.recordedBy = recordedBy;
        i.recordedAt = now;
        QuarkusTransaction.joiningExisting().run(() -> incidents.persist(i));
        return view(i, List.of(), now);
    }

    @Transactional
    public PageView<IncidentView> list(String organisation, int page, int size) {
        var query = incidents.ofOrganisation(organisation).page(Page.of(page, size));
        List<Incident> items = query.list();
        return new PageView<>(page, size, query.count(), views(items));
    }

    @Transactional
    public IncidentView get(String organisation, UUID id) {
        return view(find(organisation, id), reports.ofIncidents(List.of(id)), clock.instant());
    }

    @Transactional
    public IncidentView report(String organisation, UUID id, IncidentReportCommand command, String recordedBy) {
        Incident incident = find(organisation, id);
        Instant now = clock.instant();
        Instant reportedAt = command.reportedAt() == null ? now : command.reportedAt();
        if (reportedAt.isAfter(now.plus(SKEW))) {
            throw ProblemException.badRequest("'reportedAt' is in the future.");
        }
        if (reportedAt.isBefore(incident.discoveredAt)) {
            throw ProblemException.badRequest("'reportedAt' is before the incident was discovered.");
        }
        List<IncidentReport> existing = reports.ofIncidents(List.of(id));
        if (existing.stream().anyMatch(r -> r.type.equals(command.type().name()))) {
            throw ProblemException.conflict("The " + command.type() + " report of incident " + id
                    + " is already recorded; reports are never changed.");
        }
        IncidentReport r = new IncidentReport();
        r.id = UUID.randomUUID();
        r.incidentId = id;
        r.type = command.type().name();
        r.reportedAt = reportedAt;
        r.reference = command.reference();
        r.recipient = command.recipient();
        r.recordedBy = recordedBy;
        r.recordedAt = now;
        reports.persist(r);
        return view(incident, reports.ofIncidents(List.of(id)), now);
    }

    /** The organisation's incidents with a required report not yet made (due or overdue), most urgent first. */
    @Transactional
    public List<IncidentView> open(String organisation) {
        List<Incident> candidates = incidents.list("organisation = ?1 and (initialDue is not null or finalDue is not null)",
                organisation);
        return views(candidates).stream()
                .filter(v -> isOpen(v.initialReport()) || isOpen(v.finalReport()))
                .toList();
    }

    private static boolean isOpen(IncidentView.ReportDuty duty) {
        return "DUE".equals(duty.status()) || "OVERDUE".equals(duty.status());
    }

    private Incident find(String organisation, UUID id) {
        Incident incident = incidents.findById(id);
        if (incident == null || !Objects.equals(incident.organisation, organisation)) {
            throw ProblemException.notFound("Incident " + id);
        }
        return incident;
    }

    private List<IncidentView> views(List<Incident> items) {
        Map<UUID, List<IncidentReport>> byIncident = reports.ofIncidents(items.stream().map(i -> i.id).toList())
                .stream().collect(Collectors.groupingBy(r -> r.incidentId));
        Instant now = clock.instant();
        return items.stream().map(i -> view(i, byIncident.getOrDefault(i.id, List.of()), now)).toList();
    }

    private IncidentView view(Incident i, List<IncidentReport> made, Instant now) {
        IncidentView.ReportDuty initial = duty(IncidentRules.Report.INITIAL, i.initialDue, i.initialRule, made, now);
        IncidentView.ReportDuty fin = duty(IncidentRules.Report.FINAL, i.finalDue, i.finalRule, made, now);
        return new IncidentView(i.id, i.organisation, i.assetIds == null ? List.of() : Arrays.asList(i.assetIds.split(",")),
                IncidentSeverity.valueOf(i.declaredSeverity), IncidentSeverity.valueOf(i.severity),
                i.severityRaisedBy == null ? List.of() : Arrays.asList(i.severityRaisedBy.split(",")), i.personsAffected,
                i.discoveredAt, i.description, i.ciio, i.ciioAssumption, i.ciioAssumptionZh, initial, fin,
                "OVERDUE".equals(initial.status()) || "OVERDUE".equals(fin.status()), i.recordedBy, i.recordedAt);
    }

    private IncidentView.ReportDuty duty(IncidentRules.Report type, Instant due, String ruleId, List<IncidentReport> made,
                                        Instant now) {
        IncidentRules.Deadline rule = rules.deadlines().stream().filter(d -> d.id().equals(ruleId)).findFirst().orElse(null);
        IncidentReport report = made.stream().filter(r -> r.type.equals(type.name())).findFirst().orElse(null);
        String status;
        if (report != null) {
            status = due != null && report.reportedAt.isAfter(due) ? "REPORTED_LATE" : "REPORTED";
        } else if (due == null) {
            status = "NOT_REQUIRED";
        } else {
            status = now.isAfter(due) ? "OVERDUE" : "DUE";
        }
        return new IncidentView.ReportDuty(due != null, due, ruleId, rule == null ? null : rule.source(),
                rule == null ? null : rule.recipient(), rule == null ? null : rule.recipientZh(), status,
                report == null ? null
                : new IncidentView.Report(report.reportedAt, report.reference, report.recipient, report.recordedBy,
                report.recordedAt));
    }
}

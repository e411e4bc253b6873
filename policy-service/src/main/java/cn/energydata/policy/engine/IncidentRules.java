package cn.energydata.policy.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The incident-reporting rules (YAML, {@code incidents/reporting.yaml}): severity floors and report deadlines, each
 * with a stable id and a source. Plain Java, immutable once loaded.
 */
public final class IncidentRules {

    /** The reports an incident may owe. */
    public enum Report { INITIAL, FINAL }

    public record SeverityFloor(String id, Long minPersonsAffected, IncidentSeverity severity, String source) {
    }

    public record Deadline(String id, Report report, Boolean ciio, IncidentSeverity minSeverity, Duration within,
                           String recipient, String recipientZh, String source) {

        boolean matches(boolean incidentCiio, IncidentSeverity severity) {
            return (ciio == null || ciio == incidentCiio) && (minSeverity == null || severity.atLeast(minSeverity));
        }
    }

    record File(List<SeverityFloor> severityFloors, List<Deadline> deadlines) {
    }

    /** The severity after the floors, and the ids of the floors that raised it. */
    public record Severity(IncidentSeverity severity, List<String> raisedBy) {
    }

    /** A report's deadline: {@code due} null when no rule requires the report. */
    public record Due(Report report, Instant due, Deadline rule) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern CITED = Pattern.compile("art\\. \\d+|annex|\\[default] \\S+");

    private final List<SeverityFloor> floors;
    private final List<Deadline> deadlines;

    private IncidentRules(List<SeverityFloor> floors, List<Deadline> deadlines) {
        this.floors = List.copyOf(floors);
        this.deadlines = List.copyOf(deadlines);
    }

    /** Loads and validates a classpath resource; any problem names the resource and the rule. */
    public static IncidentRules load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PolicyValidationException("classpath:" + resource + ": incident rules not found");
            }
            return parse("classpath:" + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new PolicyValidationException("classpath:" + resource + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static IncidentRules parse(String name, byte[] content) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        File file;
        try {
            file = yaml.readValue(content, File.class);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new PolicyValidationException(name + ": not valid incident rules: "
                    + (message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message), e);
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<SeverityFloor> floors = file.severityFloors() == null ? List.of() : file.severityFloors();
        List<Deadline> deadlines = file.deadlines() == null ? List.of() : file.deadlines();
        for (SeverityFloor f : floors) {
            checkId(f.id(), ids, problems);
            checkSource(f.id(), f.source(), problems);
            if (f.minPersonsAffected() == null || f.minPersonsAffected() < 1 || f.severity() == null) {
                problems.add(f.id() + ": 'minPersonsAffected' (≥ 1) and 'severity' are required");
            }
        }
        for (Deadline d : deadlines) {
            checkId(d.id(), ids, problems);
            checkSource(d.id(), d.source(), problems);
            if (d.report() == null || d.within() == null || d.within().isNegative() || d.within().isZero()) {
                problems.add(d.id() + ": 'report' (INITIAL or FINAL) and a positive 'within' are required");
            }
            if (d.recipient() == null || d.recipientZh() == null || !d.recipientZh().matches("(?s).*\\p{IsHan}.*")) {
                problems.add(d.id() + ": 'recipient' and its Chinese text 'recipientZh' are required");
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyValidationException(name + ": " + String.join("; ", problems));
        }
        return new IncidentRules(floors, deadlines);
    }

    private static void checkId(String id, Set<String> ids, List<String> problems) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("'" + id + "': 'id' is required: lower-case words separated by '.' or '-'");
        } else if (!ids.add(id)) {
            problems.add(id + ": duplicate id");
        }
    }

    private static void checkSource(String id, String source, List<String> problems) {
        if (source == null || !CITED.matcher(source).find()) {
            problems.add(id + ": 'source' must cite an article (art. N), the annex, or '[default]' with the reason");
        }
    }

    public List<SeverityFloor> severityFloors() {
        return floors;
    }

    public List<Deadline> deadlines() {
        return deadlines;
    }

    /** The declared severity raised to every floor the facts reach (never lowered). */
    public Severity severity(IncidentSeverity declared, long personsAffected) {
        IncidentSeverity severity = declared;
        List<String> raisedBy = new ArrayList<>();
        for (SeverityFloor floor : floors) {
            if (personsAffected >= floor.minPersonsAffected() && !severity.atLeast(floor.severity())) {
                severity = floor.severity();
                raisedBy.add(floor.id());
            }
        }
        return new Severity(severity, List.copyOf(raisedBy));
    }

    /** The deadline of a report: the first matching rule's {@code within} after discovery, or none. */
    public Due due(Report report, boolean ciio, IncidentSeverity severity, Instant discoveredAt) {
        for (Deadline d : deadlines) {
            if (d.report() == report && d.matches(ciio, severity)) {
                return new Due(report, discoveredAt.plus(d.within()), d);
            }
        }
        return new Due(report, null, null);
    }
}

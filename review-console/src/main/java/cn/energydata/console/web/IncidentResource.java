package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.backend.PolicyModels.IncidentCommand;
import cn.energydata.console.backend.PolicyModels.IncidentReportCommand;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Cybersecurity incidents (policy-service owns them, issue 13 item 8): the list with the initial and final report
 * deadlines and their states, for security-admins and auditors; security-admins record an incident and the reports
 * made. Times are typed and shown in UTC, as everywhere in the console.
 */
@Path("/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
public class IncidentResource {

    static final List<String> SEVERITIES = List.of("GENERAL", "LARGER", "MAJOR", "ESPECIALLY_MAJOR");
    static final List<String> REPORT_TYPES = List.of("INITIAL", "FINAL");

    @Inject
    Template incidents;

    @Inject
    PageRenderer pages;

    @Inject
    PolicyBackend policy;

    @Inject
    Clock clock;

    @Inject
    cn.energydata.console.backend.AssetNames names;

    @GET
    public Response show(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        int p = Forms.page(page);
        var list = policy.attempt(() -> policy.incidents(p, Forms.PAGE_SIZE));
        return pages.ok(incidents.data("incidents", list)
                .data("names", list.ok() ? names.of(list.value().itemList().stream()
                        .flatMap(i -> i.assetList().stream()).toList()) : java.util.Map.of())
                .data("severities", SEVERITIES)
                .data("now", LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MINUTES))
                .data("pagerBase", "/incidents?").data("notice", notice == null ? "" : notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response record(@RestForm String severity, @RestForm String personsAffected,
                           @RestForm String discoveredAt, @RestForm String assetIds, @RestForm String description) {
        IncidentCommand command = new IncidentCommand(Forms.ids(assetIds), Forms.oneOf(severity, SEVERITIES),
                count(personsAffected), utc(discoveredAt, "discoveredAt"), Forms.trim(description));
        policy.recordIncident(command);
        return pages.seeOther("/incidents?notice=incident-recorded");
    }

    @POST
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response report(@PathParam("id") UUID id, @RestForm String type, @RestForm String reference,
                           @RestForm String recipient, @RestForm String reportedAt) {
        IncidentReportCommand command = new IncidentReportCommand(Forms.oneOf(type, REPORT_TYPES),
                Forms.trim(reference), Forms.blankToNull(recipient),
                utc(reportedAt, "reportedAt"));
        policy.recordReport(id, command);
        return pages.seeOther("/incidents?notice=incident-reported#incident-" + id);
    }

    /** A {@code datetime-local} value read as UTC; empty is null (the policy service's default or refusal). */
    static Instant utc(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BackendException("review-console", 400, "urn:energy-data:problem:invalid-time", "Invalid time",
                    "Use the form YYYY-MM-DDTHH:MM (UTC).",
                    List.of(new BackendException.FieldError(field, "YYYY-MM-DDTHH:MM")));
        }
    }

    private static Long count(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim().replaceAll("[\\s,_]", ""));
        } catch (NumberFormatException e) {
            throw new BackendException("review-console", 400, "urn:energy-data:problem:invalid-number", "Invalid number",
                    "The number of people affected is a whole number.",
                    List.of(new BackendException.FieldError("personsAffected", "a whole number")));
        }
    }

}

package cn.energydata.console.web;

import cn.energydata.console.backend.Backends.Result;
import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.BackendUnavailableException;
import cn.energydata.console.backend.DiscoveryBackend;
import cn.energydata.console.backend.DiscoveryModels;
import cn.energydata.console.backend.DiscoveryModels.Scan;
import cn.energydata.console.backend.DiscoveryModels.Source;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import java.util.List;
import java.util.UUID;

/**
 * Discovery (issue 16): the organisation's data sources, their scans and what each scan found, from
 * discovery-service. Security-admins register, edit and scan sources; reviewers and auditors read. When the service
 * cannot be reached the page says so in place of its data.
 */
@Path("/discovery")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SECURITY_ADMIN, Roles.SECURITY_REVIEWER, Roles.AUDITOR})
public class DiscoveryResource {

    static final List<String> OUTCOMES = List.of("GRADED", "UNCHANGED", "SKIPPED", "FAILED");
    static final List<String> MODES = List.of("INCREMENTAL", "FULL");

    @Inject
    @Location("discovery_sources.html")
    Template sourcesPage;

    @Inject
    @Location("discovery_source_form.html")
    Template formPage;

    @Inject
    @Location("discovery_source.html")
    Template sourcePage;

    @Inject
    @Location("discovery_scan.html")
    Template scanPage;

    @Inject
    @Location("discovery_progress.html")
    Template progressFragment;

    @Inject
    PageRenderer pages;

    @Inject
    DiscoveryBackend discovery;

    @GET
    public Response index() {
        return Response.seeOther(java.net.URI.create("/discovery/sources")).build();
    }

    @GET
    @Path("/sources")
    public Response sources(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        int p = Forms.page(page);
        return pages.ok(sourcesPage.data("sources", discovery.attempt(() -> discovery.sources(p, Forms.PAGE_SIZE)))
                .data("notice", notice == null ? "" : notice).data("pagerBase", "/discovery/sources?"));
    }

    @GET
    @Path("/sources/new")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response newSource() {
        return pages.ok(form(SourceForm.empty()));
    }

    @POST
    @Path("/sources")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response register(@BeanParam SourceFormInput input) {
        return save(null, input);
    }

    @GET
    @Path("/sources/{id}/edit")
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response editSource(@PathParam("id") UUID id) {
        Result<Source> source = discovery.attempt(() -> discovery.source(id));
        if (!source.ok()) {
            return unavailableOrThrow(source);
        }
        return pages.ok(form(SourceForm.of(source.value())));
    }

    @POST
    @Path("/sources/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response update(@PathParam("id") UUID id, @BeanParam SourceFormInput input) {
        return save(id, input);
    }

    /**
     * Registers or updates a source. What the console or the service refuses as invalid shows the form again with
     * the values typed (never the password) and each problem at its field; a service that cannot be reached shows
     * the form with that message; 409 (a name already used) is the problem at the name.
     */
    private Response save(UUID id, SourceFormInput input) {
        String stored = Forms.oneOf(input.storedCredentials, List.of("STORED", "REFERENCED", "NONE"));
        SourceForm typed = SourceForm.typed(id == null ? null : id.toString(), stored == null ? "NONE" : stored,
                input.values());
        SourceForm checked = typed.checked();
        if (checked.isInvalid()) {
            return pages.render(400, form(checked));
        }
        try {
            var request = typed.toRequest(input.credentialsPassword);
            Source saved = id == null ? discovery.register(request) : discovery.update(id, request);
            return pages.seeOther("/discovery/sources/" + saved.id() + "?notice=source-saved");
        } catch (BackendException e) {
            if (e.status() == 409) {
                // the name is already used in the organisation: said at the name, in the service's words
                var atName = new BackendException(e.service(), 409, e.type(), e.title(), e.detail(),
                        List.of(new BackendException.FieldError("name", e.detail() == null ? e.title() : e.detail())));
                return pages.render(409, form(typed.refusedBy(atName)));
            }
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            return pages.render(e.status(), form(typed.refusedBy(e)).data("refusal", e));
        } catch (BackendUnavailableException e) {
            return pages.render(503, form(typed.unavailable(e.service())));
        }
    }

    private TemplateInstance form(SourceForm form) {
        return formPage.data("form", form).data("kinds", SourceForm.KINDS).data("refusal", null);
    }

    @GET
    @Path("/sources/{id}")
    public Response source(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("notice") String notice) {
        Result<Source> source = discovery.attempt(() -> discovery.source(id));
        if (!source.ok()) {
            return unavailableOrThrow(source);
        }
        int p = Forms.page(page);
        return pages.ok(sourcePage.data("source", source.value())
                .data("scans", discovery.attempt(() -> discovery.scans(id, p, Forms.PAGE_SIZE)))
                .data("modes", MODES).data("notice", notice == null ? "" : notice)
                .data("pagerBase", "/discovery/sources/" + id + "?"));
    }

    @POST
    @Path("/sources/{id}/scans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response startScan(@PathParam("id") UUID id, @RestForm String mode) {
        Scan scan = discovery.startScan(id, Forms.oneOf(mode, MODES) == null ? "INCREMENTAL" : mode);
        return pages.seeOther("/discovery/scans/" + scan.id() + "?notice=scan-started");
    }

    @GET
    @Path("/scans/{id}")
    public Response scan(@PathParam("id") UUID id, @QueryParam("outcome") String outcome,
                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        Result<Scan> scan = discovery.attempt(() -> discovery.scan(id));
        if (!scan.ok()) {
            return unavailableOrThrow(scan);
        }
        String o = Forms.oneOf(outcome, OUTCOMES);
        int p = Forms.page(page);
        UUID sourceId = uuid(scan.value().sourceId());
        return pages.ok(scanPage.data("scan", scan.value())
                .data("source", sourceId == null ? null : discovery.attempt(() -> discovery.source(sourceId)).value())
                .data("items", discovery.attempt(() -> discovery.items(id, o, p, Forms.PAGE_SIZE)))
                .data("outcomes", OUTCOMES).data("outcome", o == null ? "" : o)
                .data("notice", notice == null ? "" : notice)
                .data("pagerBase", "/discovery/scans/" + id + "?" + Forms.query("outcome", o)));
    }

    /**
     * The progress panel alone, polled by htmx while the scan runs. Once it has finished the page reloads
     * ({@code HX-Refresh}) so its items are shown complete.
     */
    @GET
    @Path("/scans/{id}/progress")
    public Response progress(@PathParam("id") UUID id) {
        Scan scan = discovery.scan(id);
        Response fragment = pages.ok(progressFragment.data("scan", scan));
        if (pages.htmx() && !DiscoveryModels.ACTIVE_STATES.contains(scan.state())) {
            return Response.fromResponse(fragment).header("HX-Refresh", "true").build();
        }
        return fragment;
    }

    /** discovery-service unreachable: this page with a clear message in place of its data; a problem is thrown. */
    private Response unavailableOrThrow(Result<?> failed) {
        if (failed.problem() != null) {
            throw failed.problem();
        }
        return pages.render(503, sourcesPage.data("sources", failed).data("notice", "")
                .data("pagerBase", "/discovery/sources?"));
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.CatalogueFormats;
import cn.energydata.catalog.service.ExportService;
import cn.energydata.catalog.service.JobService;
import cn.energydata.catalog.service.Tenancy;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Regulator exports of the important/core data catalogue (JSON, or the filing template as CSV or XLSX); every export
 * is recorded with its catalogue, so it can be downloaded again.
 */
@Path("/api/exports")
@Tag(name = "exports")
public class ExportResource {

    private static final List<String> FORMATS = List.of("json", "csv", "xlsx");

    @Inject
    ExportService exports;

    @Inject
    JobService jobs;

    @Inject
    Tenancy tenancy;

    /** Builds, records and returns the catalogue; the file is streamed from the recorded entries. */
    @POST
    @Produces({MediaType.APPLICATION_JSON, "text/csv", CatalogueFormats.XLSX})
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response export(@QueryParam("format") @DefaultValue("json") String format) {
        checkFormat(format);
        String organisation = tenancy.organisation();
        UUID id = exports.export(organisation, tenancy.username(), format, JobService.Progress.NONE);
        return file(exports.file(id, organisation), format);
    }

    /**
     * The same export as a background job, for catalogues too large to wait for: 202 with the job
     * ({@code GET /api/jobs/{id}} for its progress); when done, its result names the export
     * ({@code result.exportId}) and the download ({@code result.download}).
     */
    @POST
    @Path("/jobs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response exportJob(@QueryParam("format") @DefaultValue("json") String format) {
        checkFormat(format);
        String organisation = tenancy.organisation();
        String actor = tenancy.username();
        JobService.JobView job = jobs.submit("EXPORT", organisation, actor, progress -> {
            UUID id = exports.export(organisation, actor, format, progress);
            return Map.of("exportId", id, "format", format, "download", "/api/exports/" + id + "?format=" + format);
        });
        return Response.accepted(job).location(URI.create("/api/jobs/" + job.id())).build();
    }

    /** A past export again, from the entries recorded at export time, in any format. */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", CatalogueFormats.XLSX})
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public Response past(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("json") String format) {
        checkFormat(format);
        return file(exports.file(id, tenancy.organisation()), format);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public List<ExportService.ExportSummary> history() {
        return exports.history();
    }

    /** Filed assets whose change (re-filing or de-filing) is not filed yet, with the due date, earliest first. */
    @GET
    @Path("/refiling-due")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    @APIResponse(responseCode = "200", description = "up to `size` (≤ 1000) entries; `Link: <…>; rel=\"next\"` when"
            + " there are more", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ExportService.RefilingDue.class)))
    public Response refilingDue(@QueryParam("size") @DefaultValue("1000") @Min(1) @Max(1000) int size,
                                @QueryParam("after") @Size(max = 300) String after) {
        ExportService.RefilingDuePage page = exports.refilingDue(after, size);
        Response.ResponseBuilder answer = Response.ok(page.items());
        if (page.next() != null) {
            answer.link(URI.create("/api/exports/refiling-due?size=" + size + "&after=" + page.next()), "next");
        }
        return answer.build();
    }

    private static void checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw ProblemException.badRequest("format must be json, csv or xlsx.");
        }
    }

    private Response file(ExportService.ExportFile file, String format) {
        UUID id = file.meta().exportId();
        StreamingOutput body = out -> exports.write(file, format, out);
        Response.ResponseBuilder answer = Response.ok(body, switch (format) {
            case "csv" -> CatalogueFormats.CSV;
            case "xlsx" -> CatalogueFormats.XLSX;
            default -> MediaType.APPLICATION_JSON;
        }).header("X-Export-Id", id.toString());
        if (!format.equals("json")) {
            answer.header("Content-Disposition", "attachment; filename=\"important-data-catalogue-" + id + "."
                    + format + "\"");
        }
        return answer.build();
    }
}

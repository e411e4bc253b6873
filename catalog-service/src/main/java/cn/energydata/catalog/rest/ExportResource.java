package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.CatalogueFormats;
import cn.energydata.catalog.service.ExportService;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
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

    @POST
    @Produces({MediaType.APPLICATION_JSON, "text/csv", CatalogueFormats.XLSX})
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response export(@QueryParam("format") @DefaultValue("json") String format) {
        checkFormat(format);
        return file(exports.export(format), format);
    }

    /** A past export again, regenerated from the catalogue recorded at export time, in any format. */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", CatalogueFormats.XLSX})
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public Response past(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("json") String format) {
        checkFormat(format);
        return file(exports.past(id), format);
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
    public List<ExportService.RefilingDue> refilingDue() {
        return exports.refilingDue();
    }

    private static void checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw ProblemException.badRequest("format must be json, csv or xlsx.");
        }
    }

    private static Response file(ExportService.Catalogue catalogue, String format) {
        if (format.equals("json")) {
            return Response.ok(catalogue, MediaType.APPLICATION_JSON)
                    .header("X-Export-Id", catalogue.exportId().toString()).build();
        }
        byte[] body = format.equals("csv") ? CatalogueFormats.csv(catalogue) : CatalogueFormats.xlsx(catalogue);
        return Response.ok(body, format.equals("csv") ? CatalogueFormats.CSV : CatalogueFormats.XLSX)
                .header("Content-Disposition", "attachment; filename=\"important-data-catalogue-"
                        + catalogue.exportId() + "." + format + "\"")
                .header("X-Export-Id", catalogue.exportId().toString())
                .build();
    }
}

package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.ExportService;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Regulator exports of the important/core data catalogue; every export is recorded. */
@Path("/api/exports")
@Tag(name = "exports")
public class ExportResource {

    @Inject
    ExportService exports;

    @POST
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response export(@QueryParam("format") @DefaultValue("json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw ProblemException.badRequest("format must be json or csv.");
        }
        ExportService.Catalogue catalogue = exports.export(format);
        if (format.equals("csv")) {
            return Response.ok(ExportService.csv(catalogue), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"important-data-catalogue-"
                            + catalogue.exportId() + ".csv\"")
                    .header("X-Export-Id", catalogue.exportId().toString())
                    .build();
        }
        return Response.ok(catalogue, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public List<ExportService.ExportSummary> history() {
        return exports.history();
    }
}

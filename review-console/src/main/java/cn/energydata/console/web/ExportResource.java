package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.ui.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/**
 * A past export of the filing catalogue downloaded again, in any format: the catalog regenerates it from the
 * catalogue it recorded at export time ({@code GET /api/exports/{id}?format=}). Security-admins and auditors, as the
 * catalog allows; linked from the export history of the admin and audit pages.
 */
@Path("/exports")
@RolesAllowed({Roles.SECURITY_ADMIN, Roles.AUDITOR})
public class ExportResource {

    static final List<String> FORMATS = List.of("csv", "xlsx", "json");

    @Inject
    CatalogBackend catalog;

    @GET
    @Path("/{id}")
    @Produces({"text/csv", MediaType.APPLICATION_JSON, CatalogBackend.XLSX})
    public Response download(@PathParam("id") UUID id, @QueryParam("format") String format) {
        String f = format(format);
        return download(catalog.pastExport(id, f), f);
    }

    /** csv, xlsx or json; anything else is csv (the filing template). */
    static String format(String format) {
        return FORMATS.contains(format) ? format : "csv";
    }

    /** The catalog's file passed on as an attachment with its name (or one made from the export id). */
    static Response download(Response answer, String format) {
        byte[] body = answer.readEntity(byte[].class);
        String exportId = answer.getHeaderString("X-Export-Id");
        String disposition = answer.getHeaderString("Content-Disposition");
        if (disposition == null) {
            disposition = "attachment; filename=\"important-data-catalogue"
                    + (exportId == null ? "" : "-" + exportId) + "." + format + "\"";
        }
        String type = switch (format) {
            case "json" -> MediaType.APPLICATION_JSON;
            case "xlsx" -> CatalogBackend.XLSX;
            default -> "text/csv; charset=UTF-8";
        };
        Response.ResponseBuilder out = Response.ok(body, type).header("Content-Disposition", disposition)
                .header("Cache-Control", "no-store");
        if (exportId != null) {
            out.header("X-Export-Id", exportId);
        }
        return out.build();
    }
}

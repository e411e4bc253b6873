package cn.energydata.catalog.rest;

import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.domain.EnergyActivity;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.AssetSearch;
import cn.energydata.catalog.repository.LevelFilter;
import cn.energydata.catalog.service.AssetDetail;
import cn.energydata.catalog.service.AssetRequest;
import cn.energydata.catalog.service.AssetService;
import cn.energydata.catalog.service.AssetStatistics;
import cn.energydata.catalog.service.AssetView;
import cn.energydata.catalog.service.BulkImportService;
import cn.energydata.catalog.service.CatalogueFormats;
import cn.energydata.catalog.service.FilingPatch;
import cn.energydata.catalog.service.GradingService;
import cn.energydata.catalog.service.JobService;
import cn.energydata.catalog.service.SecrecyReviewRequest;
import cn.energydata.catalog.service.SecrecyReviewService;
import cn.energydata.catalog.service.Tenancy;
import cn.energydata.common.identity.Roles;
import cn.energydata.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

@Path("/api/assets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assets")
public class AssetResource {


    public record Retire(@NotNull @Size(min = 1, max = 2000) String reason, Long version) {
    }

    @Inject
    AssetService assets;

    @Inject
    GradingService grading;

    @Inject
    SecrecyReviewService secrecy;

    @Inject
    Tenancy tenancy;

    @Inject
    BulkImportService imports;

    @Inject
    AssetStatistics statistics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response register(@Valid @NotNull AssetRequest request) {
        AssetView asset = assets.register(request);
        return Response.created(URI.create("/api/assets/" + asset.id())).entity(asset).build();
    }

    @GET
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public AssetService.SearchPage search(@QueryParam("level") LevelFilter level,
                                          @QueryParam("status") AssetStatus status,
                                          @QueryParam("category") String category,
                                          @QueryParam("activity") EnergyActivity activity,
                                          @QueryParam("system") String system, @QueryParam("region") String region,
                                          @QueryParam("department") @Size(max = 200) String department,
                                          @QueryParam("province") @Size(max = 100) String province,
                                          @QueryParam("q") @Size(max = 200) String text,
                                          @QueryParam("sort") @DefaultValue("registeredAt") String sort,
                                          @QueryParam("order") @DefaultValue("desc") String order,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                                          @QueryParam("after") @Size(max = 300) String after,
                                          @QueryParam("gradingFailed") @DefaultValue("false") boolean gradingFailed) {
        if (!AssetRepository.isSortable(sort)) {
            throw ProblemException.badRequest("sort must be one of registeredAt, updatedAt, name, status, level.");
        }
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ProblemException.badRequest("order must be asc or desc.");
        }
        if (after != null && !sort.equals("registeredAt")) {
            throw ProblemException.badRequest("after pages in registration order only (sort=registeredAt).");
        }
        Paging.checkOffset(page, size, after);
        return assets.search(new AssetSearch(tenancy.organisation(), level, status, blankToNull(category), activity,
                blankToNull(system), blankToNull(region), blankToNull(department), blankToNull(province),
                blankToNull(text), sort, order.equals("desc"), page, size,
                AssetService.searchCursor(after), gradingFailed));
    }

    /**
     * Bulk registration as a background job (202 with the job, {@code GET /api/jobs/{id}} for progress and result):
     * the body is a CSV or XLSX in the filing template's columns, or JSON lines of registration requests.
     * {@code dryRun=true} only checks the rows (errors and a preview of the first rows), registering nothing.
     */
    @POST
    @Path("/imports")
    @Consumes({"text/csv", CatalogueFormats.XLSX, "application/x-ndjson", "application/jsonl"})
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response bulkImport(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        JobService.JobView job = imports.submit(body, contentType, dryRun);
        return Response.accepted(job).location(URI.create("/api/jobs/" + job.id())).build();
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public AssetStatistics.Statistics statistics() {
        return statistics.statistics();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public AssetDetail get(@PathParam("id") UUID id) {
        return assets.detail(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public AssetView update(@PathParam("id") UUID id, @Valid @NotNull AssetRequest request) {
        return assets.update(id, request);
    }

    /** Fills the filing fields of an asset (those the catalogue lists in {@code missingFilingFields}). */
    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public AssetView patchFiling(@PathParam("id") UUID id, @Valid @NotNull FilingPatch patch) {
        return assets.patchFiling(id, patch);
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public AssetView retire(@PathParam("id") UUID id, @Valid @NotNull Retire request) {
        return assets.retire(id, request.reason(), request.version());
    }

    /** A security-admin records that the secrecy review cleared a possible state secret. */
    @POST
    @Path("/{id}/secrecy-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public AssetView secrecyReview(@PathParam("id") UUID id, @Valid @NotNull SecrecyReviewRequest request) {
        return secrecy.clear(id, request);
    }

    /** Streams the upload to the classifier; 200 when graded, 202 when grading is pending (classifier down). */
    @POST
    @Path("/{id}/content")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.badRequest("A multipart part named 'file' is required.");
        }
        AssetView asset = grading.gradeUpload(id, file.uploadedFile(), file.fileName(), file.contentType());
        return graded(asset);
    }

    /** Grades an asset without a file from its descriptor. */
    @POST
    @Path("/{id}/grading")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response gradeDescriptor(@PathParam("id") UUID id) {
        return graded(grading.gradeDescriptor(id));
    }

    private static Response graded(AssetView asset) {
        return Response.status(asset.gradingPending() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(asset).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package cn.energydata.console.backend;

import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.CatalogModels.AssetDetail;
import cn.energydata.console.backend.CatalogModels.AssetRequest;
import cn.energydata.console.backend.CatalogModels.AssetUpdate;
import cn.energydata.console.backend.CatalogModels.ExportSummary;
import cn.energydata.console.backend.CatalogModels.FilingPatch;
import cn.energydata.console.backend.CatalogModels.RefilingDue;
import cn.energydata.console.backend.CatalogModels.OrganisationProfile;
import cn.energydata.console.backend.CatalogModels.ProfileRequest;
import cn.energydata.console.backend.CatalogModels.SecrecyReviewRequest;
import cn.energydata.console.backend.CatalogModels.Outcome;
import cn.energydata.console.backend.CatalogModels.ProposalDecisionRequest;
import cn.energydata.console.backend.CatalogModels.Queue;
import cn.energydata.console.backend.CatalogModels.ReviewRequest;
import cn.energydata.console.backend.CatalogModels.SearchPage;
import cn.energydata.console.backend.CatalogModels.SecondReviewRequest;
import cn.energydata.console.backend.CatalogModels.Statistics;
import cn.energydata.console.backend.CatalogModels.Verification;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.util.List;

/** catalog-service's public API (catalog-service/README.md), called with the logged-in user's access token. */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(UserTokenFilter.class)
@RegisterProvider(CatalogProblemMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogApi {

    @GET
    @Path("/assets/statistics")
    Statistics statistics();

    @GET
    @Path("/assets")
    SearchPage search(@QueryParam("level") String level, @QueryParam("status") String status,
                      @QueryParam("category") String category, @QueryParam("department") String department,
                      @QueryParam("province") String province, @QueryParam("q") String text, @QueryParam("sort") String sort,
                      @QueryParam("order") String order, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/assets/{id}")
    AssetDetail detail(@PathParam("id") String id);

    @POST
    @Path("/assets")
    @Consumes(MediaType.APPLICATION_JSON)
    Asset register(AssetRequest request);

    /** 200 graded, 202 grading pending (classifier down). */
    @POST
    @Path("/assets/{id}/content")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Asset upload(@PathParam("id") String id, ClientMultipartForm form);

    @POST
    @Path("/assets/{id}/grading")
    Asset gradeDescriptor(@PathParam("id") String id);

    /** The audited soft delete (registrant, admin); 409 when the version is stale. */
    @POST
    @Path("/assets/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    Asset retire(@PathParam("id") String id, CatalogModels.RetirementRequest request);

    @POST
    @Path("/assets/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    Outcome review(@PathParam("id") String id, ReviewRequest request);

    /** Confirms several PROPOSED grades at once (security-reviewer), each on its own. */
    @POST
    @Path("/reviews/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    CatalogModels.Confirmations confirm(CatalogModels.ConfirmationRequest request);

    /** Claims a queue item for the calling reviewer (409 {@code claimed} when another holds it). */
    @POST
    @Path("/review-queue/{assetId}/claim")
    CatalogModels.Claim claim(@PathParam("assetId") String assetId);

    @DELETE
    @Path("/review-queue/{assetId}/claim")
    void release(@PathParam("assetId") String assetId);

    @POST
    @Path("/assets/{id}/reviews/{reviewId}/second-review")
    @Consumes(MediaType.APPLICATION_JSON)
    Outcome secondReview(@PathParam("id") String id, @PathParam("reviewId") long reviewId,
                         SecondReviewRequest request);

    @POST
    @Path("/assets/{id}/proposals/{revisionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Outcome decideProposal(@PathParam("id") String id, @PathParam("revisionId") long revisionId,
                           ProposalDecisionRequest request);

    /** Fills the filing fields of an important or core asset (registrant, security-admin); 409 when stale. */
    @PUT
    @Path("/assets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Asset update(@PathParam("id") String id, AssetUpdate update);

    @PATCH
    @Path("/assets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Asset patchFiling(@PathParam("id") String id, FilingPatch patch);

    /** Records that the secrecy review cleared an asset flagged POSSIBLE_STATE_SECRET (security-admin). */
    @POST
    @Path("/assets/{id}/secrecy-review")
    @Consumes(MediaType.APPLICATION_JSON)
    Asset secrecyReview(@PathParam("id") String id, SecrecyReviewRequest request);

    /** The caller's organisation's profile (any member); 404 when it has none. */
    @GET
    @Path("/organisation/profile")
    OrganisationProfile profile();

    /** Creates or replaces the profile (security-admin); 400 invalid, 422 officer and body required. */
    @PUT
    @Path("/organisation/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    OrganisationProfile saveProfile(ProfileRequest request);

    @GET
    @Path("/review-queue")
    Queue reviewQueue(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/audit/verify")
    Verification verifyAudit();

    @GET
    @Path("/exports")
    List<ExportSummary> exports();

    /** The organisation's audit records, keyset-paged (auditor, security-admin). */
    @GET
    @Path("/audit/records")
    CatalogModels.AuditPage auditRecords(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                         @QueryParam("assetId") String assetId, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("size") int size,
                                         @QueryParam("after") String after);

    /** Every matching audit record as CSV (UTF-8 with BOM, header row), streamed by the catalog. */
    @GET
    @Path("/audit/records")
    @Produces("text/csv")
    Response auditRecordsCsv(@QueryParam("action") String action, @QueryParam("actor") String actor,
                             @QueryParam("assetId") String assetId, @QueryParam("from") String from,
                             @QueryParam("to") String to);

    /** The filing catalogue as a file (json, csv or xlsx); recorded by the catalog. */
    @POST
    @Path("/exports")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    Response export(@QueryParam("format") String format);

    /** A past export again, regenerated from the catalogue recorded then (security-admin, auditor). */
    @GET
    @Path("/exports/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    Response pastExport(@PathParam("id") String id, @QueryParam("format") String format);

    /** Filed assets whose change is not filed yet, earliest due first (security-admin). */
    @GET
    @Path("/exports/refiling-due")
    List<RefilingDue> refilingDue();

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

package cn.energydata.console.backend;

import cn.energydata.console.backend.Backends.Result;
import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.CatalogModels.AssetDetail;
import cn.energydata.console.backend.CatalogModels.AssetRequest;
import cn.energydata.console.backend.CatalogModels.AssetUpdate;
import cn.energydata.console.backend.CatalogModels.ExportSummary;
import cn.energydata.console.backend.CatalogModels.FilingPatch;
import cn.energydata.console.backend.CatalogModels.OrganisationProfile;
import cn.energydata.console.backend.CatalogModels.Outcome;
import cn.energydata.console.backend.CatalogModels.ProfileRequest;
import cn.energydata.console.backend.CatalogModels.ProposalDecisionRequest;
import cn.energydata.console.backend.CatalogModels.Queue;
import cn.energydata.console.backend.CatalogModels.RefilingDue;
import cn.energydata.console.backend.CatalogModels.RetirementRequest;
import cn.energydata.console.backend.CatalogModels.ReviewRequest;
import cn.energydata.console.backend.CatalogModels.SearchPage;
import cn.energydata.console.backend.CatalogModels.SecondReviewRequest;
import cn.energydata.console.backend.CatalogModels.SecrecyReviewRequest;
import cn.energydata.console.backend.CatalogModels.Statistics;
import cn.energydata.console.backend.CatalogModels.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * catalog-service as the pages use it: typed calls made with the logged-in user's token, whose failures are a
 * {@link BackendException} (the catalog's problem) or a {@link BackendUnavailableException} (not reached). A panel
 * that renders without its data uses {@link #attempt}.
 */
@ApplicationScoped
public class CatalogBackend {

    /** The media type of the XLSX filing catalogue. */
    public static final String XLSX = CatalogApi.XLSX;

    @Inject
    @RestClient
    CatalogApi api;

    public Statistics statistics() {
        return call(api::statistics);
    }

    /** One page of assets, newest change first. */
    public SearchPage search(String level, String status, String text, int page, int size) {
        return search(level, status, null, text, page, size);
    }

    /** One page of assets of a category too (the dashboard's category chart links here). */
    public SearchPage search(String level, String status, String category, String text, int page, int size) {
        return search(new AssetFilter(level, status, category, null, null, text), page, size);
    }

    /** One page of assets of the filter (department and province exact, as the dashboard's charts link here). */
    public SearchPage search(AssetFilter f, int page, int size) {
        return call(() -> api.search(f.level(), f.status(), f.category(), f.department(), f.province(), f.text(),
                "updatedAt", "desc", page, size));
    }

    /** The asset list's filters; null ones are left out of the query. */
    public record AssetFilter(String level, String status, String category, String department, String province,
                              String text) {
    }

    public AssetDetail detail(UUID id) {
        return call(() -> api.detail(id.toString()));
    }

    public Asset register(AssetRequest request) {
        return call(() -> api.register(request));
    }

    /** Grades an upload (the catalog streams it to the classifier); {@code gradingPending} when it is down. */
    public Asset upload(UUID id, ClientMultipartForm file) {
        return call(() -> api.upload(id.toString(), file));
    }

    /** Grades an asset without a file from its description. */
    public Asset gradeDescriptor(UUID id) {
        return call(() -> api.gradeDescriptor(id.toString()));
    }

    /** The audited soft delete. */
    public void retire(UUID id, RetirementRequest request) {
        call(() -> api.retire(id.toString(), request));
    }

    public Outcome review(UUID id, ReviewRequest request) {
        return call(() -> api.review(id.toString(), request));
    }

    public CatalogModels.Confirmations confirm(CatalogModels.ConfirmationRequest request) {
        return call(() -> api.confirm(request));
    }

    public Outcome secondReview(UUID id, long reviewId, SecondReviewRequest request) {
        return call(() -> api.secondReview(id.toString(), reviewId, request));
    }

    public Outcome decideProposal(UUID id, long revisionId, ProposalDecisionRequest request) {
        return call(() -> api.decideProposal(id.toString(), revisionId, request));
    }

    /** Replaces the asset's descriptor and lineage (catalog {@code PUT}; 409 {@code stale-version} when stale). */
    public Asset update(UUID id, AssetUpdate update) {
        return call(() -> api.update(id.toString(), update));
    }

    /** The organisation's assets a lineage source can be picked from: the first 200 by name. */
    public SearchPage sourceChoices() {
        return call(() -> api.search(null, null, null, null, null, null, "name", "asc", 0, 200));
    }

    public Asset patchFiling(UUID id, FilingPatch patch) {
        return call(() -> api.patchFiling(id.toString(), patch));
    }

    public Asset secrecyReview(UUID id, SecrecyReviewRequest request) {
        return call(() -> api.secrecyReview(id.toString(), request));
    }

    public OrganisationProfile profile() {
        return call(api::profile);
    }

    public OrganisationProfile saveProfile(ProfileRequest request) {
        return call(() -> api.saveProfile(request));
    }

    public CatalogModels.Claim claim(UUID assetId) {
        return call(() -> api.claim(assetId.toString()));
    }

    public void release(UUID assetId) {
        call(() -> {
            api.release(assetId.toString());
            return null;
        });
    }

    public Queue reviewQueue(int page, int size) {
        return call(() -> api.reviewQueue(page, size));
    }

    public Verification verifyAudit() {
        return call(api::verifyAudit);
    }

    public CatalogModels.AuditPage auditRecords(CatalogModels.AuditFilter f, int size, String after) {
        return call(() -> api.auditRecords(f.action(), f.actor(), f.assetId(), f.from(), f.to(), size, after));
    }

    /** The catalog's CSV answer, to be passed on as it streams. */
    public Response auditRecordsCsv(CatalogModels.AuditFilter f) {
        return call(() -> api.auditRecordsCsv(f.action(), f.actor(), f.assetId(), f.from(), f.to()));
    }

    public List<ExportSummary> exports() {
        return call(api::exports);
    }

    /** The filing catalogue as the catalog's file answer (recorded as an export there). */
    public Response export(String format) {
        return call(() -> api.export(format));
    }

    public Response pastExport(UUID id, String format) {
        return call(() -> api.pastExport(id.toString(), format));
    }

    public List<RefilingDue> refilingDue() {
        return call(api::refilingDue);
    }

    /** The value, or the failure to show in its place. */
    public <T> Result<T> attempt(Supplier<T> call) {
        return Backends.attempt(Backends.CATALOG, call);
    }

    private static <T> T call(Supplier<T> call) {
        return Backends.call(Backends.CATALOG, call);
    }
}

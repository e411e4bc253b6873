package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.Backends;
import cn.energydata.console.backend.CatalogApi;
import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.CatalogModels.AssetDetail;
import cn.energydata.console.backend.CatalogModels.AssetRequest;
import cn.energydata.console.backend.CatalogModels.FilingPatch;
import cn.energydata.console.backend.CatalogModels.Volume;
import cn.energydata.console.backend.CatalogModels.Outcome;
import cn.energydata.console.backend.CatalogModels.ProposalDecisionRequest;
import cn.energydata.console.backend.CatalogModels.ReviewRequest;
import cn.energydata.console.backend.CatalogModels.SecondReviewRequest;
import cn.energydata.console.backend.CatalogModels.SecrecyReviewRequest;
import cn.energydata.console.backend.PolicyApi;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Asset list, registration with upload, detail with evidence and controls, and the reviewer's decisions. */
@Path("/assets")
@Produces(MediaType.TEXT_HTML)
public class AssetPages {

    static final List<String> LEVELS = List.of("GENERAL", "IMPORTANT", "CORE");
    static final List<String> STATUSES = List.of("REGISTERED", "GRADING_PENDING", "PROPOSED", "CONFIRMED",
            "OVERRIDDEN", "RETIRED");
    static final List<String> TYPES = List.of("FILE", "DATASET", "TABLE", "DATABASE", "SYSTEM",
            "DOCUMENT_COLLECTION", "STREAM");
    static final List<String> ACTIVITIES = List.of("PLANNING", "DESIGN", "CONSTRUCTION", "PRODUCTION",
            "STORAGE_TRANSPORT", "CONSUMPTION", "RESEARCH_DEVELOPMENT", "OUT_OF_SCOPE_CITY_GAS",
            "OUT_OF_SCOPE_HEATING", "OUT_OF_SCOPE_FILLING_STATION", "OUT_OF_SCOPE_OTHER");
    static final int PAGE_SIZE = 20;

    @Inject
    Template assets;

    @Inject
    @Location("asset_new.html")
    Template assetNew;

    @Inject
    Template asset;

    @Inject
    Pages pages;

    @Inject
    @RestClient
    CatalogApi catalog;

    @Inject
    @RestClient
    PolicyApi policy;

    @GET
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public Response list(@QueryParam("level") String level, @QueryParam("status") String status,
                         @QueryParam("q") String text, @QueryParam("page") @DefaultValue("0") int page) {
        String lvl = oneOf(level, LEVELS);
        String st = oneOf(status, STATUSES);
        String q = Pages.blankToNull(text);
        int p = Math.max(0, page);
        var result = Backends.call(Backends.CATALOG,
                () -> catalog.search(lvl, st, q, "updatedAt", "desc", p, PAGE_SIZE));
        return pages.ok(assets.data("result", result).data("level", lvl == null ? "" : lvl)
                .data("status", st == null ? "" : st).data("q", q == null ? "" : q)
                .data("levels", LEVELS).data("statuses", STATUSES)
                .data("pagerBase", "/assets?" + query("level", lvl) + query("status", st) + query("q", q)));
    }

    /** {@code name=value&} URL-encoded, or nothing for no value. */
    static String query(String name, String value) {
        return value == null ? "" : name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response registrationForm() {
        return pages.ok(assetNew.data("types", TYPES).data("activities", ACTIVITIES));
    }

    /**
     * Registers the asset, then grades it: from the uploaded file if there is one (the catalog streams it to the
     * classifier), otherwise from the descriptor.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response register(@RestForm String name, @RestForm String description, @RestForm String type,
                             @RestForm String ownerDepartment, @RestForm String ownerContact,
                             @RestForm String energyActivity, @RestForm String system,
                             @RestForm String provinces, @RestForm String purpose,
                             @RestForm("file") FileUpload file) {
        AssetRequest request = new AssetRequest(trim(name), Pages.blankToNull(description), Pages.blankToNull(type),
                trim(ownerDepartment), trim(ownerContact), Pages.blankToNull(energyActivity),
                Pages.blankToNull(system), list(provinces), Pages.blankToNull(purpose));
        Asset registered = Backends.call(Backends.CATALOG, () -> catalog.register(request));
        String notice = "registered";
        if (hasContent(file)) {
            Asset graded = Backends.call(Backends.CATALOG, () -> catalog.upload(registered.id(), form(file)));
            notice = graded.gradingPending() ? "pending" : "graded";
        } else {
            Asset graded = Backends.call(Backends.CATALOG, () -> catalog.gradeDescriptor(registered.id()));
            notice = graded.gradingPending() ? "pending" : "graded";
        }
        return pages.seeOther("/assets/" + registered.id() + "?notice=" + notice);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public Response detail(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        AssetDetail detail = Backends.call(Backends.CATALOG, () -> catalog.detail(id.toString()));
        return renderDetail(200, detail, notice, FilingForm.of(detail.asset()), null);
    }

    private Response renderDetail(int status, AssetDetail detail, String notice, FilingForm filing,
                                  BackendException filingRefusal) {
        // An ungraded or unreviewed asset is handled as core (fail closed), so its controls are core's.
        String level = detail.asset().level();
        boolean reviewed = Set.of("CONFIRMED", "OVERRIDDEN").contains(detail.asset().status());
        String controlsLevel = level == null || !reviewed ? "CORE" : level;
        var controls = Backends.attempt(Backends.POLICY, () -> policy.controls(controlsLevel));
        return pages.render(status, asset.data("d", detail).data("a", detail.asset()).data("current", detail.current())
                .data("controls", controls).data("controlsLevel", controlsLevel)
                .data("controlsFailClosed", !controlsLevel.equals(level))
                .data("notice", notice == null ? "" : notice).data("levels", LEVELS)
                .data("filing", filing).data("filingRefusal", filingRefusal));
    }

    /**
     * Fills the filing fields of an important or core asset: the form posts here and the console PATCHes the
     * catalog with the asset's version. A refusal as invalid (400, 422) shows the page again with the values typed
     * and each field's error beside its input; any other (409 stale version, 403, 404) is the error page.
     */
    @POST
    @Path("/{id}/filing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response saveFiling(@PathParam("id") UUID id, @RestForm Long version, @RestForm String system,
                               @RestForm String format, @RestForm String storageLocation,
                               @RestForm String storageRegions, @RestForm String provinces,
                               @RestForm String volumeRecords, @RestForm String volumeBytes,
                               @RestForm String volumeDistinctPersons, @RestForm String purpose,
                               @RestForm String shared, @RestForm String sharingDetails, @RestForm String crossBorder,
                               @RestForm String securityMeasures) {
        FilingForm typed = new FilingForm(text(system), text(format), text(storageLocation), text(storageRegions),
                text(provinces), text(volumeRecords), text(volumeBytes), text(volumeDistinctPersons), text(purpose),
                yesNo(shared), text(sharingDetails), yesNo(crossBorder), text(securityMeasures), Map.of());
        try {
            FilingPatch patch = typed.toPatch(version);
            Backends.call(Backends.CATALOG, () -> catalog.patchFiling(id.toString(), patch));
        } catch (BackendException e) {
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            AssetDetail detail = Backends.call(Backends.CATALOG, () -> catalog.detail(id.toString()));
            return renderDetail(e.status(), detail, null, typed.withErrors(e.errors()), e);
        }
        return pages.seeOther("/assets/" + id + "?notice=filing-saved");
    }

    /**
     * What the filing form shows: the values (saved or typed) and the error of each field, keyed by the catalog's
     * field names ({@code volume.records}; list indexes dropped: {@code storageRegions[0]} is {@code storageRegions}).
     */
    @TemplateData
    public record FilingForm(String system, String format, String storageLocation, String storageRegions,
                             String provinces, String volumeRecords, String volumeBytes, String volumeDistinctPersons,
                             String purpose, Boolean shared, String sharingDetails, Boolean crossBorder,
                             String securityMeasures, Map<String, String> errors) {

        static FilingForm of(Asset a) {
            Volume v = a.volume() == null ? new Volume(null, null, null) : a.volume();
            return new FilingForm(a.system(), a.format(), a.storageLocation(), String.join(", ", a.storageRegionList()),
                    String.join(", ", a.provinceList()), number(v.records()), number(v.bytes()),
                    number(v.distinctPersons()), a.purpose(), a.shared(), a.sharingDetails(), a.crossBorder(),
                    a.securityMeasures(), Map.of());
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean isSharedYes() {
            return Boolean.TRUE.equals(shared);
        }

        public boolean isSharedNo() {
            return Boolean.FALSE.equals(shared);
        }

        public boolean isCrossBorderYes() {
            return Boolean.TRUE.equals(crossBorder);
        }

        public boolean isCrossBorderNo() {
            return Boolean.FALSE.equals(crossBorder);
        }

        FilingForm withErrors(List<BackendException.FieldError> fieldErrors) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (BackendException.FieldError fe : fieldErrors) {
                if (fe.field() != null) {
                    byField.merge(fe.field().replaceAll("\\[\\d+]", ""), fe.message() == null ? "" : fe.message(),
                            (x, y) -> x + "; " + y);
                }
            }
            return new FilingForm(system, format, storageLocation, storageRegions, provinces, volumeRecords,
                    volumeBytes, volumeDistinctPersons, purpose, shared, sharingDetails, crossBorder,
                    securityMeasures, byField);
        }

        /**
         * Every field of the form: an empty text or list clears it (or leaves an empty one empty), an empty number
         * is left out (kept). A number that is not one is refused here, as the catalog would refuse it.
         */
        FilingPatch toPatch(Long version) {
            List<BackendException.FieldError> invalid = new ArrayList<>();
            Volume volume = new Volume(count(volumeBytes, "volume.bytes", invalid),
                    count(volumeRecords, "volume.records", invalid),
                    count(volumeDistinctPersons, "volume.distinctPersons", invalid));
            if (!invalid.isEmpty()) {
                throw new BackendException("review-console", 400, null, "Invalid request",
                        "Volumes are whole numbers of 0 or more.", invalid);
            }
            boolean anyVolume = volume.bytes() != null || volume.records() != null || volume.distinctPersons() != null;
            return new FilingPatch(version, system, format, storageLocation, items(storageRegions),
                    items(provinces), anyVolume ? volume : null, purpose, shared, sharingDetails, crossBorder,
                    securityMeasures);
        }

        private static String number(Long n) {
            return n == null ? "" : n.toString();
        }

        private static Long count(String text, String field, List<BackendException.FieldError> invalid) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                long n = Long.parseLong(text.replaceAll("[\\s,_]", ""));
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            invalid.add(new BackendException.FieldError(field, "must be a whole number of 0 or more"));
            return null;
        }

        private static List<String> items(String text) {
            List<String> items = list(text);
            return items == null ? List.of() : items;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static Boolean yesNo(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    /** A new upload of the asset's content (re-grading; a proposal if a reviewer already decided). */
    @POST
    @Path("/{id}/content")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (!hasContent(file)) {
            throw new BackendException("review-console", 400, null,
                    "No file", "Choose a file to upload.", List.of());
        }
        Asset graded = Backends.call(Backends.CATALOG, () -> catalog.upload(id.toString(), form(file)));
        return pages.seeOther("/assets/" + id + "?notice=" + (graded.gradingPending() ? "pending" : "graded"));
    }

    /** Confirm or override the grade (the catalog answers 202 when a CORE downgrade awaits a second reviewer). */
    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response review(@PathParam("id") UUID id, @RestForm String decision, @RestForm String level,
                           @RestForm String categories, @RestForm String justification, @RestForm Long version,
                           @RestForm String lineageJustification) {
        String d = "OVERRIDE".equals(decision) ? "OVERRIDE" : "CONFIRM";
        ReviewRequest request = new ReviewRequest(d, d.equals("OVERRIDE") ? oneOf(level, LEVELS) : null,
                d.equals("OVERRIDE") ? list(categories) : null, trim(justification), version,
                Pages.blankToNull(lineageJustification));
        Outcome outcome = Backends.call(Backends.CATALOG, () -> catalog.review(id.toString(), request));
        return pages.seeOther("/assets/" + id + "?notice=" + reviewNotice(outcome));
    }

    @POST
    @Path("/{id}/reviews/{reviewId}/second-review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response secondReview(@PathParam("id") UUID id, @PathParam("reviewId") long reviewId,
                                 @RestForm String approve, @RestForm String justification, @RestForm Long version) {
        SecondReviewRequest request = new SecondReviewRequest("true".equals(approve), trim(justification), version);
        Backends.call(Backends.CATALOG, () -> catalog.secondReview(id.toString(), reviewId, request));
        return pages.seeOther("/assets/" + id + "?notice=" + ("true".equals(approve) ? "second-approved"
                : "second-rejected"));
    }

    @POST
    @Path("/{id}/proposals/{revisionId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response decideProposal(@PathParam("id") UUID id, @PathParam("revisionId") long revisionId,
                                   @RestForm String accept, @RestForm String justification, @RestForm Long version) {
        boolean accepted = "true".equals(accept);
        ProposalDecisionRequest request = new ProposalDecisionRequest(accepted, trim(justification), version);
        Outcome outcome = Backends.call(Backends.CATALOG,
                () -> catalog.decideProposal(id.toString(), revisionId, request));
        return pages.seeOther("/assets/" + id + "?notice=" + (accepted ? reviewNotice(outcome)
                : "proposal-rejected"));
    }

    /**
     * A security-admin records that the secrecy review cleared an asset flagged POSSIBLE_STATE_SECRET; the flag
     * stays and the policy service stops denying (catalog 409 {@code not-flagged} for an asset without the flag).
     */
    @POST
    @Path("/{id}/secrecy-review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response secrecyReview(@PathParam("id") UUID id, @RestForm String reference,
                                  @RestForm String justification, @RestForm Long version) {
        SecrecyReviewRequest request = new SecrecyReviewRequest(trim(reference), trim(justification), version);
        Backends.call(Backends.CATALOG, () -> catalog.secrecyReview(id.toString(), request));
        return pages.seeOther("/assets/" + id + "?notice=secrecy-cleared");
    }

    private static String reviewNotice(Outcome outcome) {
        return outcome != null && outcome.review() != null
                && "AWAITING_SECOND_REVIEW".equals(outcome.review().state()) ? "awaiting-second" : "reviewed";
    }

    private static boolean hasContent(FileUpload file) {
        return file != null && file.uploadedFile() != null && file.fileName() != null && !file.fileName().isBlank()
                && file.size() > 0;
    }

    private static ClientMultipartForm form(FileUpload file) {
        String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
        return ClientMultipartForm.create().binaryFileUpload("file", file.fileName(),
                file.uploadedFile().toString(), type);
    }

    static String oneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    /** Empty stays empty (not null) so the catalog's validation names the missing field. */
    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        List<String> items = Arrays.stream(commaSeparated.split("[,，;；\\n]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return items.isEmpty() ? null : items;
    }
}

package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.BackendUnavailableException;
import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.CatalogModels.AssetDetail;
import cn.energydata.console.backend.CatalogModels.Outcome;
import cn.energydata.console.backend.CatalogModels.ProposalDecisionRequest;
import cn.energydata.console.backend.CatalogModels.RetirementRequest;
import cn.energydata.console.backend.CatalogModels.ReviewRequest;
import cn.energydata.console.backend.CatalogModels.SecondReviewRequest;
import cn.energydata.console.backend.CatalogModels.SecrecyReviewRequest;
import cn.energydata.console.backend.Glossaries;
import cn.energydata.console.backend.PolicyBackend;
import cn.energydata.console.ui.UiLocale;
import cn.energydata.console.ui.Roles;
import cn.energydata.console.ui.Vocabulary;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Asset list, registration with upload, detail with evidence and controls, and the reviewer's decisions. */
@Path("/assets")
@Produces(MediaType.TEXT_HTML)
public class AssetResource {

    @Inject
    Template assets;

    @Inject
    @Location("asset_new.html")
    Template assetNew;

    @Inject
    @Location("asset_new_form.html")
    Template assetNewForm;

    @Inject
    Template asset;

    @Inject
    PageRenderer pages;

    @Inject
    CatalogBackend catalog;

    @Inject
    PolicyBackend policy;

    @Inject
    AssetControls controls;

    @Inject
    Glossaries glossaries;

    @Inject
    cn.energydata.console.ui.CurrentUser user;

    @Inject
    UiLocale ui;

    @GET
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public Response list(@QueryParam("level") String level, @QueryParam("status") String status,
                         @QueryParam("category") String category, @QueryParam("department") String department,
                         @QueryParam("province") String province, @QueryParam("q") String text,
                         @QueryParam("page") @DefaultValue("0") int page) {
        String lvl = Forms.oneOf(level, Vocabulary.LEVEL_FILTERS);
        String st = Forms.oneOf(status, Vocabulary.STATUSES);
        String cat = Forms.blankToNull(category);
        String dept = Forms.blankToNull(department);
        String prov = Forms.blankToNull(province);
        String q = Forms.blankToNull(text);
        int p = Forms.page(page);
        var result = catalog.search(new CatalogBackend.AssetFilter(lvl, st, cat, dept, prov, q), p, Forms.PAGE_SIZE);
        return pages.ok(assets.data("result", result).data("level", lvl == null ? "" : lvl)
                .data("status", st == null ? "" : st).data("q", q == null ? "" : q)
                .data("category", cat == null ? "" : cat)
                .data("department", dept == null ? "" : dept).data("province", prov == null ? "" : prov)
                .data("categoryName", cat == null ? "" : glossaries.forRuleSet(null).name(cat, ui.isZh()))
                .data("levels", Vocabulary.LEVEL_FILTERS).data("statuses", Vocabulary.STATUSES)
                .data("pagerBase", "/assets?" + Forms.query("level", lvl) + Forms.query("status", st)
                        + Forms.query("category", cat) + Forms.query("department", dept)
                        + Forms.query("province", prov) + Forms.query("q", q)));
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response registrationForm() {
        return pages.ok(registration(assetNew, RegistrationForm.empty()));
    }

    /**
     * Registers the asset, then grades it: from the uploaded file if there is one (the catalog streams it to the
     * classifier), otherwise from the descriptor. What the console or the catalog refuses shows the form again with
     * what was typed and each problem at its field; a file refused after the asset was registered keeps that asset
     * (the form then grades it when submitted again, never registering a duplicate).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response register(@RestForm String name, @RestForm String description, @RestForm String type,
                             @RestForm String ownerDepartment, @RestForm String ownerContact,
                             @RestForm String energyActivity, @RestForm String system,
                             @RestForm String provinces, @RestForm String purpose, @RestForm String assetId,
                             @RestForm("file") FileUpload file) {
        RegistrationForm typed = new RegistrationForm(Forms.text(name), Forms.text(description), Forms.text(type),
                Forms.text(energyActivity), Forms.text(ownerDepartment), Forms.text(ownerContact), Forms.text(system),
                Forms.text(provinces), Forms.text(purpose), uuidOrEmpty(assetId), Map.of(), null);
        RegistrationForm checked = typed.checked(fileChosen(file) && file.size() == 0);
        if (checked.isInvalid()) {
            return registrationRefused(400, checked);
        }
        UUID id;
        if (typed.isRegistered()) {
            id = UUID.fromString(typed.assetId());
        } else {
            try {
                id = UUID.fromString(catalog.register(typed.toRequest()).id());
            } catch (BackendException e) {
                if (e.status() != 400 && e.status() != 422) {
                    throw e;
                }
                return registrationRefused(e.status(), typed.refusedBy(e));
            }
        }
        try {
            Asset graded = fileChosen(file) ? catalog.upload(id, form(file)) : catalog.gradeDescriptor(id);
            return pages.seeOther("/assets/" + id + "?notice=" + (graded.gradingPending() ? "pending" : "graded"));
        } catch (BackendException e) {
            if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            return registrationRefused(422, typed.gradingFailed(id.toString(), e));
        } catch (BackendUnavailableException e) {
            return registrationRefused(503, typed.gradingUnavailable(id.toString(), e.service()));
        }
    }

    /** The form again, with the problems; for htmx only the form, swapped in place of the one on the page. */
    private Response registrationRefused(int status, RegistrationForm form) {
        if (pages.htmx()) {
            return Response.fromResponse(pages.render(status, registration(assetNewForm, form)))
                    .header("HX-Retarget", "#registration").header("HX-Reswap", "outerHTML").build();
        }
        return pages.render(status, registration(assetNew, form));
    }

    private static TemplateInstance registration(Template template, RegistrationForm form) {
        return template.data("types", Vocabulary.TYPES).data("activities", Vocabulary.ACTIVITIES).data("form", form);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
    public Response detail(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return renderDetail(200, catalog.detail(id), notice, null, null);
    }

    private Response renderDetail(int status, AssetDetail detail, String notice, FilingForm filing,
                                  BackendException filingRefusal) {
        AssetControls.Shown shown = controls.of(detail.asset());
        var current = detail.current();
        EvidenceView evidence = EvidenceView.of(detail,
                glossaries.forRuleSet(current == null ? null : current.rulePackHash()), ui.isZh());
        return pages.render(status, asset.data("d", detail).data("ev", evidence).data("a", detail.asset()).data("current", detail.current())
                .data("controls", shown.controls()).data("controlsLevel", shown.level())
                .data("controlsBasis", shown.basis()).data("controlsFailClosed", shown.failClosed())
                .data("notice", notice == null ? "" : notice).data("levels", Vocabulary.LEVELS)
                .data("filing", filing == null ? FilingForm.of(detail.asset()) : filing)
                .data("filingRefusal", filingRefusal)
                .data("categoryChoices", user.isMayReview() ? CategoryChoices.of(glossaries.forRuleSet(null),
                        detail.asset().categoryList(), ui.isZh()) : new CategoryChoices(false, java.util.List.of())));
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
        FilingForm typed = new FilingForm(Forms.text(system), Forms.text(format), Forms.text(storageLocation),
                Forms.text(storageRegions), Forms.text(provinces), Forms.text(volumeRecords),
                Forms.text(volumeBytes), Forms.text(volumeDistinctPersons), Forms.text(purpose), yesNo(shared),
                Forms.text(sharingDetails), yesNo(crossBorder), Forms.text(securityMeasures), Map.of());
        try {
            catalog.patchFiling(id, typed.toPatch(version));
        } catch (BackendException e) {
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            return renderDetail(e.status(), catalog.detail(id), null, typed.withErrors(e.errors(), pages::worded), e);
        }
        return pages.seeOther("/assets/" + id + "?notice=filing-saved");
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
        if (!fileChosen(file)) {
            throw pages.refusal(400, "file-missing");
        }
        if (file.size() == 0) {
            throw pages.refusal(400, "file-empty");
        }
        Asset graded = catalog.upload(id, form(file));
        return pages.seeOther("/assets/" + id + "?notice=" + (graded.gradingPending() ? "pending" : "graded"));
    }

    /** Grades an asset that has no grading yet from its description again (the retry after a failed grading). */
    @POST
    @Path("/{id}/grading")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response gradeAgain(@PathParam("id") UUID id) {
        Asset graded = catalog.gradeDescriptor(id);
        return pages.seeOther("/assets/" + id + "?notice=" + (graded.gradingPending() ? "pending" : "graded"));
    }

    /** Retires the asset: the catalog's audited soft delete (history and audit trail stay). */
    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN})
    public Response retire(@PathParam("id") UUID id, @RestForm String reason, @RestForm Long version) {
        catalog.retire(id, new RetirementRequest(Forms.trim(reason), version));
        return pages.seeOther("/assets/" + id + "?notice=retired");
    }

    /** Confirm or override the grade (the catalog answers 202 when a CORE downgrade awaits a second reviewer). */
    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response review(@PathParam("id") UUID id, @RestForm String decision, @RestForm String level,
                           @RestForm List<String> categories, @RestForm String justification, @RestForm Long version,
                           @RestForm String lineageJustification) {
        boolean override = "OVERRIDE".equals(decision);
        ReviewRequest request = new ReviewRequest(override ? "OVERRIDE" : "CONFIRM",
                override ? Forms.oneOf(level, Vocabulary.LEVELS) : null, override ? Forms.list(categories == null ? null : String.join(",", categories)) : null,
                Forms.trim(justification), version, Forms.blankToNull(lineageJustification));
        Outcome outcome = catalog.review(id, request);
        return pages.seeOther("/assets/" + id + "?notice=" + reviewNotice(outcome));
    }

    @POST
    @Path("/{id}/reviews/{reviewId}/second-review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response secondReview(@PathParam("id") UUID id, @PathParam("reviewId") long reviewId,
                                 @RestForm String approve, @RestForm String justification, @RestForm Long version) {
        boolean approved = "true".equals(approve);
        catalog.secondReview(id, reviewId, new SecondReviewRequest(approved, Forms.trim(justification), version));
        return pages.seeOther("/assets/" + id + "?notice=" + (approved ? "second-approved" : "second-rejected"));
    }

    @POST
    @Path("/{id}/proposals/{revisionId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_REVIEWER)
    public Response decideProposal(@PathParam("id") UUID id, @PathParam("revisionId") long revisionId,
                                   @RestForm String accept, @RestForm String justification, @RestForm Long version) {
        boolean accepted = "true".equals(accept);
        Outcome outcome = catalog.decideProposal(id, revisionId,
                new ProposalDecisionRequest(accepted, Forms.trim(justification), version));
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
        catalog.secrecyReview(id, new SecrecyReviewRequest(Forms.trim(reference), Forms.trim(justification), version));
        return pages.seeOther("/assets/" + id + "?notice=secrecy-cleared");
    }

    private static String reviewNotice(Outcome outcome) {
        return outcome != null && outcome.review() != null
                && "AWAITING_SECOND_REVIEW".equals(outcome.review().state()) ? "awaiting-second" : "reviewed";
    }

    /** A file was chosen (it may still be empty: 0 bytes is refused, never graded as if there were no file). */
    private static boolean fileChosen(FileUpload file) {
        return file != null && file.uploadedFile() != null && file.fileName() != null && !file.fileName().isBlank();
    }

    private static ClientMultipartForm form(FileUpload file) {
        String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
        return ClientMultipartForm.create().binaryFileUpload("file", file.fileName(),
                file.uploadedFile().toString(), type);
    }

    private static String uuidOrEmpty(String value) {
        try {
            return value == null || value.isBlank() ? "" : UUID.fromString(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

}

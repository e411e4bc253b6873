package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.CatalogBackend;
import cn.energydata.console.backend.CatalogModels.OrganisationProfile;
import cn.energydata.console.backend.CatalogModels.ProfileRequest;
import cn.energydata.console.ui.Roles;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation profile (catalog-service owns it, issue 13): every member reads it, security-admins edit it.
 * A save the catalog refuses as invalid (400, 422) shows the form again with the values typed and each field's
 * error beside it; any other refusal is the usual error page.
 */
@Path("/organisation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR})
public class OrganisationResource {

    static final List<String> SECTORS = List.of("POWER_GRID", "POWER_GENERATION", "OIL_GAS", "COAL", "NUCLEAR",
            "NEW_ENERGY", "OTHER");

    @Inject
    Template organisation;

    @Inject
    PageRenderer pages;

    @Inject
    CatalogBackend catalog;

    /** What the form shows: the values (saved or typed) and the catalog's error per field. */
    @TemplateData
    public record ProfileForm(String legalName, String uscc, String sector, String province, String filingAuthority,
                              Boolean ciio, String dataSecurityOfficer, String dataSecurityBody,
                              Map<String, String> errors) {

        static ProfileForm of(OrganisationProfile p) {
            return p == null ? new ProfileForm("", "", "", "", "", null, "", "", Map.of())
                    : new ProfileForm(p.legalName(), p.uscc(), p.sector(), p.province(), p.filingAuthority(), p.ciio(),
                    p.dataSecurityOfficer(), p.dataSecurityBody(), Map.of());
        }

        /** The catalog's message for a field, or null. */
        public String error(String field) {
            return errors.get(field);
        }

        public boolean isCiioYes() {
            return Boolean.TRUE.equals(ciio);
        }

        public boolean isCiioNo() {
            return Boolean.FALSE.equals(ciio);
        }
    }

    @GET
    public Response show(@QueryParam("notice") String notice) {
        var profile = catalog.attempt(catalog::profile);
        boolean missing = profile.problem() != null && profile.problem().status() == 404;
        if (profile.isFailed() && !missing) {
            // Nothing else on this page: the failure is the page (503 unavailable, 403, ...).
            throw profile.problem() != null ? profile.problem() : profile.unavailable();
        }
        return render(200, profile.value(), ProfileForm.of(profile.value()), null, notice);
    }

    /** HTML forms cannot PUT: the form posts here and the console PUTs the profile to the catalog. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SECURITY_ADMIN)
    public Response save(@RestForm String legalName, @RestForm String uscc, @RestForm String sector,
                         @RestForm String province, @RestForm String filingAuthority, @RestForm String ciio,
                         @RestForm String dataSecurityOfficer, @RestForm String dataSecurityBody) {
        Boolean isCiio = "true".equals(ciio) ? Boolean.TRUE : "false".equals(ciio) ? Boolean.FALSE : null;
        ProfileRequest request = new ProfileRequest(Forms.trim(legalName), Forms.trim(uscc), Forms.oneOf(sector, SECTORS),
                Forms.trim(province), Forms.trim(filingAuthority), isCiio, Forms.blankToNull(dataSecurityOfficer),
                Forms.blankToNull(dataSecurityBody));
        try {
            catalog.saveProfile(request);
        } catch (BackendException e) {
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (BackendException.FieldError fe : e.errors()) {
                if (fe.field() != null) {
                    errors.merge(fe.field(), pages.worded(fe), (a, b) -> a + "; " + b);
                }
            }
            ProfileForm typed = new ProfileForm(request.legalName(), request.uscc(), request.sector(),
                    request.province(), request.filingAuthority(), isCiio, request.dataSecurityOfficer(),
                    request.dataSecurityBody(), errors);
            var saved = catalog.attempt(catalog::profile);
            return render(e.status(), saved.value(), typed, e, null);
        }
        return pages.seeOther("/organisation?notice=profile-saved");
    }

    private Response render(int status, OrganisationProfile profile, ProfileForm form, BackendException refusal,
                            String notice) {
        return pages.render(status, organisation.data("profile", profile).data("form", form)
                .data("refusal", refusal).data("sectors", SECTORS).data("notice", notice == null ? "" : notice));
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.OrganisationProfile;
import cn.energydata.catalog.domain.Sector;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.OrganisationProfileRepository;
import cn.energydata.common.problem.Problem;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation profile (issue 13): owned here, read by the organisation's members and by policy-service.
 * Every change is an audit record {@code PROFILE_UPDATED} naming the changed fields, never their values.
 */
@ApplicationScoped
public class OrganisationProfileService {

    @Inject
    Clock clock;

    @Inject
    Tenancy tenancy;

    @Inject
    OrganisationProfileRepository profiles;

    @Inject
    AssetRepository assets;

    @Inject
    AuditService audit;

    /** The profile as policy-service reads it (docs/service-contracts.md). */
    public record Profile(String organisation, String legalName, String uscc, Sector sector, String province,
                          String filingAuthority, boolean ciio, String dataSecurityOfficer, String dataSecurityBody,
                          Instant updatedAt, String updatedBy) {

        static Profile of(OrganisationProfile p) {
            return new Profile(p.organisation, p.legalName, p.uscc, p.sector, p.province, p.filingAuthority, p.ciio,
                    p.dataSecurityOfficer, p.dataSecurityBody, p.updatedAt, p.updatedBy);
        }
    }

    /**
     * The profile as the organisation's members see it, with whether the organisation holds important or core
     * data and which required fields are missing (the officer and body once it does).
     */
    public record ProfileView(String organisation, String legalName, String uscc, Sector sector, String province,
                              String filingAuthority, boolean ciio, String dataSecurityOfficer,
                              String dataSecurityBody, Instant updatedAt, String updatedBy,
                              boolean holdsImportantData, List<String> missingFields) {
    }

    @Transactional
    public ProfileView own() {
        String org = tenancy.organisation();
        OrganisationProfile profile = profiles.findByIdOptional(org)
                .orElseThrow(() -> ProblemException.notFound("The profile of organisation " + org));
        return view(profile, assets.holdsImportantData(org));
    }

    @Transactional
    public Profile of(String organisation) {
        return profiles.findByIdOptional(organisation).map(Profile::of)
                .orElseThrow(() -> ProblemException.notFound("The profile of organisation " + organisation));
    }

    @Transactional
    public ProfileView save(ProfileRequest request) {
        String org = tenancy.organisation();
        boolean holdsImportantData = assets.holdsImportantData(org);
        List<Problem.FieldError> missing = new ArrayList<>();
        if (holdsImportantData && isBlank(request.dataSecurityOfficer())) {
            missing.add(new Problem.FieldError("dataSecurityOfficer",
                    "required: the organisation holds important or core data"));
        }
        if (holdsImportantData && isBlank(request.dataSecurityBody())) {
            missing.add(new Problem.FieldError("dataSecurityBody",
                    "required: the organisation holds important or core data"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "data-security-officer-required", "Data-security officer and body required",
                    "The organisation holds important or core data, so its profile must name a data-security officer"
                            + " and a data-security body (DSL art. 27; NDSMR art. 30).", missing);
        }
        OrganisationProfile profile = profiles.findForUpdate(org).orElse(null);
        boolean created = profile == null;
        if (created) {
            profile = new OrganisationProfile();
            profile.organisation = org;
        }
        Set<String> changed = apply(profile, request, created);
        if (!created && changed.isEmpty()) {
            return view(profile, holdsImportantData);
        }
        profile.updatedAt = Timestamps.now(clock);
        profile.updatedBy = tenancy.username();
        if (created) {
            profiles.persist(profile);
        }
        profiles.flush();
        audit.record(org, profile.updatedBy, "PROFILE_UPDATED", null,
                AuditDetail.of("created", created, "fields", changed));
        return view(profile, holdsImportantData);
    }

    /** Copies the request onto the profile and returns the names (never the values) of the fields it changed. */
    private static Set<String> apply(OrganisationProfile p, ProfileRequest r, boolean created) {
        Set<String> changed = new TreeSet<>();
        String officer = blankToNull(r.dataSecurityOfficer());
        String body = blankToNull(r.dataSecurityBody());
        String uscc = r.uscc().trim();
        diff(changed, "legalName", p.legalName, r.legalName().trim());
        diff(changed, "uscc", p.uscc, uscc);
        diff(changed, "sector", p.sector, r.sector());
        diff(changed, "province", p.province, r.province().trim());
        diff(changed, "filingAuthority", p.filingAuthority, r.filingAuthority().trim());
        diff(changed, "ciio", created ? null : p.ciio, r.ciio());
        diff(changed, "dataSecurityOfficer", p.dataSecurityOfficer, officer);
        diff(changed, "dataSecurityBody", p.dataSecurityBody, body);
        p.legalName = r.legalName().trim();
        p.uscc = uscc;
        p.sector = r.sector();
        p.province = r.province().trim();
        p.filingAuthority = r.filingAuthority().trim();
        p.ciio = r.ciio();
        p.dataSecurityOfficer = officer;
        p.dataSecurityBody = body;
        return changed;
    }

    private static ProfileView view(OrganisationProfile p, boolean holdsImportantData) {
        List<String> missing = new ArrayList<>();
        if (holdsImportantData && p.dataSecurityOfficer == null) {
            missing.add("dataSecurityOfficer");
        }
        if (holdsImportantData && p.dataSecurityBody == null) {
            missing.add("dataSecurityBody");
        }
        return new ProfileView(p.organisation, p.legalName, p.uscc, p.sector, p.province, p.filingAuthority, p.ciio,
                p.dataSecurityOfficer, p.dataSecurityBody, p.updatedAt, p.updatedBy, holdsImportantData, missing);
    }

    private static void diff(Set<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}

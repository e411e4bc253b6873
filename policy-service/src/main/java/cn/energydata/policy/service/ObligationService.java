package cn.energydata.policy.service;

import cn.energydata.policy.client.CatalogClient;
import cn.energydata.policy.client.OrganisationPersonalInformation;
import cn.energydata.policy.client.OrganisationProfile;
import cn.energydata.policy.client.ProfileLookup;
import cn.energydata.policy.domain.Assessment;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.repository.AssessmentRepository;
import cn.energydata.policy.repository.DecisionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives an organisation's recurring duties: from the levels of the assets this service has decided on and the
 * assessments on file (annual risk assessment, catalogue filing); from the catalog's inventory of personal
 * information (the minors' yearly compliance audit, the duties of an important-data processor at ≥ 10 000 000
 * people); from the organisation profile (data-security officer and body); from the incidents with a report due.
 * The catalog unreadable → those duties are UNKNOWN, never absent.
 */
@ApplicationScoped
public class ObligationService {

    private static final Logger LOG = Logger.getLogger(ObligationService.class);

    /** NDSMR art. 28: 处理1000万人以上个人信息 (以上: the number included). */
    static final long IMPORTANT_DATA_PROCESSOR_PERSONS = 10_000_000L;

    static final String MINORS_SOURCE = "Regulations on the Protection of Minors Online art. 37; CAC announcement (2025) on "
            + "minors' personal-information compliance audits (report by 31 January)";

    @Inject
    DecisionRepository decisions;

    @Inject
    AssessmentRepository assessments;

    @Inject
    CatalogClient catalog;

    @Inject
    IncidentService incidents;

    @Inject
    AssessmentService assessmentService;

    /** The facts read from the catalog, or why they could not be. */
    private record Facts(OrganisationPersonalInformation inventory, String inventoryProblem,
                         OrganisationProfile profile, boolean profileKnown) {
    }

    public OrganisationObligations forOrganisation(String organisation) {
        LocalDate today = assessmentService.today();
        Facts facts = facts(organisation); // before any transaction: the catalog may take up to its timeout
        return QuarkusTransaction.joiningExisting().call(() -> derive(organisation, today, facts));
    }

    private Facts facts(String organisation) {
        OrganisationPersonalInformation inventory = null;
        String problem = null;
        try {
            inventory = catalog.personalInformation(organisation);
        } catch (RuntimeException e) {
            LOG.warnf("Inventory totals of an organisation could not be read (%s): its PI duties are unknown", e.getMessage());
            problem = "The catalog's inventory of personal information could not be read (" + e.getMessage()
                    + "); whether the duties derived from it apply is unknown";
        }
        OrganisationProfile profile = null;
        boolean profileKnown;
        try {
            ProfileLookup lookup = catalog.profile(organisation);
            profile = lookup.profile();
            profileKnown = true;
        } catch (RuntimeException e) {
            profileKnown = false;
        }
        return new Facts(inventory, problem, profile, profileKnown);
    }

    private OrganisationObligations derive(String organisation, LocalDate today, Facts facts) {
        List<String> levels = decisions.levelsSeen(organisation).stream().sorted().toList();
        boolean holdsImportant = levels.contains("IMPORTANT") || levels.contains("CORE");
        OrganisationPersonalInformation pi = facts.inventory();
        Boolean minors = pi == null ? null : pi.assetsWithMinors() > 0 || pi.minors() > 0 || pi.children() > 0;
        Boolean scale = pi == null ? null : pi.persons() >= IMPORTANT_DATA_PROCESSOR_PERSONS;
        List<OrganisationObligations.Item> items = new ArrayList<>();
        if (holdsImportant) {
            Optional<Assessment> last = assessments.ofOrganisation(organisation).stream()
                    .filter(a -> a.type == AssessmentType.ANNUAL_RISK && a.assetIds == null) // organisation-wide only
                    .max(Comparator.comparing(a -> a.validFrom));
            LocalDate due = last.map(a -> a.validFrom.plusYears(1)).orElse(today);
            items.add(new OrganisationObligations.Item("ANNUAL_RISK_ASSESSMENT", "Measures; NDSMR art. 33", due,
                    last.isEmpty() ? "NONE_ON_FILE" : status(due, today), true,
                    last.map(a -> "last annual risk assessment " + a.reference + " from " + a.validFrom)
                            .orElse("no annual risk assessment on file; the organisation holds important or core data"),
                    null));
            items.add(new OrganisationObligations.Item("IMPORTANT_DATA_CATALOGUE_FILING",
                    "Measures (important-data catalogue); MIIT measures as model", null, "UNKNOWN", false, null,
                    "Keep the important-data catalogue reported to the provincial energy authority; re-file within "
                            + "3 months of a ≥30 % scale change or any field change. catalog-service owns the asset "
                            + "history and the regulator exports, so it computes the re-filing dates."));
        }
        if (holdsImportant || Boolean.TRUE.equals(scale)) {
            items.add(officerAndBody(holdsImportant, Boolean.TRUE.equals(scale), pi, facts));
        }
        if (Boolean.TRUE.equals(scale)) {
            items.add(new OrganisationObligations.Item("IMPORTANT_DATA_REORGANISATION_REPORT",
                    "NDSMR art. 28 (personal information of 10 000 000 people or more) and art. 32", null, "ON_EVENT", true,
                    piBasis(pi),
                    "On a merger, division, dissolution or bankruptcy that may affect the data's security: take measures "
                            + "to protect it and report the disposal plan (recipient, how the data is handled) to the "
                            + "competent authority at provincial level or above."));
        } else if (scale == null) {
            items.add(new OrganisationObligations.Item("IMPORTANT_DATA_PROCESSOR_DUTIES_BY_PI_SCALE",
                    "NDSMR art. 28 (personal information of 10 000 000 people or more: art. 30 and 32 apply)", null,
                    "UNKNOWN", false, null, facts.inventoryProblem()));
        }
        if (!Boolean.FALSE.equals(minors)) {
            LocalDate due = LocalDate.of(today.getYear(), Month.JANUARY, 31);
            if (today.isAfter(due)) {
                due = due.plusYears(1);
            }
            items.add(minors == null
                    ? new OrganisationObligations.Item("MINORS_PI_COMPLIANCE_AUDIT", MINORS_SOURCE, due, "UNKNOWN", false,
                    null, facts.inventoryProblem())
                    : new OrganisationObligations.Item("MINORS_PI_COMPLIANCE_AUDIT", MINORS_SOURCE, due,
                    status(due, today), true, pi.assetsWithMinors() + " asset(s) of the catalogue hold minors' personal "
                    + "information (minors: " + pi.minors() + ", children under 14: " + pi.children()
                    + "; counts added up per asset); report children (<14) and minors separately to the prefecture-level "
                    + "cyberspace administration", null));
        }
        for (IncidentView incident : incidents.open(organisation)) {
            items.add(incidentItem(incident, incident.initialReport(), "INCIDENT_INITIAL_REPORT"));
            items.add(incidentItem(incident, incident.finalReport(), "INCIDENT_FINAL_REPORT"));
        }
        items.removeIf(i -> i == null);
        OrganisationObligations.Inventory inventory = pi == null
                ? new OrganisationObligations.Inventory(false, null, null, null, null, null, null, facts.inventoryProblem())
                : new OrganisationObligations.Inventory(true, pi.assets(), pi.assetsWithMinors(), pi.persons(),
                pi.sensitivePersons(), pi.minors(), pi.children(), null);
        return new OrganisationObligations(organisation, today, levels, holdsImportant, minors, scale, inventory, items);
    }

    private static OrganisationObligations.Item officerAndBody(boolean holdsImportant, boolean scale,
                                                               OrganisationPersonalInformation pi, Facts facts) {
        String source = scale ? "NDSMR art. 28 (personal information of 10 000 000 people or more) and art. 30"
                : "NDSMR art. 30; DSL art. 27";
        String basis = (holdsImportant ? "the organisation holds important or core data" : "")
                + (holdsImportant && scale ? "; " : "") + (scale ? piBasis(pi) : "");
        if (!facts.profileKnown()) {
            return new OrganisationObligations.Item("DATA_SECURITY_OFFICER_AND_BODY", source, null, "UNKNOWN", false, basis,
                    "The organisation profile could not be read from the catalog");
        }
        OrganisationProfile p = facts.profile();
        boolean named = p != null && notBlank(p.dataSecurityOfficer()) && notBlank(p.dataSecurityBody());
        return new OrganisationObligations.Item("DATA_SECURITY_OFFICER_AND_BODY", source, null, named ? "MET" : "MISSING",
                true, basis, named ? null : "Name the data-security officer and body in the organisation profile "
                + "(catalog-service, PUT /api/organisation/profile)");
    }

    private static String piBasis(OrganisationPersonalInformation pi) {
        return "the catalogue holds the personal information of " + pi.persons() + " people (counts added up per asset, "
                + "an upper bound), 10 000 000 or more";
    }

    private static OrganisationObligations.Item incidentItem(IncidentView incident, IncidentView.ReportDuty duty,
                                                             String obligation) {
        if (!"DUE".equals(duty.status()) && !"OVERDUE".equals(duty.status())) {
            return null;
        }
        LocalDate due = duty.due().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return new OrganisationObligations.Item(obligation, duty.source(), due, duty.status(), true,
                "incident " + incident.id() + " (" + incident.severity() + ") discovered " + incident.discoveredAt()
                        + "; report due " + duty.due() + " to " + duty.recipient(), null);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String status(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return "OVERDUE";
        }
        return due.isBefore(today.plusDays(31)) ? "DUE_SOON" : "UPCOMING";
    }
}

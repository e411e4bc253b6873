package cn.energydata.policy.service;

import cn.energydata.policy.domain.Assessment;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.repository.AssessmentRepository;
import cn.energydata.policy.repository.DecisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives an organisation's recurring duties from what this service knows: the levels and minors' PI of the
 * assets it has decided on (as the catalog graded them) and the assessments on file.
 */
@ApplicationScoped
public class ObligationService {

    @Inject
    DecisionRepository decisions;

    @Inject
    AssessmentRepository assessments;

    @Transactional
    public OrganisationObligations forOrganisation(String organisation) {
        LocalDate today = AssessmentService.today();
        List<String> levels = decisions.levelsSeen(organisation).stream().sorted().toList();
        boolean holdsImportant = levels.contains("IMPORTANT") || levels.contains("CORE");
        boolean minors = decisions.minorsSeen(organisation);
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
        if (minors) {
            LocalDate due = LocalDate.of(today.getYear(), Month.JANUARY, 31);
            if (today.isAfter(due)) {
                due = due.plusYears(1);
            }
            items.add(new OrganisationObligations.Item("MINORS_PI_COMPLIANCE_AUDIT",
                    "Regulations on the Protection of Minors Online art. 37; CAC announcement (2025) on minors' personal-information compliance audits", due,
                    status(due, today), true,
                    "assets with minors' personal information seen in decisions; report children (<14) and minors separately",
                    null));
        }
        return new OrganisationObligations(organisation, today, levels, holdsImportant, minors, items);
    }

    private static String status(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return "OVERDUE";
        }
        return due.isBefore(today.plusDays(31)) ? "DUE_SOON" : "UPCOMING";
    }
}

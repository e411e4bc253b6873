package cn.energydata.policy.service;

import cn.energydata.policy.client.CatalogClient;
import cn.energydata.policy.client.OrganisationPersonalInformation;
import cn.energydata.policy.client.OrganisationProfile;
import cn.energydata.policy.client.ProfileLookup;
import cn.energydata.policy.domain.Assessment;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.engine.IncidentSeverity;
import cn.energydata.policy.engine.Reason;
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
    private record Facts(OrganisationPersonalInformation inventory, Reason inventoryProblem,
                         OrganisationProfile profile, boolean profileKnown) {
    }

    public OrganisationObligations forOrganisation(String organisation) {
        LocalDate today = assessmentService.today();
        Facts facts = facts(organisation); // before any transaction: the catalog may take up to its timeout
        return QuarkusTransaction.joiningExisting().call(() -> derive(organisation, today, facts));
    }

    private Facts facts(String organisation) {
        OrganisationPersonalInformation inventory = null;
        Reason problem = null;
        try {
            inventory = catalog.personalInformation(organisation);
        } catch (RuntimeException e) {
            LOG.warnf("Inventory totals of an organisation could not be read (%s): its PI duties are unknown", e.getMessage());
            problem = new Reason("The catalog's inventory of personal information could not be read (" + e.getMessage()
                    + "); whether the duties derived from it apply is unknown",
                    "无法读取数据目录的个人信息汇总（" + e.getMessage() + "），因此无法确定由此产生的义务是否适用。");
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
                    last.map(a -> new Reason("last annual risk assessment " + a.reference + " from " + a.validFrom,
                                    "最近一次年度风险评估：" + a.reference + "，自" + a.validFrom + "起。"))
                            .orElse(new Reason("no annual risk assessment on file; the organisation holds important or core data",
                                    "没有在案的年度风险评估；本单位持有重要数据或核心数据。")),
                    null));
            items.add(new OrganisationObligations.Item("IMPORTANT_DATA_CATALOGUE_FILING",
                    "Measures (important-data catalogue); MIIT measures as model", null, "UNKNOWN", false, null,
                    new Reason("Keep the important-data catalogue reported to the provincial energy authority; re-file "
                            + "within 3 months of a scale change of 30 % or more or any change of its fields. The data "
                            + "catalogue works out the re-filing dates from the history of the assets.",
                            "重要数据目录须报属地省级能源主管部门备案；数据规模变化30%以上或目录字段发生变更的，须在3个月内重新备案。"
                                    + "重新备案日期由数据目录依据资产历史计算。")));
        }
        if (holdsImportant || Boolean.TRUE.equals(scale)) {
            items.add(officerAndBody(holdsImportant, Boolean.TRUE.equals(scale), pi, facts));
        }
        if (Boolean.TRUE.equals(scale)) {
            items.add(new OrganisationObligations.Item("IMPORTANT_DATA_REORGANISATION_REPORT",
                    "NDSMR art. 28 (personal information of 10 000 000 people or more) and art. 32", null, "ON_EVENT", true,
                    piBasis(pi),
                    new Reason("On a merger, division, dissolution or bankruptcy that may affect the data's security: "
                            + "take measures to protect it and report the disposal plan (recipient, how the data is "
                            + "handled) to the competent authority at provincial level or above.",
                            "发生合并、分立、解散、破产等可能影响数据安全的情形时，须采取措施保障数据安全，"
                                    + "并将数据处置方案（接收方、处理方式）报省级以上主管部门。")));
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
                    status(due, today), true, new Reason(pi.assetsWithMinors() + " asset(s) of the catalogue hold "
                    + "minors' personal information (minors: " + pi.minors() + ", children under 14: " + pi.children()
                    + "; counts added up per asset); report children (<14) and minors separately to the prefecture-level "
                    + "cyberspace administration",
                    "数据目录中有" + pi.assetsWithMinors() + "项资产含有未成年人个人信息（未成年人：" + pi.minors()
                            + "人，不满十四周岁的儿童：" + pi.children() + "人；按资产累加）；须分别就儿童和未成年人"
                            + "个人信息向地市级网信部门报告。"), null));
        }
        for (IncidentView incident : incidents.open(organisation)) {
            items.add(incidentItem(incident, incident.initialReport(), "INCIDENT_INITIAL_REPORT"));
            items.add(incidentItem(incident, incident.finalReport(), "INCIDENT_FINAL_REPORT"));
        }
        items.removeIf(i -> i == null);
        OrganisationObligations.Inventory inventory = pi == null
                ? new OrganisationObligations.Inventory(false, null, null, null, null, null, null,
                facts.inventoryProblem().en(), facts.inventoryProblem().zh())
                : new OrganisationObligations.Inventory(true, pi.assets(), pi.assetsWithMinors(), pi.persons(),
                pi.sensitivePersons(), pi.minors(), pi.children(), null, null);
        return new OrganisationObligations(organisation, today, levels, holdsImportant, minors, scale, inventory, items);
    }

    private static OrganisationObligations.Item officerAndBody(boolean holdsImportant, boolean scale,
                                                               OrganisationPersonalInformation pi, Facts facts) {
        String source = scale ? "NDSMR art. 28 (personal information of 10 000 000 people or more) and art. 30"
                : "NDSMR art. 30; DSL art. 27";
        Reason holds = new Reason("the organisation holds important or core data", "本单位持有重要数据或核心数据。");
        Reason basis = holdsImportant && scale ? new Reason(holds.en() + "; " + piBasis(pi).en(),
                holds.zh().replace("。", "；") + piBasis(pi).zh()) : holdsImportant ? holds : piBasis(pi);
        if (!facts.profileKnown()) {
            return new OrganisationObligations.Item("DATA_SECURITY_OFFICER_AND_BODY", source, null, "UNKNOWN", false, basis,
                    new Reason("The organisation profile could not be read from the catalog", "无法从数据目录读取单位信息。"));
        }
        OrganisationProfile p = facts.profile();
        boolean named = p != null && notBlank(p.dataSecurityOfficer()) && notBlank(p.dataSecurityBody());
        return new OrganisationObligations.Item("DATA_SECURITY_OFFICER_AND_BODY", source, null, named ? "MET" : "MISSING",
                true, basis, named ? null : new Reason("Name the data-security officer and body in the organisation profile",
                "请在单位信息中填写数据安全负责人和数据安全管理机构。"));
    }

    private static Reason piBasis(OrganisationPersonalInformation pi) {
        return new Reason("the catalogue holds the personal information of " + pi.persons() + " people (counts added up "
                + "per asset, an upper bound), 10 000 000 or more",
                "数据目录中持有" + pi.persons() + "人的个人信息（按资产累加，为上限），达到1000万人以上。");
    }

    private static OrganisationObligations.Item incidentItem(IncidentView incident, IncidentView.ReportDuty duty,
                                                             String obligation) {
        if (!"DUE".equals(duty.status()) && !"OVERDUE".equals(duty.status())) {
            return null;
        }
        LocalDate due = duty.due().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return new OrganisationObligations.Item(obligation, duty.source(), due, duty.status(), true,
                new Reason("incident " + incident.id() + " (" + incident.severity() + ") discovered "
                        + incident.discoveredAt() + "; report due " + duty.due() + " to " + duty.recipient(),
                        "事件" + incident.id() + "（" + severityZh(incident.severity()) + "）发现于" + incident.discoveredAt()
                                + "；须于" + duty.due() + "前向" + (duty.recipientZh() != null ? duty.recipientZh()
                                : duty.recipient()) + "报告。"), null);
    }

    private static String severityZh(IncidentSeverity severity) {
        return switch (severity) {
            case GENERAL -> "一般事件";
            case LARGER -> "较大事件";
            case MAJOR -> "重大事件";
            case ESPECIALLY_MAJOR -> "特别重大事件";
        };
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

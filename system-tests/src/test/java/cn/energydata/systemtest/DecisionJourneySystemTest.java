package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Journey 4: alice asks policy-service what she may do with east-grid's reviewed assets; policy-service reads
 * each grade from the catalog with its own service account. carol (security-admin) records assessments and
 * grants approvals; an approval permits exactly one action.
 */
@ExtendWith(StackExtension.class)
class DecisionJourneySystemTest {

    private static final String REQUESTER = "alice";
    private static final String ADMIN = "carol";
    private static final Map<String, Object> TO_GERMANY = Map.of("country", "DE", "purpose", "joint research");

    private Journey journey;

    @BeforeEach
    void journey(Stack stack) {
        journey = new Journey(stack.config());
    }

    @Test
    void downloadOfGeneralDataIsPermitted() {
        String general = reviewed(journey.registerGraded(REQUESTER, "Press release: spring tariffs",
                Document.pressRelease(), "GENERAL"));

        journey.decide(REQUESTER, "DOWNLOAD", general, null)
                .body("effect", equalTo("PERMIT"))
                .body("assetLevel", equalTo("GENERAL"))
                .body("effectiveLevel", equalTo("GENERAL"))
                .body("policyIds", hasItem("general.handling"))
                .body("obligations.encryption.inTransit", equalTo(true))
                .body("obligations.logging.retentionMonths", equalTo(6))
                .body("decisionId", notNullValue());
    }

    @Test
    void coreDataNeverLeavesTheCountryWhateverTheAssessments() {
        String core = reviewed(journey.registerCoreGridModel(REQUESTER));
        journey.clearSecrecy(core); // so that the core rules speak, not the secrecy stop

        journey.decide(REQUESTER, "TRANSFER_CROSS_BORDER", core, TO_GERMANY)
                .body("effect", equalTo("DENY"))
                .body("effectiveLevel", equalTo("CORE"))
                .body("policyIds", hasItem("core.never-leaves-country"))
                .body("obligations", anEmptyMap())
                .body("approvalId", nullValue());

        journey.recordAssessment(ADMIN, "CAC_CROSS_BORDER", core).statusCode(201);
        journey.decide(REQUESTER, "TRANSFER_CROSS_BORDER", core, TO_GERMANY)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("core.never-leaves-country"));
    }

    @Test
    void exportOfImportantDataIsDeniedUntilAssessedThenPermittedOnceApproved() {
        String important = reviewed(journey.registerGraded(REQUESTER, "Substation EAST-550 configuration",
                Document.substationConfiguration("EAST-550-" + journey.suffix), "IMPORTANT"));

        journey.decide(REQUESTER, "TRANSFER_CROSS_BORDER", important, TO_GERMANY)
                .body("effect", equalTo("DENY"))
                .body("effectiveLevel", equalTo("IMPORTANT"))
                .body("policyIds", hasItem("important.cross-border.assessment"))
                .body("reasons", hasItem(containsString("CAC security assessment")));

        journey.recordAssessment(ADMIN, "CAC_CROSS_BORDER", important).statusCode(201)
                .body("type", equalTo("CAC_CROSS_BORDER"));
        String approvalId = journey.decide(REQUESTER, "TRANSFER_CROSS_BORDER", important, TO_GERMANY)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("policyIds", hasItem("important.cross-border"))
                .body("approvalStatus", equalTo("PENDING"))
                .extract().path("approvalId");

        // The requester cannot approve her own request, a security-admin of east-grid can.
        journey.approve(REQUESTER, approvalId, "mine").statusCode(403);
        journey.approve(ADMIN, approvalId, "Research contract 2026-17, CAC assessment on file")
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo(ADMIN));

        journey.decide(REQUESTER, "TRANSFER_CROSS_BORDER", important, withApproval(TO_GERMANY, approvalId))
                .body("effect", equalTo("PERMIT"))
                .body("approvalStatus", equalTo("CONSUMED"))
                .body("obligations.encryption.atRest", equalTo(true))
                .body("obligations.encryption.inTransit", equalTo(true))
                .body("obligations.logging.tamperEvident", equalTo(true))
                .body("obligations.recordKeepingYears", equalTo(3));
    }

    @Test
    void provisionToAnotherEntityNeedsAnApprovalThatIsUsedOnce() {
        String important = reviewed(journey.registerGraded(REQUESTER, "Substation EAST-660 configuration",
                Document.substationConfiguration("EAST-660-" + journey.suffix), "IMPORTANT"));
        Map<String, Object> toContractor = Map.of("purpose", "relay maintenance contract");

        journey.decide(REQUESTER, "PROVIDE_TO_ENTITY", important, toContractor)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("important.provide-to-entity.assessment"));
        journey.recordAssessment(ADMIN, "CROSS_ENTITY", important).statusCode(201);

        String approvalId = journey.decide(REQUESTER, "PROVIDE_TO_ENTITY", important, toContractor)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("policyIds", hasItem("important.provide-to-entity"))
                .extract().path("approvalId");
        // Not yet approved: asking again with the pending request does not permit anything.
        journey.decide(REQUESTER, "PROVIDE_TO_ENTITY", important, withApproval(toContractor, approvalId))
                .body("effect", equalTo("APPROVAL_REQUIRED"));

        journey.approve(ADMIN, approvalId, "Contract 2026-88 signed").statusCode(200)
                .body("status", equalTo("APPROVED"));
        JsonPath permitted = journey.decide(REQUESTER, "PROVIDE_TO_ENTITY", important,
                        withApproval(toContractor, approvalId))
                .body("effect", equalTo("PERMIT"))
                .body("obligations.contract", equalTo(true))
                .body("obligations.recordKeepingYears", equalTo(3))
                .body("obligations.watermark", equalTo(true))
                .extract().jsonPath();

        // Single use: the same approval does not permit a second provision.
        journey.decide(REQUESTER, "PROVIDE_TO_ENTITY", important, withApproval(toContractor, approvalId))
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("approvalId", not(equalTo(approvalId)));
        journey.as(REQUESTER).get(journey.config.policyUrl() + "/api/approvals/" + approvalId)
                .then().statusCode(200)
                .body("status", equalTo("CONSUMED"))
                .body("usable", equalTo(false))
                .body("consumedByDecision", equalTo(permitted.getString("decisionId")));
    }

    @Test
    void minorsPersonalInformationIsMaskedNeverTrainedOnAndOwesTheAnnualAudit() {
        Document.CustomerList customers = Document.customerList(2, 1, 1);
        String list = reviewed(journey.registerGraded(REQUESTER, "Customer list, Suzhou hall", customers.document(),
                "GENERAL"));

        journey.decide(REQUESTER, "DOWNLOAD", list, null)
                .body("effect", equalTo("PERMIT"))
                .body("policyIds", hasItem("pi.sensitive.masking"))
                .body("obligations.masking", hasItem("pi.resident-id"));
        journey.decide(REQUESTER, "MODEL_TRAINING", list, Map.of("purpose", "load forecasting"))
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("pi.minors.no-model-training"));

        // Held in the inventory, the minors' PI makes the organisation owe the yearly audit, due on 31 January (the
        // policy service reads the catalog's totals, cached up to 60 s).
        Journey.await("the minors' audit owed", java.time.Duration.ofSeconds(75),
                () -> journey.as(ADMIN).get(journey.config.policyUrl() + "/api/obligations").then().statusCode(200)
                        .extract().jsonPath(),
                o -> Boolean.TRUE.equals(o.get("holdsMinorsPersonalInformation")));
        journey.as(ADMIN).get(journey.config.policyUrl() + "/api/obligations")
                .then().statusCode(200)
                .body("organisation", equalTo("east-grid"))
                .body("holdsMinorsPersonalInformation", equalTo(true))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.due", endsWith("-01-31"));
    }

    /** Has bob confirm the grade: policy-service treats anything not reviewed as core. */
    private String reviewed(String id) {
        journey.confirm("bob", id, "Checked the evidence").statusCode(200);
        return id;
    }

    private static Map<String, Object> withApproval(Map<String, Object> context, String approvalId) {
        Map<String, Object> with = new HashMap<>(context);
        with.put("approvalId", approvalId);
        return with;
    }
}

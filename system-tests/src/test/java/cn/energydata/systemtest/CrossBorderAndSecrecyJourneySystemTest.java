package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 13's journeys through the real stack: the organisation profile decides which cross-border rules apply
 * (east-grid is a critical-information-infrastructure operator, city-solar is not), the ledger counts what left the
 * country this year, every action with a destination abroad meets the export rules, and a possible state secret is
 * stopped until the secrecy review clears it.
 */
@ExtendWith(StackExtension.class)
class CrossBorderAndSecrecyJourneySystemTest {

    private static final Map<String, Object> ABROAD = Map.of("country", "DE", "purpose", "joint research");

    private Journey journey;

    @BeforeEach
    void journey(Stack stack) {
        journey = new Journey(stack.config());
    }

    /** A grid company is a CIIO: the PI of 1 000 people goes abroad only with a CAC assessment, by any action. */
    @Test
    void aCiioSendsNoPersonalInformationAbroadWithoutAnAssessment() {
        String id = journey.registerGraded("alice", "Customer list for a joint study", Document.adultCustomers(1_000),
                "GENERAL");
        journey.confirm("bob", id, "1 000 customers, checked").statusCode(200);

        for (String action : new String[]{"TRANSFER_CROSS_BORDER", "PROVIDE_TO_ENTITY"}) {
            journey.decide("alice", action, id, ABROAD)
                    .body("effect", equalTo("DENY"))
                    .body("policyIds", hasItem("ciio.cross-border.pi-assessment"));
        }
    }

    /** A non-CIIO counts the year's exports: three of 40 000 people each need a standard contract at the third. */
    @Test
    void theLedgerMakesTheThirdExportOf40000PeopleNeedAStandardContract() {
        String admin = KeycloakUsers.create(journey.config, "ivan", "security-admin", "city-solar");
        String[] assets = new String[3];
        for (int i = 0; i < 3; i++) {
            // Mobile numbers: personal information of 40 000 people, not sensitive (resident IDs would be, and
            // 10 000 people's sensitive PI already needs an assessment).
            assets[i] = journey.registerGraded("grace", "Rooftop customers, district " + (i + 1),
                    Document.mobileCustomers(40_000, 5 + i), "GENERAL");
            journey.confirm("heidi", assets[i], "40 000 customers, checked").statusCode(200);
            // PIPL art. 55: a PI impact assessment before any export of personal information.
            journey.recordAssessment(admin, "PI_IMPACT", assets[i]).statusCode(201);
        }
        journey.decide("grace", "TRANSFER_CROSS_BORDER", assets[0], ABROAD).body("effect", equalTo("PERMIT"));
        journey.decide("grace", "TRANSFER_CROSS_BORDER", assets[1], ABROAD).body("effect", equalTo("PERMIT"));
        journey.decide("grace", "TRANSFER_CROSS_BORDER", assets[2], ABROAD)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("policyIds", hasItem("general.cross-border.pi-contract"));
    }

    /** A possible state secret: only viewing by its owners, every request routed to the secrecy process. */
    @Test
    void aPossibleStateSecretIsStoppedUntilTheSecrecyReviewClearsIt() {
        String id = journey.register("alice", journey.fileAsset("Strategic reserve inventory"));
        journey.upload("alice", id, Document.strategicReserves())
                .statusCode(200)
                .body("flags", hasItem("POSSIBLE_STATE_SECRET"));

        journey.decide("alice", "VIEW", id, null)
                .body("effect", equalTo("PERMIT"))
                .body("obligations.secrecyProcess", equalTo(true));
        journey.decide("alice", "DOWNLOAD", id, null)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("secrecy.possible-state-secret"))
                .body("obligations.secrecyProcess", equalTo(true));

        journey.clearSecrecy(id);
        // The policy service caches what the catalog says of an asset for up to 30 s.
        Journey.await("the secrecy clearance reaches the policy service", java.time.Duration.ofSeconds(45),
                () -> journey.decide("alice", "DOWNLOAD", id, null).extract().jsonPath().getList("policyIds"),
                ids -> !ids.contains("secrecy.possible-state-secret"));
    }
}

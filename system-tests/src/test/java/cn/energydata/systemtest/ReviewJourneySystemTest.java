package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 2: bob, security reviewer of east-grid, works the review queue (core and important first), confirms
 * one grade and overrides another with a justification. Lowering a CORE grade waits for a second reviewer.
 */
@ExtendWith(StackExtension.class)
class ReviewJourneySystemTest {

    private static final String REGISTRANT = "alice";
    private static final String REVIEWER = "bob";

    /** Queue rank of each entry reason other than PROPOSAL (whose rank depends on the proposal). */
    private static final Map<String, Integer> RANK = Map.of(
            "SECOND_REVIEW", 0, "CORE", 0, "IMPORTANT", 1, "UNCERTAIN", 2, "PROPOSED", 3);

    private Journey journey;

    @BeforeEach
    void journey(Stack stack) {
        journey = new Journey(stack.config());
    }

    @Test
    void reviewerWorksTheQueueHighestLevelFirstThenConfirmsAndOverrides() {
        // Registered oldest first: general, important, core. The queue must put them the other way round.
        String general = journey.registerGraded(REGISTRANT, "Press release: tariffs", Document.pressRelease(), "GENERAL");
        String important = journey.registerGraded(REGISTRANT, "Substation EAST-330 configuration",
                Document.substationConfiguration("EAST-330-" + journey.suffix), "IMPORTANT");
        String core = journey.registerCoreGridModel(REGISTRANT);

        JsonPath queue = journey.reviewQueue(REVIEWER);
        List<String> ids = queue.getList("items.asset.id");
        int corePosition = ids.indexOf(core);
        int importantPosition = ids.indexOf(important);
        int generalPosition = ids.indexOf(general);
        assertTrue(corePosition >= 0 && importantPosition >= 0 && generalPosition >= 0,
                "all three await review: " + corePosition + ", " + importantPosition + ", " + generalPosition);
        assertTrue(corePosition < importantPosition && importantPosition < generalPosition,
                "core, then important, then general: " + corePosition + ", " + importantPosition + ", " + generalPosition);
        assertEquals("CORE", queue.getString("items[" + corePosition + "].reason"));
        assertEquals("IMPORTANT", queue.getString("items[" + importantPosition + "].reason"));
        assertEquals("PROPOSED", queue.getString("items[" + generalPosition + "].reason"));
        // The whole page is in rank order, not only this journey's entries.
        List<String> reasons = queue.getList("items.reason");
        List<Integer> ranks = reasons.stream().filter(RANK::containsKey).map(RANK::get).toList();
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) <= ranks.get(i), "queue out of rank order: " + reasons);
        }

        journey.confirm(REVIEWER, important, "220 kV station bus addressing: power-monitoring configuration")
                .statusCode(200)
                .body("asset.status", equalTo("CONFIRMED"))
                .body("asset.level", equalTo("IMPORTANT"))
                .body("review.decision", equalTo("CONFIRM"))
                .body("review.reviewer", equalTo(REVIEWER));

        String justification = "Announces the hall before the contract is signed: unpublished business plan";
        journey.override(REVIEWER, general, "IMPORTANT", justification)
                .statusCode(200)
                .body("asset.status", equalTo("OVERRIDDEN"))
                .body("asset.level", equalTo("IMPORTANT"))
                .body("review.state", equalTo("APPLIED"));

        JsonPath overridden = journey.detail(REGISTRANT, general);
        assertEquals(justification, overridden.getString("reviews[-1].justification"));
        assertEquals("GENERAL", overridden.getString("reviews[-1].fromLevel"));
        assertEquals("IMPORTANT", overridden.getString("reviews[-1].toLevel"));
        assertEquals("REVIEWER", overridden.getString("gradings[-1].source"));
        assertEquals(REVIEWER, overridden.getString("gradings[-1].gradedBy"));
        // The automatic grade stays in the history below the reviewer's.
        assertEquals("GENERAL", overridden.getString("gradings[-2].level"));

        List<String> after = journey.reviewQueue(REVIEWER).getList("items.asset.id");
        assertFalse(after.contains(important), "a confirmed grade leaves the queue");
        assertFalse(after.contains(general), "an overridden grade leaves the queue");
        assertTrue(after.contains(core), "the core grade still waits");
    }

    @Test
    void coreDowngradeWaitsForASecondReviewer() {
        String core = journey.registerCoreGridModel(REGISTRANT);

        long reviewId = journey.override(REVIEWER, core, "IMPORTANT", "Model of one province only, the rest is public")
                .statusCode(202)
                .body("review.state", equalTo("AWAITING_SECOND_REVIEW"))
                .body("asset.level", equalTo("CORE"))
                .extract().jsonPath().getLong("review.id");

        JsonPath waiting = journey.detail(REVIEWER, core);
        assertEquals("CORE", waiting.getString("asset.level"), "the grade is unchanged until the second review");
        assertEquals(reviewId, waiting.getLong("awaitingSecondReview.id"));
        JsonPath queue = journey.reviewQueue(REVIEWER);
        assertEquals("SECOND_REVIEW", queue.getString("items.find { it.asset.id == '" + core + "' }.reason"));

        // The same reviewer cannot complete it; neither can the registrant nor a security-admin (not a reviewer).
        journey.secondReview(REVIEWER, core, reviewId, true, "I am sure")
                .statusCode(403)
                .body("type", equalTo("urn:energy-data:problem:second-reviewer-required"));
        journey.secondReview(REGISTRANT, core, reviewId, true, "I registered it").statusCode(403);
        journey.secondReview("carol", core, reviewId, true, "Admins do not review grades").statusCode(403);
        // Nor may anyone decide anew while the downgrade waits.
        String other = KeycloakUsers.create(journey.config, "grace", "security-reviewer", "east-grid");
        journey.confirm(other, core, "Confirm instead").statusCode(409);
        assertEquals("CORE", journey.detail(REVIEWER, core).getString("asset.level"));

        String second = "Checked the model: only Jiangsu's 220 kV network, the other provinces are published data";
        journey.secondReview(other, core, reviewId, true, second)
                .statusCode(200)
                .body("review.state", equalTo("APPLIED"))
                .body("review.secondReviewer", equalTo(other))
                .body("asset.level", equalTo("IMPORTANT"))
                .body("asset.status", equalTo("OVERRIDDEN"));

        JsonPath done = journey.detail(REGISTRANT, core);
        assertEquals("IMPORTANT", done.getString("asset.level"));
        assertEquals(second, done.getString("reviews[-1].secondJustification"));
        assertEquals(REVIEWER + "+" + other, done.getString("gradings[-1].gradedBy"));
        assertNull(done.get("awaitingSecondReview"));
        assertFalse(journey.reviewQueue(REVIEWER).getList("items.asset.id").contains(core));
    }
}

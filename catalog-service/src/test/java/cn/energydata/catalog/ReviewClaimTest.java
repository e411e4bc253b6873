package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Claims on review-queue items (issue 15 item 5): claim, conflict, extend, release, expiry by the service's clock. */
@QuarkusTest
class ReviewClaimTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration TTL = Duration.ofHours(2);

    private final String org = "claims-" + UUID.randomUUID();
    private final String alice = registrant("alice", org);
    private final String bob = reviewer("bob", org);
    private final String carol = reviewer("carol", org);

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClaimShowsInTheQueueAndIsAudited() {
        String id = queued("Meter readings");
        Instant before = clock.instant();

        ValidatableResponse claim = claim(bob, id).statusCode(200)
                .body("assetId", equalTo(id))
                .body("claimedBy", equalTo("bob"));
        Instant claimedAt = Instant.parse(claim.extract().path("claimedAt"));
        String expiresAt = claim.extract().path("expiresAt");
        assertEquals(claimedAt.plus(TTL), Instant.parse(expiresAt));
        assertEquals(false, claimedAt.isBefore(before.minusSeconds(1)));

        item(carol, id).body("claimedBy", equalTo("bob")).body("claimExpiresAt", equalTo(expiresAt));
        as(auditor("audrey", org)).get("/api/audit/records?action=REVIEW_CLAIMED&assetId=" + id).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].actor", equalTo("bob"));
    }

    @Test
    void anotherReviewersLiveClaimIsAConflictButDoesNotStopADecision() {
        String id = queued("Customer ledger [IMPORTANT]");
        claim(bob, id).statusCode(200);

        claim(carol, id).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:energy-data:problem:claimed"))
                .body("status", equalTo(409))
                .body("claimedBy", equalTo("bob"));
        as(carol).delete("/api/review-queue/" + id + "/claim").then().statusCode(409)
                .body("claimedBy", equalTo("bob"));

        Api.review(carol, id, "CONFIRM", null, Api.version(carol, id)).statusCode(200);
        as(carol).get("/api/review-queue").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void claimingAgainExtendsOnesOwnClaim() {
        String id = queued("Load curves");
        ValidatableResponse first = claim(bob, id).statusCode(200);
        String claimedAt = first.extract().path("claimedAt");
        Instant firstExpiry = Instant.parse(first.extract().path("expiresAt"));

        clock.advance(Duration.ofHours(1));
        ValidatableResponse again = claim(bob, id).statusCode(200).body("claimedAt", equalTo(claimedAt));
        Instant extended = Instant.parse(again.extract().path("expiresAt"));
        assertEquals(true, extended.isAfter(firstExpiry.plus(Duration.ofMinutes(59))));

        clock.advance(Duration.ofMinutes(90));
        claim(carol, id).statusCode(409).body("claimedBy", equalTo("bob"));
    }

    @Test
    void releasingFreesTheItem() {
        String id = queued("Outage log");
        claim(bob, id).statusCode(200);

        as(bob).delete("/api/review-queue/" + id + "/claim").then().statusCode(204);
        item(carol, id).body("claimedBy", nullValue()).body("claimExpiresAt", nullValue());
        as(auditor("audrey", org)).get("/api/audit/records?action=REVIEW_RELEASED&assetId=" + id).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].actor", equalTo("bob"));
        as(bob).delete("/api/review-queue/" + id + "/claim").then().statusCode(204);

        claim(carol, id).statusCode(200).body("claimedBy", equalTo("carol"));
    }

    @Test
    void anExpiredClaimIsNoClaim() {
        String id = queued("Tariff table");
        claim(bob, id).statusCode(200);

        clock.advance(TTL.plusSeconds(1));
        item(carol, id).body("claimedBy", nullValue()).body("claimExpiresAt", nullValue());
        claim(carol, id).statusCode(200).body("claimedBy", equalTo("carol"));
        item(bob, id).body("claimedBy", equalTo("carol"));
    }

    @Test
    void onlyAReviewerClaimsAnItemOfHisOrganisationsQueue() {
        String id = queued("Substations");
        claim(alice, id).statusCode(403);
        claim(reviewer("olga", "other-" + org), id).statusCode(404);
        String notQueued = register(alice, asset("Not graded yet"));
        claim(bob, notQueued).statusCode(409).body("type", equalTo("urn:energy-data:problem:not-awaiting-review"));
    }

    /** A registered asset graded from its descriptor: PROPOSED, so in the review queue. */
    private String queued(String name) {
        String id = register(alice, asset(name));
        Api.gradeDescriptor(alice, id).statusCode(200);
        return id;
    }

    private static ValidatableResponse claim(String token, String id) {
        return as(token).post("/api/review-queue/" + id + "/claim").then();
    }

    private static ValidatableResponse item(String token, String id) {
        return as(token).get("/api/review-queue").then().statusCode(200)
                .rootPath("items.find { it.asset.id == '" + id + "' }");
    }
}

package cn.energydata.catalog;

import cn.energydata.catalog.service.GradingJobs;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.review;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.version;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Grading results, four eyes, second reviewer for CORE downgrades, concurrency and proposals. */
@QuarkusTest
class ReviewWorkflowTest {

    private static final String ORG = "east-grid";
    private final String alice = registrant("alice", ORG);
    private final String bob = reviewer("bob", ORG);
    private final String carol = reviewer("carol", ORG);

    @Inject
    GradingJobs jobs;

    @AfterEach
    void defaultRulePack() {
        ClassifierStub.useRulePack("2026.11.1");
    }

    @Test
    void descriptorGradingProposesAndKeepsMaskedEvidence() {
        String id = register(alice, asset("Customer ledger [IMPORTANT]"));
        Api.gradeDescriptor(alice, id).statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("level", equalTo("IMPORTANT"))
                .body("rulePackVersion", equalTo("2026.11.1"));
        Api.get(alice, id).statusCode(200)
                .body("gradings[0].source", equalTo("AUTOMATIC"))
                .body("gradings[0].evidence.findings[0].maskedSnippet", equalTo("1101**********123X"))
                .body("gradings[0].gradedBy", equalTo("alice"));
        given(TestTokens.service("policy-service", "internal-service"))
                .get("/api/internal/assets/" + id + "/classification").then().statusCode(200)
                .body("level", equalTo("IMPORTANT"))
                .body("categories", hasItem("pi.resident-id"))
                .body("personalInformation.persons", equalTo(3))
                .body("personalInformation.sensitive", equalTo(true))
                .body("personalInformation.minors", equalTo(1));
    }

    @Test
    void uploadKeepsHashTypeAndSizeButNotTheContent() {
        String id = register(alice, asset("Upload"));
        byte[] content = "id,name\n1,someone\n".getBytes();
        given(alice).multiPart("file", "customers.csv", content, "text/csv")
                .post("/api/assets/" + id + "/content").then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("content.sizeBytes", equalTo(content.length))
                .body("content.sha256", equalTo(sha256(content)));
    }

    @Test
    void fourEyesARegistrantCannotReviewTheirOwnAsset() {
        String both = TestTokens.user("alice", ORG, "data-registrant", "security-reviewer");
        String id = register(both, asset("Own asset"));
        Api.gradeDescriptor(both, id).statusCode(200);
        review(both, id, "CONFIRM", null, version(both, id)).statusCode(403)
                .body("type", equalTo("urn:energy-data:problem:four-eyes"));
        review(bob, id, "CONFIRM", null, version(bob, id)).statusCode(200)
                .body("asset.status", equalTo("CONFIRMED"));
    }

    @Test
    void confirmAndOverrideNeedAJustification() {
        String id = register(alice, asset("Justify"));
        Api.gradeDescriptor(alice, id).statusCode(200);
        as(bob).body(Map.of("decision", "CONFIRM", "version", version(bob, id)))
                .post("/api/assets/" + id + "/reviews").then().statusCode(400)
                .body("errors.field", hasItem("justification"));
        review(bob, id, "OVERRIDE", "IMPORTANT", version(bob, id)).statusCode(200)
                .body("asset.status", equalTo("OVERRIDDEN"))
                .body("asset.level", equalTo("IMPORTANT"));
        Api.get(bob, id).body("gradings[1].source", equalTo("REVIEWER")).body("reviews[0].reviewer", equalTo("bob"));
    }

    @Test
    void loweringACoreGradeNeedsASecondReviewer() {
        String id = register(alice, asset("Backbone model [CORE]"));
        Api.gradeDescriptor(alice, id).statusCode(200).body("level", equalTo("CORE"));
        long reviewId = ((Number) review(bob, id, "OVERRIDE", "IMPORTANT", version(bob, id)).statusCode(202)
                .body("review.state", equalTo("AWAITING_SECOND_REVIEW"))
                .body("asset.level", equalTo("CORE"))
                .extract().path("review.id")).longValue();
        Api.get(bob, id).body("awaitingSecondReview.id", equalTo((int) reviewId));
        // Nobody else may decide meanwhile.
        review(carol, id, "CONFIRM", null, version(carol, id)).statusCode(409);
        Map<String, Object> approval = Map.of("approve", true, "justification", "agreed", "version", version(bob, id));
        as(bob).body(approval).post("/api/assets/" + id + "/reviews/" + reviewId + "/second-review")
                .then().statusCode(403).body("type", equalTo("urn:energy-data:problem:second-reviewer-required"));
        as(alice).body(approval).post("/api/assets/" + id + "/reviews/" + reviewId + "/second-review")
                .then().statusCode(403);
        as(carol).body(approval).post("/api/assets/" + id + "/reviews/" + reviewId + "/second-review")
                .then().statusCode(200)
                .body("asset.level", equalTo("IMPORTANT"))
                .body("asset.status", equalTo("OVERRIDDEN"))
                .body("review.secondReviewer", equalTo("carol"));
    }

    @Test
    void aStaleOrConcurrentReviewIs409() throws Exception {
        String id = register(alice, asset("Contended"));
        Api.gradeDescriptor(alice, id).statusCode(200);
        long seen = version(bob, id);
        review(bob, id, "CONFIRM", null, seen).statusCode(200);
        review(carol, id, "OVERRIDE", "IMPORTANT", seen).statusCode(409)
                .body("type", equalTo("urn:energy-data:problem:stale-version"));

        String other = register(alice, asset("Raced"));
        Api.gradeDescriptor(alice, other).statusCode(200);
        long v = version(bob, other);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racers = Stream.of(bob, carol).map(token -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return review(token, other, "OVERRIDE", "IMPORTANT", v).extract().statusCode();
        })).toList();
        start.countDown();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 409), statuses);
    }

    @Test
    void ruleChangeProposesAndNeverOverwritesAHumanDecision() {
        String id = register(alice, asset("Dispatch notes [FLIP]"));
        Api.gradeDescriptor(alice, id).statusCode(200).body("level", equalTo("GENERAL"));
        review(bob, id, "CONFIRM", null, version(bob, id)).statusCode(200);
        jobs.regradeAfterRulePackChange();

        ClassifierStub.useRulePack("2026.12.0");
        // Re-grading runs as a job per organisation: check the rule pack until the asset's proposal is there.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            jobs.regradeAfterRulePackChange();
            return Api.get(bob, id).extract().path("openProposal.revisionId") != null;
        });
        Response detail = Api.get(bob, id).statusCode(200)
                .body("asset.status", equalTo("CONFIRMED"))
                .body("asset.level", equalTo("GENERAL"))
                .body("openProposal.currentLevel", equalTo("GENERAL"))
                .body("openProposal.proposedLevel", equalTo("IMPORTANT"))
                .body("openProposal.addedCategories", hasItem("energy.dispatch-plan"))
                .body("openProposal.proposedRulePackVersion", equalTo("2026.12.0"))
                .extract().response();
        long proposal = ((Number) detail.path("openProposal.revisionId")).longValue();
        as(bob).queryParam("size", 200).get("/api/review-queue").then().statusCode(200)
                .body("items.find { it.asset.id == '" + id + "' }.reason", equalTo("PROPOSAL"));

        as(carol).body(Map.of("accept", true, "justification", "new rule pack is right", "version", version(carol, id)))
                .post("/api/assets/" + id + "/proposals/" + proposal + "/decision").then().statusCode(200)
                .body("asset.level", equalTo("IMPORTANT"))
                .body("asset.status", equalTo("CONFIRMED"))
                .body("asset.rulePackVersion", equalTo("2026.12.0"));
        Api.get(bob, id).body("openProposal", nullValue());
    }

    @Test
    void contentChangeAfterReviewIsAProposalThatCanBeRejected() {
        String id = register(alice, asset("Changing file"));
        given(alice).multiPart("file", "a.txt", "plain text".getBytes(), "text/plain")
                .post("/api/assets/" + id + "/content").then().statusCode(200);
        review(bob, id, "CONFIRM", null, version(bob, id)).statusCode(200);
        given(alice).multiPart("file", "a.txt", "now with [CORE] topology".getBytes(), "text/plain")
                .post("/api/assets/" + id + "/content").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("level", equalTo("GENERAL"));
        long proposal = ((Number) Api.get(bob, id).body("openProposal.proposedLevel", equalTo("CORE"))
                .extract().path("openProposal.revisionId")).longValue();
        as(bob).body(Map.of("accept", false, "justification", "false positive", "version", version(bob, id)))
                .post("/api/assets/" + id + "/proposals/" + proposal + "/decision").then().statusCode(200)
                .body("asset.level", equalTo("GENERAL"));
        Api.get(bob, id).body("openProposal", nullValue())
                .body("gradings.find { it.id == " + proposal + " }.proposalStatus", equalTo("REJECTED"));
    }

    @Test
    void reviewQueuePutsCoreAndImportantFirstThenUncertain() {
        String org = "queue-org";
        String registrant = registrant("quinn", org);
        String general = register(registrant, asset("Plain"));
        String uncertain = register(registrant, asset("Scanned [UNCERTAIN]"));
        String important = register(registrant, asset("Ledger [IMPORTANT]"));
        String core = register(registrant, asset("Model [CORE]"));
        for (String id : List.of(general, uncertain, important, core)) {
            Api.gradeDescriptor(registrant, id).statusCode(200);
        }
        as(reviewer("rita", org)).get("/api/review-queue").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.asset.id", equalTo(List.of(core, important, uncertain, general)))
                .body("items.reason", equalTo(List.of("CORE", "IMPORTANT", "UNCERTAIN", "PROPOSED")))
                .body("items[0].asset.version", notNullValue());
    }

    private static io.restassured.specification.RequestSpecification given(String token) {
        return io.restassured.RestAssured.given().auth().oauth2(token);
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

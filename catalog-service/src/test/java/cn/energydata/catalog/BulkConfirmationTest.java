package cn.energydata.catalog;

import cn.energydata.catalog.domain.AuditRecord;
import cn.energydata.catalog.repository.AuditRepository;
import cn.energydata.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer confirms many proposed grades at once, each as a single CONFIRM review (issues 15 and 20). */
@QuarkusTest
class BulkConfirmationTest {

    private static final String NOT_FOUND = "urn:energy-data:problem:not-found";

    @Inject
    AuditRepository audit;

    @Test
    void findsTheProposedImportantOnesAndConfirmsThemEachWithItsOwnAuditRecord() {
        String org = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        List<String> important = IntStream.range(0, 3).mapToObj(i -> graded(alice, "Ledger " + i + " [IMPORTANT]"))
                .toList();
        String general = graded(alice, "Meter readings");

        List<String> found = proposedImportant(bob);
        assertEquals(important, found, "the filter, followed page by page with next/after, in registration order");

        JsonPath result = confirm(bob, found).statusCode(200).extract().jsonPath();
        assertEquals(important, result.getList("confirmed"));
        assertTrue(result.getList("refused").isEmpty());
        for (String id : important) {
            Api.get(bob, id).statusCode(200)
                    .body("asset.status", equalTo("CONFIRMED"))
                    .body("asset.level", equalTo("IMPORTANT"))
                    .body("asset.awaitingReview", equalTo(false))
                    .body("reviews", hasSize(1))
                    .body("reviews[0].decision", equalTo("CONFIRM"))
                    .body("reviews[0].reviewer", equalTo("bob"))
                    .body("reviews[0].justification", equalTo("inventory checked"));
            List<String> actions = QuarkusTransaction.requiringNew().call(() ->
                    audit.forAsset(UUID.fromString(id), org).stream().map((AuditRecord r) -> r.action).toList());
            assertEquals(1, actions.stream().filter("REVIEWED"::equals).count(), actions.toString());
        }
        assertTrue(proposedImportant(bob).isEmpty());
        Api.get(bob, general).body("asset.status", equalTo("PROPOSED"));
        as(Api.auditor("audrey", org)).get("/api/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void refusesEachAssetASingleReviewWouldRefuseAndConfirmsTheRest() {
        String org = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        String both = TestTokens.user("bob", org, "data-registrant", "security-reviewer");
        String proposed = graded(alice, "Ledger [IMPORTANT]");
        String core = graded(alice, "Topology [CORE]");
        String ownAsset = graded(both, "Bob's own [IMPORTANT]");
        String notGraded = register(alice, asset("Not graded yet"));
        String alreadyConfirmed = Api.reviewed(alice, reviewer("carol", org), asset("Confirmed [IMPORTANT]"));
        String otherOrganisations = graded(registrant("olga", org + "-other"), "Elsewhere [IMPORTANT]");
        String unknown = UUID.randomUUID().toString();

        JsonPath result = confirm(bob, List.of(proposed, ownAsset, notGraded, alreadyConfirmed,
                otherOrganisations, unknown, core, proposed)).statusCode(200).extract().jsonPath();

        assertEquals(List.of(proposed, core), result.getList("confirmed"),
                "a CONFIRM of a CORE grade is no downgrade; a repeated id is decided once");
        Map<String, String> types = new java.util.HashMap<>();
        for (Map<String, String> refusal : result.<Map<String, String>>getList("refused")) {
            types.put(refusal.get("assetId"), refusal.get("type"));
        }
        assertEquals(Map.of(
                ownAsset, "urn:energy-data:problem:four-eyes",
                notGraded, "urn:energy-data:problem:not-awaiting-review",
                alreadyConfirmed, "urn:energy-data:problem:not-awaiting-review",
                otherOrganisations, NOT_FOUND,
                unknown, NOT_FOUND), types);
        String otherDetail = refusalDetail(result, otherOrganisations);
        assertEquals(refusalDetail(result, unknown).replace(unknown, otherOrganisations), otherDetail,
                "another organisation's asset reads exactly like an unknown one");
        assertFalse(otherDetail.contains("Elsewhere"));

        Api.get(bob, ownAsset).body("asset.status", equalTo("PROPOSED"));
        Api.get(bob, alreadyConfirmed).body("reviews", hasSize(1));
        Api.get(registrant("olga", org + "-other"), otherOrganisations).body("asset.status", equalTo("PROPOSED"));
        Api.get(bob, core).body("asset.status", equalTo("CONFIRMED")).body("asset.level", equalTo("CORE"));
    }

    @Test
    void onlyReviewersAndAtMostAThousandAssetsWithAJustification() {
        String org = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> one = List.of(UUID.randomUUID().toString());
        confirm(registrant("alice", org), one).statusCode(403);
        confirm(Api.admin("adam", org), one).statusCode(403);
        List<String> tooMany = new ArrayList<>();
        IntStream.range(0, 1001).forEach(i -> tooMany.add(UUID.randomUUID().toString()));
        confirm(reviewer("bob", org), tooMany).statusCode(400);
        confirm(reviewer("bob", org), List.of()).statusCode(400);
        as(reviewer("bob", org)).body(Map.of("assetIds", one)).post("/api/reviews/confirmations").then()
                .statusCode(400);
        as(reviewer("bob", org)).body(Map.of("assetIds", List.of("not-a-uuid"), "justification", "x"))
                .post("/api/reviews/confirmations").then().statusCode(400);
    }

    private static String graded(String registrant, String name) {
        String id = register(registrant, asset(name));
        Api.gradeDescriptor(registrant, id).statusCode(200).body("status", equalTo("PROPOSED"));
        return id;
    }

    private static io.restassured.response.ValidatableResponse confirm(String token, List<String> ids) {
        return as(token).body(Map.of("assetIds", ids, "justification", "inventory checked"))
                .post("/api/reviews/confirmations").then();
    }

    /** The filter a reviewer uses before confirming, two at a time. */
    private static List<String> proposedImportant(String token) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = as(token).queryParam("status", "PROPOSED").queryParam("level", "IMPORTANT")
                    .queryParam("order", "asc").queryParam("size", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/assets").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            after = page.getString("next");
        } while (after != null);
        return ids;
    }

    private static String refusalDetail(JsonPath result, String id) {
        return result.getString("refused.find { it.assetId == '" + id + "' }.detail");
    }
}

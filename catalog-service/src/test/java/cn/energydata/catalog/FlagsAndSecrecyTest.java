package cn.energydata.catalog;

import cn.energydata.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.energydata.catalog.Api.admin;
import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.review;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grade's flags kept on the asset and passed to policy-service, the security-admin's record of a cleared
 * secrecy review, and out-of-scope assets kept out of the regulator export (issue 13 items 6 and 7).
 */
@QuarkusTest
class FlagsAndSecrecyTest {

    @Inject
    DataSource dataSource;

    static io.restassured.response.ValidatableResponse classification(String id) {
        return given().auth().oauth2(TestTokens.service("policy-service", "internal-service"))
                .get("/api/internal/assets/" + id + "/classification").then().statusCode(200);
    }

    static io.restassured.response.ValidatableResponse override(String token, String id, String level,
                                                                List<String> flags, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "OVERRIDE");
        body.put("level", level);
        body.put("justification", "checked");
        body.put("version", version);
        body.put("flags", flags);
        return as(token).body(body).post("/api/assets/" + id + "/reviews").then();
    }

    static Map<String, Object> secrecyReview(String reference) {
        return Map.of("reference", reference, "justification", "The secrecy office found no state secret in it.");
    }

    @Test
    void flagsReachPolicyServiceWithTheRegistrantAndNoSecrecyReviewYet() {
        String org = "flags-org";
        String alice = registrant("alice", org);
        String secret = register(alice, asset("Strategic reserve ledger [SECRET]"));
        Api.gradeDescriptor(alice, secret).statusCode(200).body("flags", contains("POSSIBLE_STATE_SECRET"));
        classification(secret)
                .body("flags", contains("POSSIBLE_STATE_SECRET"))
                .body("secrecyReview", nullValue())
                .body("registeredBy", equalTo("alice"))
                .body("level", equalTo("CORE"));
        String plain = register(alice, asset("Canteen menu"));
        classification(plain).body("flags", empty()).body("registeredBy", equalTo("alice"));
        Api.gradeDescriptor(alice, plain).statusCode(200);
        classification(plain).body("flags", empty());
        Api.get(alice, secret).body("asset.flags", contains("POSSIBLE_STATE_SECRET"))
                .body("gradings[0].flags", contains("POSSIBLE_STATE_SECRET"));
    }

    @Test
    void securityAdminRecordsTheClearedSecrecyReviewOthersMayNot() throws SQLException {
        String org = "secrecy-org";
        String alice = registrant("alice", org);
        String id = register(alice, asset("Reserve model [SECRET]"));
        Api.gradeDescriptor(alice, id).statusCode(200);
        String path = "/api/assets/" + id + "/secrecy-review";

        as(alice).body(secrecyReview("BM-2026-014")).post(path).then().statusCode(403);
        as(reviewer("rita", org)).body(secrecyReview("BM-2026-014")).post(path).then().statusCode(403);
        as(auditor("audrey", org)).body(secrecyReview("BM-2026-014")).post(path).then().statusCode(403);
        as(admin("zed", "secrecy-other-org")).body(secrecyReview("BM-2026-014")).post(path).then().statusCode(404)
                .contentType("application/problem+json");
        as(admin("carol", org)).body(Map.of("reference", "BM-2026-014")).post(path).then().statusCode(400)
                .body("errors.field", contains("justification"));
        classification(id).body("secrecyReview", nullValue());

        as(admin("carol", org)).body(secrecyReview("BM-2026-014")).post(path).then().statusCode(200)
                .body("secrecyReview.cleared", equalTo(true))
                .body("secrecyReview.reference", equalTo("BM-2026-014"))
                .body("secrecyReview.by", equalTo("carol"))
                .body("flags", contains("POSSIBLE_STATE_SECRET"));
        classification(id)
                .body("flags", contains("POSSIBLE_STATE_SECRET"))
                .body("secrecyReview.cleared", equalTo(true))
                .body("secrecyReview.reference", equalTo("BM-2026-014"))
                .body("secrecyReview.by", equalTo("carol"))
                .body("secrecyReview.at", notNullValue())
                .body("secrecyReview.justification", nullValue());
        Api.get(alice, id).statusCode(200)
                .body("asset.secrecyReview.reference", equalTo("BM-2026-014"))
                .body("asset.secrecyReview.justification", equalTo("The secrecy office found no state secret in it."));

        List<String> details = auditDetails(org, "SECRECY_REVIEW_CLEARED");
        assertEquals(1, details.size());
        assertTrue(details.get(0).contains("BM-2026-014"), details.get(0));
        assertFalse(details.get(0).contains("secrecy office"), "the justification stays on the asset: " + details);
        as(auditor("audrey", org)).get("/api/audit/verify").then().body("valid", equalTo(true));

        // Stale version, and an asset that is not flagged: nothing to record.
        as(admin("carol", org)).body(Map.of("reference", "BM-1", "justification", "x", "version", 0))
                .post(path).then().statusCode(409).body("type", equalTo("urn:energy-data:problem:stale-version"));
        String plain = register(alice, asset("Canteen menu"));
        Api.gradeDescriptor(alice, plain).statusCode(200);
        as(admin("carol", org)).body(secrecyReview("BM-2")).post("/api/assets/" + plain + "/secrecy-review").then()
                .statusCode(409).body("type", equalTo("urn:energy-data:problem:not-flagged"));
    }

    @Test
    void reviewsKeepTheFlagsAndCannotDropAPossibleStateSecret() {
        String org = "flags-review-org";
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        String secret = register(alice, asset("Reserve [SECRET]"));
        Api.gradeDescriptor(alice, secret).statusCode(200);
        review(bob, secret, "CONFIRM", null, version(bob, secret)).statusCode(200)
                .body("asset.flags", contains("POSSIBLE_STATE_SECRET"));
        classification(secret).body("status", equalTo("CONFIRMED")).body("flags", contains("POSSIBLE_STATE_SECRET"));
        override(bob, secret, "CORE", List.of("OUT_OF_SCOPE"), version(bob, secret)).statusCode(409)
                .body("type", equalTo("urn:energy-data:problem:secrecy-review-required"));
        override(bob, secret, "CORE", List.of("POSSIBLE_STATE_SECRET", "OUT_OF_SCOPE"), version(bob, secret))
                .statusCode(200).body("asset.status", equalTo("OVERRIDDEN"))
                .body("asset.flags", containsInAnyOrder("POSSIBLE_STATE_SECRET", "OUT_OF_SCOPE"));
        Api.get(bob, secret).body("gradings[-1].source", equalTo("REVIEWER"))
                .body("gradings[-1].flags", containsInAnyOrder("POSSIBLE_STATE_SECRET", "OUT_OF_SCOPE"));

        // A CONFIRM cannot change flags; an unknown flag is refused.
        Map<String, Object> confirm = new HashMap<>(Map.of("decision", "CONFIRM", "justification", "ok",
                "version", version(bob, secret), "flags", List.of()));
        as(bob).body(confirm).post("/api/assets/" + secret + "/reviews").then().statusCode(400);
        override(bob, secret, "CORE", List.of("MADE_UP"), version(bob, secret)).statusCode(400);

        // An override without flags keeps them; one with flags replaces them.
        String oos = register(alice, asset("Heating network customers [OOS]"));
        Api.gradeDescriptor(alice, oos).statusCode(200).body("flags", contains("OUT_OF_SCOPE"));
        override(bob, oos, "CORE", null, version(bob, oos)).statusCode(200)
                .body("asset.flags", contains("OUT_OF_SCOPE"));
        override(bob, oos, "CORE", List.of(), version(bob, oos)).statusCode(200)
                .body("asset.flags", empty());
        classification(oos).body("flags", empty()).body("level", equalTo("CORE"));
    }

    @Test
    void aPossibleStateSecretStaysFlaggedWhenALaterGradeDoesNotRaiseIt() {
        String org = "flags-sticky-org";
        String alice = registrant("alice", org);
        Map<String, Object> body = asset("Reserve [SECRET]");
        String id = register(alice, body);
        Api.gradeDescriptor(alice, id).statusCode(200).body("flags", contains("POSSIBLE_STATE_SECRET"));
        body.put("name", "Reserve");
        as(alice).body(body).put("/api/assets/" + id).then().statusCode(200);
        Api.gradeDescriptor(alice, id).statusCode(200).body("level", equalTo("GENERAL"))
                .body("flags", contains("POSSIBLE_STATE_SECRET"));
        classification(id).body("flags", contains("POSSIBLE_STATE_SECRET"));
    }

    @Test
    void aRegradeThatOnlyChangesFlagsIsAProposalAndAcceptingItAppliesThem() {
        String org = "flags-proposal-org";
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        Map<String, Object> body = asset("District heating customers [IMPORTANT]");
        String id = register(alice, body);
        Api.gradeDescriptor(alice, id).statusCode(200).body("flags", empty());
        review(bob, id, "CONFIRM", null, version(bob, id)).statusCode(200);
        body.put("name", "District heating customers [OOS]");  // same level and category, now out of scope
        as(alice).body(body).put("/api/assets/" + id).then().statusCode(200);
        Api.gradeDescriptor(alice, id).statusCode(200).body("flags", empty());
        long proposal = ((Number) Api.get(bob, id).statusCode(200)
                .body("openProposal.proposedLevel", equalTo("IMPORTANT"))
                .extract().path("openProposal.revisionId")).longValue();
        as(bob).body(Map.of("accept", true, "justification", "heating is another regulator's",
                        "version", version(bob, id)))
                .post("/api/assets/" + id + "/proposals/" + proposal + "/decision").then().statusCode(200)
                .body("asset.flags", contains("OUT_OF_SCOPE"));
        classification(id).body("flags", contains("OUT_OF_SCOPE"));
    }

    @Test
    void theRegulatorExportLeavesOutOfScopeAssetsOut() {
        String org = "flags-export-org";
        String alice = registrant("alice", org);
        String admin = admin("adam", org);
        String bob = reviewer("bob", org);
        Api.profile(admin);
        String important = Api.reviewed(alice, bob, Api.fileable("Customer ledger [IMPORTANT]"));
        String oos = Api.reviewed(alice, bob, Api.fileable("Heating customers [OOS]"));
        Api.get(alice, oos).body("asset.level", equalTo("IMPORTANT")).body("asset.status", equalTo("CONFIRMED"));
        as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].assetId", equalTo(important));
        String csv = as(admin).post("/api/exports?format=csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(important), csv);
        assertFalse(csv.contains(oos), csv);
        // Still graded and visible to its organisation.
        as(alice).get("/api/assets?level=IMPORTANT").then().statusCode(200).body("items", hasSize(2));

        // A reviewer who finds it in scope after all removes the flag: the next export files it.
        override(bob, oos, "IMPORTANT", List.of(), version(bob, oos)).statusCode(200);
        as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries.assetId", containsInAnyOrder(important, oos));
    }

    List<String> auditDetails(String org, String action) throws SQLException {
        List<String> details = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select detail from audit_records where organisation = ? and action = ? order by seq")) {
            s.setString(1, org);
            s.setString(2, action);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
        }
        return details;
    }
}

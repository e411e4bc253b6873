package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 3: people of north-oil do not learn that east-grid's assets exist. Every path answers exactly as for an
 * asset that does not exist (404, or the same validation error for lineage); searches, the review queue, the
 * regulator export and policy decisions leave them out.
 */
@ExtendWith(StackExtension.class)
class TenancyJourneySystemTest {

    private static final String NORTH_REGISTRANT = "erin";
    private static final String NORTH_REVIEWER = "frank";

    private Journey journey;

    @BeforeEach
    void journey(Stack stack) {
        journey = new Journey(stack.config());
    }

    @Test
    void northOilSeesNoneOfEastGridsAssets() {
        String east = journey.registerGraded("alice", "Substation EAST-440 configuration",
                Document.substationConfiguration("EAST-440-" + journey.suffix), "IMPORTANT");
        String derived = journey.register("alice", withSource(journey.fileAsset("EAST-440 bay extract"), east));
        journey.confirm("bob", east, "Station bus addressing").statusCode(200);
        String unknown = UUID.randomUUID().toString();

        // Every asset path: the same answer as for an id that does not exist.
        String assets = journey.config.catalogUrl() + "/api/assets";
        String catalog = assets + "/";
        Map<String, Function<String, ValidatableResponse>> paths = Map.of(
                "detail", id -> journey.as(NORTH_REGISTRANT).get(catalog + id).then(),
                "update", id -> journey.as(NORTH_REGISTRANT).contentType(ContentType.JSON)
                        .body(journey.fileAsset("taken over")).put(catalog + id).then(),
                "content", id -> journey.upload(NORTH_REGISTRANT, id, Document.pressRelease()),
                "grading", id -> journey.gradeDescriptor(NORTH_REGISTRANT, id),
                "retirement", id -> journey.as(NORTH_REGISTRANT).contentType(ContentType.JSON)
                        .body(Map.of("reason", "not ours")).post(catalog + id + "/retirement").then(),
                "review", id -> journey.review(NORTH_REVIEWER, id,
                        Map.of("decision", "CONFIRM", "justification", "looks fine", "version", 0)),
                "second review", id -> journey.as(NORTH_REVIEWER).contentType(ContentType.JSON)
                        .body(Map.of("approve", true, "justification", "fine", "version", 0))
                        .post(catalog + id + "/reviews/1/second-review").then(),
                "proposal decision", id -> journey.as(NORTH_REVIEWER).contentType(ContentType.JSON)
                        .body(Map.of("accept", true, "justification", "fine", "version", 0))
                        .post(catalog + id + "/proposals/1/decision").then(),
                "reviewer detail", id -> journey.as(NORTH_REVIEWER).get(catalog + id).then());
        paths.forEach((path, call) -> {
            for (String id : List.of(east, derived)) {
                call.apply(id).statusCode(404)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:energy-data:problem:not-found"));
            }
            call.apply(unknown).statusCode(404).body("type", equalTo("urn:energy-data:problem:not-found"));
        });

        // Lineage: naming east-grid's asset as a source fails exactly as naming an unknown one.
        JsonPath viaEast = journey.as(NORTH_REGISTRANT).contentType(ContentType.JSON)
                .body(withSource(journey.fileAsset("North copy"), east)).post(assets)
                .then().statusCode(400).extract().jsonPath();
        JsonPath viaUnknown = journey.as(NORTH_REGISTRANT).contentType(ContentType.JSON)
                .body(withSource(journey.fileAsset("North copy"), unknown)).post(assets)
                .then().statusCode(400).extract().jsonPath();
        assertEquals(viaUnknown.getList("errors"), viaEast.getList("errors"));
        assertEquals("derivedFrom[0].assetId", viaEast.getString("errors[0].field"));
        // East-grid's own view shows the lineage, which north-oil never saw.
        assertEquals(east, journey.detail("alice", derived).getString("lineage.sources[0].assetId"));

        // Lists: search (by the journey's suffix and unfiltered), the review queue.
        for (String user : List.of(NORTH_REGISTRANT, NORTH_REVIEWER)) {
            assertEquals(0, journey.searchOwn(user).getInt("total"), user + " finds east-grid's assets by name");
            List<String> organisations = journey.as(user).queryParam("size", 200)
                    .get(assets)
                    .then().statusCode(200).extract().jsonPath().getList("items.organisation");
            assertTrue(organisations.stream().allMatch("north-oil"::equals), user + " lists " + organisations);
        }
        assertEquals(2, journey.searchOwn("alice").getInt("total"), "east-grid finds both");
        List<String> queued = journey.reviewQueue(NORTH_REVIEWER).getList("items.asset.organisation");
        assertTrue(queued.stream().allMatch("north-oil"::equals), "north-oil's queue holds " + queued);

        // The regulator export of north-oil, by a security-admin of north-oil.
        String northAdmin = KeycloakUsers.create(journey.config, "olga", "security-admin", "north-oil");
        String north = journey.registerGraded(NORTH_REGISTRANT, "Compressor station NO-7 configuration",
                Document.substationConfiguration("NO-7-" + journey.suffix), "IMPORTANT");
        journey.confirm(NORTH_REVIEWER, north, "Checked the evidence").statusCode(200); // only reviewed grades are filed
        JsonPath export = journey.as(northAdmin).post(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("north-oil", export.getString("organisation"));
        List<String> exported = export.getList("entries.assetId");
        assertTrue(exported.contains(north), "north-oil's own important asset is exported");
        assertFalse(exported.contains(east), "east-grid's asset is not in north-oil's export");
        String csv = journey.as(northAdmin).queryParam("format", "csv").post(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains(north));
        assertFalse(csv.contains(east) || csv.contains("EAST-440"), "east-grid's asset is not in the CSV export");

        // Policy: a decision on east-grid's asset is answered exactly as one on an id that does not exist.
        JsonPath decision = journey.decide(NORTH_REGISTRANT, "DOWNLOAD", east, null)
                .body("effect", equalTo("DENY"))
                .extract().jsonPath();
        assertNull(decision.get("assetLevel"));
        assertNull(decision.get("effectiveLevel"));
        assertEquals(Map.of(), decision.getMap("obligations"), "a DENY carries no obligations");
        JsonPath onUnknownId = journey.decide(NORTH_REGISTRANT, "DOWNLOAD", UUID.randomUUID().toString(), null)
                .extract().jsonPath();
        assertEquals(onUnknownId.getList("policyIds"), decision.getList("policyIds"));
        assertEquals(onUnknownId.getList("reasons"), decision.getList("reasons"));
        // East-grid's own decisions and approval requests on the asset stay out of north-oil's reach.
        String eastDecision = journey.decide("alice", "DOWNLOAD", east, Map.of("bulk", true))
                .body("effect", equalTo("APPROVAL_REQUIRED")).extract().path("decisionId");
        String eastApproval = journey.decide("alice", "DOWNLOAD", east, Map.of("bulk", true))
                .extract().path("approvalId");
        String approvals = journey.config.policyUrl() + "/api/approvals";
        journey.as(northAdmin).get(approvals + "/" + eastApproval).then().statusCode(404);
        journey.as(NORTH_REGISTRANT).get(approvals + "/" + eastApproval).then().statusCode(404);
        journey.as(northAdmin).contentType(ContentType.JSON).body(Map.of("comment", "approved from outside"))
                .post(approvals + "/" + eastApproval + "/approve").then().statusCode(404);
        List<String> northApprovals = journey.as(northAdmin).queryParam("size", 200).get(approvals)
                .then().statusCode(200).extract().jsonPath().getList("items.assetId");
        assertFalse(northApprovals.contains(east));
        // North-oil's decision log holds erin's own attempt, but not east-grid's decisions, nor the asset's grade.
        JsonPath northLog = journey.as(northAdmin).queryParam("assetId", east).queryParam("size", 200)
                .get(journey.config.policyUrl() + "/api/decisions")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(decision.getString("decisionId")), northLog.getList("items.decisionId"));
        assertNull(northLog.get("items[0].assetLevel"), "north-oil's log shows east-grid's grade");
        assertNull(northLog.get("items[0].effectiveLevel"), "north-oil's log shows east-grid's grade");
        List<String> eastLog = journey.as("dave").queryParam("assetId", east).queryParam("size", 200)
                .get(journey.config.policyUrl() + "/api/decisions")
                .then().statusCode(200).extract().jsonPath().getList("items.decisionId");
        assertTrue(eastLog.contains(eastDecision), "east-grid's auditor sees its decisions");
        journey.as(northAdmin).queryParam("organisation", "east-grid")
                .get(journey.config.policyUrl() + "/api/obligations").then().statusCode(404);
    }

    private static Map<String, Object> withSource(Map<String, Object> body, String sourceId) {
        body.put("derivedFrom", List.of(Map.of("assetId", sourceId, "method", "EXTRACT")));
        return body;
    }
}

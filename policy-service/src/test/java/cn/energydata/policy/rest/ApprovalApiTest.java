package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.policy.time.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.AUDITOR;
import static cn.energydata.policy.rest.Api.CAROL;
import static cn.energydata.policy.rest.Api.DAVE;
import static cn.energydata.policy.rest.Api.OLGA;
import static cn.energydata.policy.rest.Api.decide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class ApprovalApiTest {

    @Inject
    TestClock clock;

    private static void recordAssessment(String type, String assetId) {
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body(Map.of("type", type, "reference", "REF-" + type, "scope", "test scope", "assetIds", List.of(assetId),
                        "validFrom", LocalDate.now().minusDays(1).toString(),
                        "validUntil", LocalDate.now().plusDays(30).toString()))
                .when().post("/api/assessments").then().statusCode(201).body("validToday", equalTo(true));
    }

    private static void approve(String approvalId, Instant expiresAt) {
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body(Map.of("expiresAt", expiresAt.toString(), "comment", "ok for this transfer"))
                .when().post("/api/approvals/" + approvalId + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("carol"));
    }

    @Test
    void importantExportNeedsAssessmentThenSingleUseApprovalByAnotherAdmin() {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "IMPORTANT");
        Map<String, Object> abroad = Map.of("country", "DE", "purpose", "joint research");

        // Without the CAC assessment: denied, and no approval request is created.
        decide(DAVE, asset, "TRANSFER_CROSS_BORDER", abroad).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("important.cross-border.assessment"))
                .body("approvalId", nullValue());

        recordAssessment("CAC_CROSS_BORDER", asset);
        String approvalId = decide(DAVE, asset, "TRANSFER_CROSS_BORDER", abroad).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("approvalStatus", equalTo("PENDING"))
                .extract().path("approvalId");

        // The requester cannot approve his own request, even as a security-admin.
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/approvals/" + approvalId + "/approve").then().statusCode(403)
                .body("type", equalTo("urn:energy-data:problem:self-approval"));
        // Another organisation's admin does not even see it.
        given().auth().oauth2(OLGA).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/approvals/" + approvalId + "/approve").then().statusCode(404);
        // Still pending: not usable.
        decide(DAVE, asset, "TRANSFER_CROSS_BORDER", withApproval(abroad, approvalId)).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("reasons", hasItem(containsString("still pending")));

        approve(approvalId, Instant.now().plusSeconds(600));
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/approvals/" + approvalId + "/reject").then().statusCode(409);

        // Used for another destination: not usable.
        decide(DAVE, asset, "TRANSFER_CROSS_BORDER", withApproval(Map.of("country", "US"), approvalId)).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("reasons", hasItem(containsString("different asset, action or destination")));
        // Used as approved: permitted once.
        decide(DAVE, asset, "TRANSFER_CROSS_BORDER", withApproval(abroad, approvalId)).statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("approvalId", equalTo(approvalId))
                .body("approvalStatus", equalTo("CONSUMED"))
                .body("obligations.recordKeepingYears", equalTo(3));
        // A second time: used up.
        decide(DAVE, asset, "TRANSFER_CROSS_BORDER", withApproval(abroad, approvalId)).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("approvalId", not(equalTo(approvalId)))
                .body("reasons", hasItem(containsString("already used")));

        given().auth().oauth2(AUDITOR).when().get("/api/approvals/" + approvalId).then().statusCode(200)
                .body("status", equalTo("CONSUMED")).body("consumedByDecision", notNullValue())
                .body("assetName", equalTo("asset " + asset));
        given().auth().oauth2(CAROL).queryParam("status", "PENDING").when().get("/api/approvals").then().statusCode(200)
                .body("items.requester", hasItem("dave"))
                .body("items.assetName", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("asset ")));
    }

    @Test
    void expiredApprovalIsNotUsable() {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "IMPORTANT");
        String approvalId = decide(DAVE, asset, "MODEL_TRAINING", Map.of("purpose", "load forecasting")).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED")).extract().path("approvalId");
        Instant expiresAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(10));
        approve(approvalId, expiresAt);
        given().auth().oauth2(DAVE).when().get("/api/approvals/" + approvalId).then().statusCode(200)
                .body("usable", equalTo(true));
        try {
            clock.advance(Duration.ofMinutes(10)); // just past expiresAt
            given().auth().oauth2(DAVE).when().get("/api/approvals/" + approvalId).then().statusCode(200)
                    .body("usable", equalTo(false));
            decide(DAVE, asset, "MODEL_TRAINING", withApproval(Map.of("purpose", "load forecasting"), approvalId))
                    .statusCode(200)
                    .body("effect", equalTo("APPROVAL_REQUIRED"))
                    .body("reasons", hasItem(containsString("expired at " + expiresAt)));
        } finally {
            clock.reset();
        }
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body(Map.of("expiresAt", Instant.now().minusSeconds(5).toString()))
                .when().post("/api/approvals/" + UUID.randomUUID() + "/approve").then().statusCode(404);
    }

    @Test
    void coreNeverLeavesTheCountryWhateverTheApprovals() {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "CORE");
        for (String type : List.of("CAC_CROSS_BORDER", "CROSS_ENTITY", "ANNUAL_RISK", "PUBLICATION")) {
            recordAssessment(type, asset);
        }
        // An approval for a domestic download of the core asset exists and is approved by two admins (dual approval)...
        String approvalId = decide(DAVE, asset, "DOWNLOAD", Map.of()).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("reasons", hasItem(containsString("dual approval"))).extract().path("approvalId");
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/approvals/" + approvalId + "/approve").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("firstApprover", equalTo("carol"))
                .body("approvalsRequired", equalTo(2));
        decide(DAVE, asset, "DOWNLOAD", withApproval(Map.of(), approvalId)).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED")).body("reasons", hasItem(containsString("still pending")));
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/approvals/" + approvalId + "/approve").then().statusCode(409);
        given().auth().oauth2(Api.FRANK).contentType(ContentType.JSON)
                .body(Map.of("expiresAt", Instant.now().plusSeconds(600).toString()))
                .when().post("/api/approvals/" + approvalId + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("frank"));
        // ...but neither the export action nor a download to a foreign destination is permitted with it.
        decide(DAVE, asset, "TRANSFER_CROSS_BORDER", withApproval(Map.of("country", "SG"), approvalId)).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("core.never-leaves-country"))
                .body("approvalId", nullValue());
        decide(DAVE, asset, "DOWNLOAD", withApproval(Map.of("destination", "CROSS_BORDER", "country", "SG"), approvalId))
                .statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("core.never-leaves-country"));
        decide(DAVE, asset, "PROVIDE_TO_ENTITY", Map.of("destination", "CROSS_BORDER", "country", "SG")).statusCode(200)
                .body("effect", equalTo("DENY"));
        // The approval was not spent by the denied requests: the domestic download it covers is still permitted once.
        decide(DAVE, asset, "DOWNLOAD", withApproval(Map.of(), approvalId)).statusCode(200)
                .body("effect", equalTo("PERMIT")).body("obligations.dualControl", equalTo(true));
    }

    @Test
    void assessmentsNeedASecurityAdminAndValidInput() {
        given().auth().oauth2(cn.energydata.testing.TestTokens.user("dan", "east-grid", "data-registrant"))
                .contentType(ContentType.JSON).body(Map.of("type", "ANNUAL_RISK"))
                .when().post("/api/assessments").then().statusCode(403);
        given().auth().oauth2(CAROL).contentType(ContentType.JSON).body(Map.of("type", "ANNUAL_RISK"))
                .when().post("/api/assessments").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("reference")));
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body(Map.of("type", "ANNUAL_RISK", "reference", "R", "scope", "s",
                        "validFrom", "2026-05-01", "validUntil", "2026-01-01"))
                .when().post("/api/assessments").then().statusCode(400);
        given().auth().oauth2(AUDITOR).when().get("/api/assessments").then().statusCode(200);
    }

    private static Map<String, Object> withApproval(Map<String, Object> context, String approvalId) {
        var copy = new java.util.HashMap<>(context);
        copy.put("approvalId", approvalId);
        return copy;
    }
}

package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.AUDITOR;
import static cn.energydata.policy.rest.Api.CAROL;
import static cn.energydata.policy.rest.Api.DAVE;
import static cn.energydata.policy.rest.Api.decide;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class ErasureApiTest {

    private static Map<String, Object> erasure(String asset, String decisionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("assetId", asset);
        body.put("decisionId", decisionId);
        body.put("medium", "DATABASE");
        body.put("certificate", "CERT-2026-0042 (key destroyed in HSM slot 7)");
        body.put("verifiedBy", "carol");
        body.put("verification", "read-back returned no plaintext rows");
        body.put("erasedAt", Instant.now().toString());
        return body;
    }

    @Test
    void importantDeleteNamesTheMethodAndTheCertificateRetiresTheAsset() {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "IMPORTANT");
        CatalogWireMock.retirementAccepted(asset);
        String decisionId = decide(DAVE, asset, "DELETE", Map.of("medium", "DATABASE")).statusCode(200)
                .body("effect", is("PERMIT"))
                .body("obligations.erasure.methods.DATABASE", containsString("crypto-shredding"))
                .body("obligations.erasure.certificateRequired", is(true))
                .body("obligations.erasure.verificationRequired", is(true))
                .extract().path("decisionId");

        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(erasure(asset, decisionId))
                .when().post("/api/erasures").then().statusCode(201)
                .body("method", containsString("crypto-shredding"))
                .body("catalogRetired", is(true));
        CatalogWireMock.server.verify(postRequestedFor(urlEqualTo("/api/internal/assets/" + asset + "/retirement"))
                .withHeader("Authorization", equalTo("Bearer policy-service-token"))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("ERASED")))
                .withRequestBody(matchingJsonPath("$.actor", equalTo("dave"))));
        // One certificate per permit.
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(erasure(asset, decisionId))
                .when().post("/api/erasures").then().statusCode(409);
    }

    @Test
    void erasureNeedsADeletePermit() {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "IMPORTANT");
        String viewDecision = decide(DAVE, asset, "VIEW", Map.of()).statusCode(200).extract().path("decisionId");
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(erasure(asset, viewDecision))
                .when().post("/api/erasures").then().statusCode(409)
                .body("type", is("urn:energy-data:problem:no-delete-permit"));
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(erasure(asset, UUID.randomUUID().toString()))
                .when().post("/api/erasures").then().statusCode(404);
    }

    @Test
    void obligationsOfAnOrganisationAreDerived() {
        // The minors' audit comes from the catalog's inventory (InventoryObligationsApiTest), no longer from decisions.
        CatalogWireMock.personalInformationTotals("east-grid", 3, 1, 120_000, 120_000, 40, 3);
        String minorsAsset = UUID.randomUUID().toString();
        CatalogWireMock.asset(minorsAsset, "east-grid", "IMPORTANT", "CONFIRMED", "[\"pi.resident-id\"]",
                "{\"persons\":120000,\"sensitive\":true,\"minors\":40,\"children\":3}");
        decide(DAVE, minorsAsset, "VIEW", Map.of()).statusCode(200)
                .body("obligations.masking", hasItem("pi.resident-id"));
        given().auth().oauth2(CAROL).contentType(ContentType.JSON)
                .body(Map.of("type", "ANNUAL_RISK", "reference", "RA-2026", "scope", "all important data",
                        "validFrom", LocalDate.now().minusMonths(11).toString(),
                        "validUntil", LocalDate.now().plusMonths(1).toString()))
                .when().post("/api/assessments").then().statusCode(201);

        given().auth().oauth2(AUDITOR).when().get("/api/obligations").then().statusCode(200)
                .body("organisation", is("east-grid"))
                .body("holdsImportantOrCore", is(true))
                .body("holdsMinorsPersonalInformation", is(true))
                .body("items.obligation", hasItem("ANNUAL_RISK_ASSESSMENT"))
                .body("items.find { it.obligation == 'ANNUAL_RISK_ASSESSMENT' }.due",
                        is(LocalDate.now().minusMonths(11).plusYears(1).toString()))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.due", containsString("-01-31"))
                .body("items.find { it.obligation == 'IMPORTANT_DATA_CATALOGUE_FILING' }.derived", is(false));
        given().auth().oauth2(AUDITOR).queryParam("organisation", "north-oil").when().get("/api/obligations")
                .then().statusCode(404);
    }
}

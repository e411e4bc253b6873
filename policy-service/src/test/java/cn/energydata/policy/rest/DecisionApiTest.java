package cn.energydata.policy.rest;

import cn.energydata.testing.ManagementInterface;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.AUDITOR;
import static cn.energydata.policy.rest.Api.CATALOG_SERVICE;
import static cn.energydata.policy.rest.Api.DAVE;
import static cn.energydata.policy.rest.Api.OLGA;
import static cn.energydata.policy.rest.Api.decide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class DecisionApiTest {

    private static String newAsset() {
        return UUID.randomUUID().toString();
    }

    @Test
    void policiesAndControlsAreListed() {
        given().auth().oauth2(AUDITOR).when().get("/api/policies").then().statusCode(200)
                .body("id", hasItems("core.never-leaves-country", "tenancy.other-organisation"))
                .body("find { it.id == 'core.never-leaves-country' }.source", containsString("NDSMR art. 37"))
                .body("find { it.id == 'core.never-leaves-country' }.source", org.hamcrest.Matchers.startsWith("[default]"))
                .body("find { it.id == 'ciio.cross-border.pi-assessment' }.source", containsString("art. 7(1)"))
                .body("find { it.id == 'secrecy.possible-state-secret' }.obligations.secrecyProcess", equalTo(true))
                .body("source", not(hasItem(nullValue())))
                .body("source", not(hasItem("")));
        given().auth().oauth2(AUDITOR).when().get("/api/controls/core").then().statusCode(200)
                .body("level", equalTo("CORE"))
                .body("rows.find { it.action == 'TRANSFER_CROSS_BORDER' }.withAllAssessments.effect", equalTo("DENY"))
                .body("rows.find { it.action == 'VIEW' }.withoutAssessments.summary", containsString("keys separated"));
        given().auth().oauth2(AUDITOR).when().get("/api/controls/secret").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/policies").then().statusCode(401);
    }

    @Test
    void permitCarriesObligationsAndIsLogged() {
        String asset = newAsset();
        CatalogWireMock.confirmed(asset, "east-grid", "IMPORTANT");
        String decisionId = decide(DAVE, asset, "DOWNLOAD", Map.of()).statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("effectiveLevel", equalTo("IMPORTANT"))
                .body("obligations.encryption.atRest", equalTo(true))
                .body("obligations.encryption.algorithmClass", containsString("SM4"))
                .body("obligations.watermark", equalTo(true))
                .body("policyIds", hasItems("important.handling", "important.copy-watermark"))
                .body("reasons", hasItem(containsString("encrypted at rest")))
                .extract().path("decisionId");

        given().auth().oauth2(AUDITOR).queryParam("assetId", asset).when().get("/api/decisions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].decisionId", equalTo(decisionId))
                .body("items[0].effect", equalTo("PERMIT"))
                .body("items[0].obligations.watermark", equalTo(true))
                .body("items[0].assetName", equalTo("asset " + asset));
        given().auth().oauth2(AUDITOR).queryParam("size", 1).when().get("/api/decisions").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1));
        // Another organisation's auditor does not see it; people without audit roles cannot read the log.
        given().auth().oauth2(OLGA).queryParam("assetId", asset).when().get("/api/decisions").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(cn.energydata.testing.TestTokens.user("dan", "east-grid", "data-registrant"))
                .when().get("/api/decisions").then().statusCode(403);
        given().auth().oauth2(AUDITOR).queryParam("size", 1000).when().get("/api/decisions").then().statusCode(400);
    }

    @Test
    void catalogDownFailsClosed() {
        String asset = newAsset();
        CatalogWireMock.down(asset);
        decide(DAVE, asset, "VIEW", Map.of()).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", contains("fail-closed.catalog-unavailable"))
                .body("reasons[0]", containsString("could not be reached"))
                .body("obligations", equalTo(Map.of()));
    }

    @Test
    void unknownAssetFailsClosed() {
        String asset = newAsset();
        CatalogWireMock.missing(asset);
        decide(DAVE, asset, "VIEW", Map.of()).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", contains("fail-closed.unknown-asset"));
    }

    @Test
    void ungradedOrUnreviewedAssetCountsAsCore() {
        String ungraded = newAsset();
        CatalogWireMock.asset(ungraded, "east-grid", null, "GRADING_PENDING", "[]", "null");
        decide(DAVE, ungraded, "DOWNLOAD", Map.of()).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("assetLevel", nullValue())
                .body("effectiveLevel", equalTo("CORE"))
                .body("policyIds", hasItem("core.dual-approval"));
        String proposedGeneral = newAsset();
        CatalogWireMock.asset(proposedGeneral, "east-grid", "GENERAL", "PROPOSED", "[]", "null");
        decide(DAVE, proposedGeneral, "TRANSFER_CROSS_BORDER", Map.of("country", "DE")).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("assetLevel", equalTo("GENERAL"))
                .body("effectiveLevel", equalTo("CORE"))
                .body("policyIds", hasItem("core.never-leaves-country"));
    }

    @Test
    void anotherOrganisationGetsTheAnswerOfAnUnknownAsset() {
        String asset = newAsset();
        CatalogWireMock.confirmed(asset, "east-grid", "CORE");
        Map<String, Object> answer = decide(OLGA, asset, "VIEW", Map.of()).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("assetLevel", nullValue())
                .body("effectiveLevel", nullValue())
                .extract().jsonPath().getMap("");
        // Byte for byte what an id that does not exist gets, but for the decision's own id, time and asset id.
        String missing = newAsset();
        CatalogWireMock.missing(missing);
        Map<String, Object> unknown = decide(OLGA, missing, "VIEW", Map.of()).statusCode(200)
                .extract().jsonPath().getMap("");
        for (String key : java.util.List.of("decisionId", "decidedAt", "assetId")) {
            answer.remove(key);
            unknown.remove(key);
        }
        assertEquals(unknown, answer);
        // The requester's organisation finds the same answer in its log; the asset's sees the tenancy denial.
        given().auth().oauth2(OLGA).queryParam("assetId", asset).when().get("/api/decisions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].requester", equalTo("olga"))
                .body("items[0].effect", equalTo("DENY"))
                .body("items[0].policyIds", contains("fail-closed.unknown-asset"))
                .body("items[0]", not(hasKey("assetLevel")))
                .body("items[0]", not(hasKey("effectiveLevel")));
        // Field for field what the log holds for the unknown id (issue 17: obligations and matched policies too).
        Map<String, Object> logged = given().auth().oauth2(OLGA).queryParam("assetId", asset).when()
                .get("/api/decisions").then().statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> loggedUnknown = given().auth().oauth2(OLGA).queryParam("assetId", missing).when()
                .get("/api/decisions").then().statusCode(200).extract().jsonPath().getMap("items[0]");
        for (String key : java.util.List.of("decisionId", "decidedAt", "assetId")) {
            logged.remove(key);
            loggedUnknown.remove(key);
        }
        assertEquals(loggedUnknown, logged);
        given().auth().oauth2(AUDITOR).queryParam("assetId", asset).when().get("/api/decisions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].policyIds", hasItem("tenancy.other-organisation"))
                .body("items[0].assetLevel", equalTo("CORE"))
                .body("items[0].effectiveLevel", equalTo("CORE"));
    }

    @Test
    void serviceAccountActsForANamedUser() {
        String asset = newAsset();
        CatalogWireMock.confirmed(asset, "east-grid", "GENERAL");
        decide(CATALOG_SERVICE, Map.of("assetId", asset, "action", "VIEW",
                "onBehalfOf", Map.of("username", "dave", "organisation", "east-grid", "roles", java.util.List.of("data-registrant"))))
                .statusCode(200).body("effect", equalTo("PERMIT")).body("requester", equalTo("dave"));
        decide(CATALOG_SERVICE, Map.of("assetId", asset, "action", "VIEW")).statusCode(400)
                .contentType("application/problem+json");
        decide(DAVE, Map.of("assetId", asset, "action", "VIEW", "onBehalfOf", Map.of("username", "carol")))
                .statusCode(403);
    }

    @Test
    void invalidRequestsAreProblems() {
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(Map.of("assetId", "x", "action", "STEAL"))
                .when().post("/api/decisions").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DAVE).contentType(ContentType.JSON).body(Map.of("action", "VIEW"))
                .when().post("/api/decisions").then().statusCode(400).body("errors.field", hasItem(containsString("assetId")));
        decide(DAVE, "x", "VIEW", Map.of("country", "Germany")).statusCode(400);
    }

    @Test
    void readyWithoutCallingTheCatalog() {
        given().when().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().auth().oauth2(DAVE).when().get("/api/me").then().statusCode(200).body("organisation", equalTo("east-grid"))
                .body("username", notNullValue());
    }
}

package cn.energydata.catalog;

import cn.energydata.testing.ManagementInterface;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Registration, validation, update, retirement, search and tenancy. */
@QuarkusTest
class AssetRegistrationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void registersWithOrganisationFromTheTokenNotTheBody() {
        Map<String, Object> body = asset("Meter readings 2026");
        body.put("organisation", "north-oil");
        String id = register(registrant("alice", "east-grid"), body);
        Api.get(registrant("alice", "east-grid"), id).statusCode(200)
                .body("asset.organisation", equalTo("east-grid"))
                .body("asset.status", equalTo("REGISTERED"))
                .body("asset.registeredBy", equalTo("alice"))
                .body("asset.volume.records", equalTo(1000));
    }

    @Test
    void validationErrorsNameEachField() {
        Map<String, Object> body = asset("x");
        body.remove("name");
        body.remove("ownerContact");
        body.put("volume", Map.of("records", -5));
        as(registrant("alice", "east-grid")).body(body).post("/api/assets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:energy-data:problem:validation"))
                .body("errors.field", hasItems("name", "ownerContact", "volume.records"));
    }

    @Test
    void unknownEnumValueIsAProblemNamingTheField() {
        Map<String, Object> body = asset("x");
        body.put("energyActivity", "MINING");
        as(registrant("alice", "east-grid")).body(body).post("/api/assets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("energyActivity"));
    }

    @Test
    void lineageSourcesMustBeVisibleAssets() {
        Map<String, Object> body = asset("derived");
        body.put("derivedFrom", List.of(Map.of("assetId", "00000000-0000-0000-0000-000000000001", "method", "COPY")));
        as(registrant("alice", "east-grid")).body(body).post("/api/assets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("derivedFrom[0].assetId"));
    }

    @Test
    void updateAndRetireAreRecordedAndRetiredAssetsStayReadable() {
        String alice = registrant("alice", "east-grid");
        String id = register(alice, asset("To be retired"));
        Map<String, Object> update = asset("Renamed asset");
        update.put("version", Api.version(alice, id));
        as(alice).body(update).put("/api/assets/" + id).then().statusCode(200).body("name", equalTo("Renamed asset"));
        as(alice).body(update).put("/api/assets/" + id).then().statusCode(409).contentType(PROBLEM);
        as(alice).body(Map.of("reason", "system decommissioned")).post("/api/assets/" + id + "/retirement")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        Api.get(alice, id).statusCode(200).body("asset.retireReason", equalTo("system decommissioned"));
        as(alice).body(update).put("/api/assets/" + id).then().statusCode(409);
    }

    @Test
    void anotherOrganisationsAssetIsNotFoundEverywhere() {
        String id = register(registrant("alice", "east-grid"), asset("East only [CORE]"));
        String dave = registrant("dave", "north-oil");
        Api.get(dave, id).statusCode(404).contentType(PROBLEM);
        as(dave).body(asset("hijack")).put("/api/assets/" + id).then().statusCode(404);
        as(dave).body(Map.of("reason", "x")).post("/api/assets/" + id + "/retirement").then().statusCode(404);
        as(dave).post("/api/assets/" + id + "/grading").then().statusCode(404);
        Api.review(Api.reviewer("erin", "north-oil"), id, "OVERRIDE", "GENERAL", 0).statusCode(404);
        as(dave).queryParam("q", "East only").get("/api/assets").then().statusCode(200).body("total", equalTo(0));
        // ...while the policy service's account reads any organisation's asset through the internal API.
        given().auth().oauth2(TestTokens.service("policy-service", "internal-service"))
                .get("/api/internal/assets/" + id + "/classification").then().statusCode(200)
                .body("organisation", equalTo("east-grid"))
                .body("status", equalTo("REGISTERED"))
                .body("retired", equalTo(false));
    }

    @Test
    void rolesAreEnforced() {
        String id = register(registrant("alice", "east-grid"), asset("Roles"));
        String auditor = Api.auditor("audrey", "east-grid");
        Api.get(auditor, id).statusCode(200);
        as(auditor).body(asset("nope")).post("/api/assets").then().statusCode(403).contentType(PROBLEM);
        as(registrant("alice", "east-grid")).get("/api/internal/assets/" + id + "/classification")
                .then().statusCode(403);
        given().get("/api/assets").then().statusCode(401);
    }

    @Test
    void searchFiltersSortsPaginatesAndCounts() {
        String org = "search-org";
        String alice = registrant("alice", org);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = asset("Load curves " + i);
            body.put("system", i < 3 ? "EMS" : "CIS");
            body.put("storageRegions", List.of(i % 2 == 0 ? "Jiangsu" : "Anhui"));
            body.put("energyActivity", i == 4 ? "PRODUCTION" : "CONSUMPTION");
            register(alice, body);
        }
        String core = register(alice, asset("Grid model [CORE]"));
        Api.gradeDescriptor(alice, core).statusCode(200).body("level", equalTo("CORE"));

        as(alice).queryParam("system", "EMS").get("/api/assets").then().statusCode(200).body("total", equalTo(3));
        as(alice).queryParam("region", "Anhui").get("/api/assets").then().body("total", equalTo(2));
        as(alice).queryParam("activity", "PRODUCTION").get("/api/assets").then().body("total", equalTo(1));
        as(alice).queryParam("q", "curves 3").get("/api/assets").then().body("items[0].name", equalTo("Load curves 3"));
        as(alice).queryParam("level", "CORE").get("/api/assets").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(core));
        as(alice).queryParam("category", "energy.grid-topology").get("/api/assets").then().body("total", equalTo(1));
        as(alice).queryParam("status", "PROPOSED").get("/api/assets").then().body("total", equalTo(1));
        as(alice).queryParam("sort", "name").queryParam("order", "asc").queryParam("size", 2).queryParam("page", 1)
                .get("/api/assets").then().body("items", hasSize(2)).body("total", equalTo(6))
                .body("items[0].name", equalTo("Load curves 1")).body("page", equalTo(1));
        as(alice).queryParam("size", 500).get("/api/assets").then().statusCode(400).contentType(PROBLEM);
        as(alice).queryParam("sort", "secret").get("/api/assets").then().statusCode(400);

        as(alice).get("/api/assets/statistics").then().statusCode(200)
                .body("total", equalTo(6))
                .body("byLevel.CORE", equalTo(1))
                .body("byLevel.UNGRADED", equalTo(5))
                .body("byStatus.REGISTERED", equalTo(5))
                .body("byCategory.'energy.grid-topology'", equalTo(1));
    }

    @Test
    void meAndHealthWork() {
        as(registrant("alice", "east-grid")).get("/api/me").then().statusCode(200).body("organisation", equalTo("east-grid"));
        given().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/api/assets"));
        as(registrant("alice", "east-grid")).get("/api/assets").then().body("total", notNullValue());
    }
}

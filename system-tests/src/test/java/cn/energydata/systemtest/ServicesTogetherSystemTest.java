package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The three services over real HTTP with real Keycloak tokens: role checks on each, an upload graded by the
 * real classifier through the catalog, and a policy decision that reads the asset from the catalog with the
 * policy service's own service account.
 */
@ExtendWith(StackExtension.class)
class ServicesTogetherSystemTest {

    /** An IEC 61850 substation configuration: a grid model, whatever the file is called. */

    private static StackConfig config;

    @BeforeAll
    static void stack(Stack stack) {
        config = stack.config();
    }

    @Test
    void validTokenWithoutTheRequiredRoleIs403Problem() {
        given().auth().oauth2(Tokens.user(config, "dave")).contentType(ContentType.JSON)
                .body(Map.of("text", "hello"))
                .post(config.classifierUrl() + "/api/classifications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user(config, "bob")).contentType(ContentType.JSON)
                .body(asset("Reviewer tries to register"))
                .post(config.catalogUrl() + "/api/assets")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user(config, "alice"))
                .get(config.policyUrl() + "/api/decisions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void uploadIsGradedByTheClassifierAndPolicyReadsTheGradeFromTheCatalog() {
        String alice = Tokens.user(config, "alice");
        String id = given().auth().oauth2(alice).contentType(ContentType.JSON)
                .body(asset("Substation EAST-220 configuration"))
                .post(config.catalogUrl() + "/api/assets")
                .then().statusCode(201)
                .body("organisation", equalTo("east-grid"))
                .extract().path("id");

        given().auth().oauth2(alice)
                .multiPart("file", "station.xml", Document.substationConfiguration("EAST-220").bytes(), "application/xml")
                .post(config.catalogUrl() + "/api/assets/" + id + "/content")
                .then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("level", equalTo("IMPORTANT"))
                .body("categories", hasItem("energy.power-monitoring"))
                .body("content.sha256", notNullValue());

        // Not yet reviewed by security staff: the policy service must treat it as core (fail closed).
        given().auth().oauth2(alice).contentType(ContentType.JSON)
                .body(Map.of("action", "DOWNLOAD", "assetId", id))
                .post(config.policyUrl() + "/api/decisions")
                .then().statusCode(200)
                .body("assetLevel", equalTo("IMPORTANT"))
                .body("effectiveLevel", equalTo("CORE"))
                .body("effect", not(equalTo("PERMIT")))
                .body("decisionId", notNullValue());

        // Another organisation does not even learn that the asset exists.
        given().auth().oauth2(Tokens.user(config, "erin"))
                .get(config.catalogUrl() + "/api/assets/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> asset(String name) {
        return Map.of(
                "name", name,
                "type", "FILE",
                "ownerDepartment", "Dispatch and control centre",
                "ownerContact", "dispatch@east-grid.example",
                "energyActivity", "PRODUCTION",
                "provinces", java.util.List.of("Jiangsu"));
    }
}

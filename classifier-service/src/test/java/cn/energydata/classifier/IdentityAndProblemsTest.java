package cn.energydata.classifier;

import cn.energydata.testing.ManagementInterface;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The cross-cutting behaviour of service-common, proven on a running service with verified tokens. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdentityAndProblemsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void meShowsUserOrganisationAndProductRoles() {
        given().auth().oauth2(TestTokens.user("alice", "east-grid", "data-registrant", "offline_access"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("alice"))
                .body("organisation", equalTo("east-grid"))
                .body("roles", hasItems("data-registrant"))
                .body("roles", not(hasItems("offline_access")))
                .body("serviceAccount", equalTo(false));
    }

    @Test
    void meRecognisesServiceAccounts() {
        given().auth().oauth2(TestTokens.service("catalog-service", "internal-service"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("serviceAccount", equalTo(true))
                .body("clientId", equalTo("catalog-service"))
                .body("roles", hasItems("internal-service"));
    }

    @Test
    void missingTokenIs401Problem() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:energy-data:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void garbageTokenIs401Problem() {
        given().auth().oauth2("not.a.jwt")
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void unknownApiPathIs404Problem() {
        given().auth().oauth2(TestTokens.user("alice", "east-grid", "data-registrant"))
                .when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:energy-data:problem:not-found"))
                .body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void unknownPathOutsideApiIs404Problem() {
        given().when().get("/nothing/here")
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void wrongMethodIs405Problem() {
        given().auth().oauth2(TestTokens.user("alice", "east-grid", "data-registrant"))
                .when().delete("/api/me")
                .then().statusCode(405)
                .contentType(PROBLEM);
    }

    @Test
    void healthAndMetricsOnTheManagementPortAndOpenApiOnThePublicOne() {
        given().when().get(ManagementInterface.url("/q/health/live")).then().statusCode(200);
        given().when().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200);
        given().when().get(ManagementInterface.url("/q/metrics")).then().statusCode(200).body(containsString("http_server"));
        // Issue 17: not on the public port.
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/me"))
                // the JSON body is read as a stream, but still documented as a TextRequest
                .body(containsString("$ref: \"#/components/schemas/TextRequest\""));
    }
}

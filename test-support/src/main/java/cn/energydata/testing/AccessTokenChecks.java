package cn.energydata.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Issue 17 item 1, the same for every service: only access tokens issued for this service are accepted. A service's
 * test class extends this with its own {@code @QuarkusTest} resources; its {@code application.properties} sets
 * {@code quarkus.oidc.token.audience} and {@code quarkus.oidc.token.required-claims.typ=Bearer}.
 */
public abstract class AccessTokenChecks {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAccessTokenForThisServiceIsAccepted() {
        given().auth().oauth2(TestTokens.user("alice", "east-grid", "data-registrant"))
                .get("/api/me").then().statusCode(200);
    }

    @Test
    void anIdTokenIsNotAnAccessToken() {
        given().auth().oauth2(TestTokens.idToken("alice", "east-grid", "data-registrant"))
                .get("/api/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTokenIssuedForAnotherApplicationIsRefused() {
        given().auth().oauth2(TestTokens.userForAudience("another-application", "alice", "east-grid", "data-registrant"))
                .get("/api/me").then().statusCode(401).contentType(PROBLEM);
    }
}

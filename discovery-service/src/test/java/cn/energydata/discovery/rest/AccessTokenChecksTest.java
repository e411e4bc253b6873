package cn.energydata.discovery.rest;

import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.Tokens;
import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Only access tokens issued for the discovery service (issue 17 item 1). The same three checks as test-support's
 * AccessTokenChecks, with tokens for this audience: that class signs with {@code TestTokens.ALL_SERVICES}, which does
 * not name discovery-service yet; once it does, this class can extend it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class AccessTokenChecksTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAccessTokenForThisServiceIsAccepted() {
        given().auth().oauth2(Tokens.user("alice", "east-grid", "security-admin"))
                .get("/api/me").then().statusCode(200);
    }

    @Test
    void anIdTokenIsNotAnAccessToken() {
        given().auth().oauth2(Tokens.idToken("alice", "east-grid", "security-admin"))
                .get("/api/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTokenIssuedForAnotherApplicationIsRefused() {
        given().auth().oauth2(TestTokens.userForAudience("another-application", "alice", "east-grid", "security-admin"))
                .get("/api/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTokenForTheOtherServicesOnlyIsRefused() {
        given().auth().oauth2(TestTokens.userForAudience("catalog-service", "alice", "east-grid", "security-admin"))
                .get("/api/sources").then().statusCode(401).contentType(PROBLEM);
    }
}

package cn.energydata.discovery.rest;

import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.testing.AccessTokenChecks;
import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Only access tokens issued for the discovery service (issue 17 item 1): the checks shared by the services, and one
 * more — a token for the other services only is refused on discovery's own API.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class AccessTokenChecksTest extends AccessTokenChecks {

    @Test
    void aTokenForTheOtherServicesOnlyIsRefused() {
        given().auth().oauth2(TestTokens.userForAudience("catalog-service", "alice", "east-grid", "security-admin"))
                .get("/api/sources").then().statusCode(401).contentType("application/problem+json");
    }
}

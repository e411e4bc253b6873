package cn.energydata.policy.rest;

import cn.energydata.testing.AccessTokenChecks;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Only access tokens issued for the policy service (issue 17 item 1); the checks are shared by the services. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class AccessTokenChecksTest extends AccessTokenChecks {
}

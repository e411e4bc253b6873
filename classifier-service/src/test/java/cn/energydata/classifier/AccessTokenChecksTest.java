package cn.energydata.classifier;

import cn.energydata.testing.AccessTokenChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Only access tokens issued for the classifier (issue 17 item 1); the checks are shared by the services. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AccessTokenChecksTest extends AccessTokenChecks {
}

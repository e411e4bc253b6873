package cn.energydata.catalog;

import cn.energydata.testing.AccessTokenChecks;
import io.quarkus.test.junit.QuarkusTest;

/** Only access tokens issued for the catalog (issue 17 item 1); the checks are shared by the services. */
@QuarkusTest
class AccessTokenChecksTest extends AccessTokenChecks {
}

package cn.energydata.catalog;

import cn.energydata.catalog.client.ServiceTokens;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.Mock;

/** The catalog's client-credentials token, without a Keycloak. */
@Mock
public class FakeServiceTokens extends ServiceTokens {

    @Override
    public synchronized String accessToken() {
        return TestTokens.service("catalog-service", "internal-service");
    }
}

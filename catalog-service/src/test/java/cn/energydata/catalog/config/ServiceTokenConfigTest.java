package cn.energydata.catalog.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's service token (client credentials, 300 s in the realm) is renewed ahead of its expiry: the rule-pack
 * check runs every 300 s too, and once met a token that expired on the way (a 401 from the classifier, issue 17).
 */
class ServiceTokenConfigTest {

    @Test
    void theServiceTokenIsRenewedAheadOfExpiry() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ServiceTokenConfigTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        String skew = p.getProperty("quarkus.oidc-client.refresh-token-time-skew");
        assertNotNull(skew, "quarkus.oidc-client.refresh-token-time-skew is set");
        assertTrue(Duration.parse("PT" + skew).compareTo(Duration.ofSeconds(30)) >= 0, "at least 30 s ahead: " + skew);
    }
}

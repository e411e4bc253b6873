package cn.energydata.catalog.config;

import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 17 item 6: production takes the spool key from the environment (CATALOG_SPOOL_KEY, a Kubernetes Secret) and
 * has no default, so a deployment without the Secret does not start (a required @ConfigMapping property is missing);
 * only the dev and test profiles carry a fixed key.
 */
class SpoolKeyConfigTest {

    @Test
    void onlyDevAndTestHaveASpoolKey() throws IOException, NoSuchMethodException {
        Properties p = new Properties();
        try (InputStream in = SpoolKeyConfigTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        assertNull(p.getProperty("catalog.spool.key"), "no key for every profile");
        assertNull(p.getProperty("%prod.catalog.spool.key"), "no key for production");
        assertNotNull(p.getProperty("%dev.catalog.spool.key"));
        assertNotNull(p.getProperty("%test.catalog.spool.key"));
        assertNull(CatalogConfig.Spool.class.getMethod("key").getAnnotation(WithDefault.class), "no default in code");
    }
}

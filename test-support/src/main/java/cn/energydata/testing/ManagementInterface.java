package cn.energydata.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a {@code @QuarkusTest} serves health and metrics: the management interface on the module's fixed test port
 * ({@code quarkus.management.test-port}), apart from the public port RestAssured talks to. Quarkus 3.33's
 * {@code @TestHTTPResource(management = true)} ignores the configured test port, hence this helper.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    public static String url(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }
}

package cn.energydata.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts the service as it is meant to run: with {@code -Dvertx.disableURIValidation=true}, so that a malformed URI
 * reaches service-common's RequestGuard (the same java.net.URI check, answered with a problem body) instead of
 * Quarkus' empty 400. A JVM flag, read once when Quarkus' HTTP layer loads: test resources start before the
 * application, so this is the place to set it.
 */
public class UriValidationByTheGuard implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        System.setProperty("vertx.disableURIValidation", "true");
        return Map.of();
    }

    @Override
    public void stop() {
    }
}

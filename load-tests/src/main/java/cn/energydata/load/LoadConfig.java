package cn.energydata.load;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of a run, from system properties (the pom's profile "load" passes them on).
 *
 * @param seconds     length of the measured window
 * @param warmupSeconds load before the window (JIT, connection pools, first gradings); not in the figures
 * @param registrants threads registering assets and uploading documents (alternately alice / erin)
 * @param deciders    threads requesting policy decisions on registered assets (alternately alice / erin)
 * @param readers     threads reading the review queue, searching, reading details and confirming grades
 *                    (alternately bob / frank)
 * @param thinkMillis pause of every thread between two iterations (0: closed loop, as fast as answers come)
 */
public record LoadConfig(int seconds, int warmupSeconds, int registrants, int deciders, int readers, int thinkMillis,
                         int sampleEverySeconds, Optional<String> keycloakUrl, Optional<String> catalogUrl,
                         Optional<String> policyUrl, Path report, Path root, Path home) {

    public static LoadConfig fromSystemProperties() {
        LoadConfig config = new LoadConfig(
                integer("load.seconds", 120), integer("load.warmup", 30),
                integer("load.registrants", 4), integer("load.deciders", 4), integer("load.readers", 1),
                integer("load.think-ms", 0), integer("load.sample-every", 2),
                text("load.keycloak-url"), text("load.catalog-url"), text("load.policy-url"),
                Path.of(System.getProperty("load.report", "target/load-report.md")),
                Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("stack.home", "target/stack")).toAbsolutePath().normalize());
        boolean any = config.keycloakUrl.isPresent() || config.catalogUrl.isPresent() || config.policyUrl.isPresent();
        boolean all = config.keycloakUrl.isPresent() && config.catalogUrl.isPresent() && config.policyUrl.isPresent();
        if (any && !all) {
            throw new IllegalArgumentException("To drive a running stack give all of load.keycloak-url, "
                    + "load.catalog-url and load.policy-url (or none, to start a private stack)");
        }
        if (config.seconds <= 0 || config.warmupSeconds < 0 || config.registrants < 1 || config.deciders < 0
                || config.readers < 0) {
            throw new IllegalArgumentException("Need load.seconds > 0, load.warmup >= 0, load.registrants >= 1, "
                    + "load.deciders >= 0, load.readers >= 0: " + config);
        }
        return config;
    }

    /** True when the driver targets a stack someone else started. */
    public boolean external() {
        return keycloakUrl.isPresent();
    }

    private static int integer(String name, int fallback) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? fallback : Integer.parseInt(value);
    }

    private static Optional<String> text(String name) {
        String value = System.getProperty(name, "").trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}

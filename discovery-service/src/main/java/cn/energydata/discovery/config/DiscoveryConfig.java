package cn.energydata.discovery.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings of the discovery service ({@code discovery.*}). */
@ConfigMapping(prefix = "discovery")
public interface DiscoveryConfig {

    CredentialsConfig credentials();

    Drivers drivers();

    Tasks tasks();

    /** Worker threads of this replica that claim and run scan tasks; 0 runs none (an API-only replica). */
    @WithDefault("2")
    int workers();

    Rescan rescan();

    Schedule schedule();

    interface Schedule {
        /** How often schedules and windows are checked (a Quarkus scheduler period such as 30s; off disables). */
        @WithDefault("30s")
        String tick();
    }

    interface CredentialsConfig {
        /** AES-256 key (base64 of 32 bytes) that encrypts stored credentials; from a Kubernetes Secret. */
        String key();

        /** Where mounted Secrets named by {@code credentialsRef} live: {@code <directory>/<ref>/{username,password}}. */
        Optional<Path> directory();
    }

    interface Drivers {
        /** Jars of further JDBC drivers (Oracle, DM, KingbaseES, ...), loaded at start. */
        Optional<Path> directory();
    }

    interface Tasks {
        /** How long a claimed task stays with its worker without renewal; renewed every third of it while working. */
        @WithDefault("PT2M")
        Duration lease();

        /** How long an idle worker waits before looking for tasks again. */
        @WithDefault("PT1S")
        Duration poll();
    }

    interface Rescan {
        /** An incremental scan re-grades an unchanged table whose last grade is older than this. */
        @WithDefault("P7D")
        Duration maxAge();
    }
}

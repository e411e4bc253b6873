package cn.energydata.policy.rest;

import cn.energydata.policy.bench.DecisionRateDriver;
import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Decision rate benchmark: the service as configured for production (its own caches, group-committed decision log
 * on a real PostgreSQL, real token verification of signed tokens, WireMock as the catalog answering conditional
 * reads with 304), driven by {@link DecisionRateDriver} in <b>its own JVM</b> (open loop, latency from the scheduled
 * time). {@code -Dbench.mix=mixed} (default): 300 assets, GENERAL / IMPORTANT / CORE in turn, actions VIEW,
 * DOWNLOAD, MODIFY, SHARE_INTERNAL and DELETE in turn, so that 2 in 5 may use the few-seconds cache and 3 in 5
 * revalidate with the catalog, and some create approval requests; {@code -Dbench.mix=view}: VIEW of one asset.
 * PostgreSQL commits synchronously, as in production. Not in the default run (tag {@code benchmark}):
 * {@code ./mvnw -B -pl policy-service -Pbench test -Dtest=DecisionLoadBenchmark -Dbench.rates=100,500,1000,1500 -Dbench.seconds=20}
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
@TestProfile(DecisionLoadBenchmark.DurableCommits.class)
@Tag("benchmark")
class DecisionLoadBenchmark {

    /** The embedded PostgreSQL runs with synchronous_commit off; production's is on, so the benchmark's too. */
    public static class DurableCommits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c synchronous_commit=on");
        }
    }

    private static final String[] LEVELS = {"GENERAL", "IMPORTANT", "CORE"};
    private static final String[] ACTIONS = {"VIEW", "DOWNLOAD", "MODIFY", "SHARE_INTERNAL", "DELETE"};

    @TestHTTPResource("/api/decisions")
    URI decisions;

    @Inject
    DataSource dataSource;

    @Test
    void openLoopFromAnotherJvm() throws Exception {
        for (String level : LEVELS) {
            stubLevel(level);
        }
        CatalogWireMock.profile("east-grid", false);
        boolean viewOnly = "view".equals(System.getProperty("bench.mix", "mixed"));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String asset = viewOnly ? "bench-general-0" : "bench-" + LEVELS[i % LEVELS.length].toLowerCase() + "-" + i;
            String action = viewOnly ? "VIEW" : ACTIONS[i % ACTIONS.length];
            bodies.add("{\"assetId\":\"" + asset + "\",\"action\":\"" + action + "\"}");
        }
        Path dir = Files.createDirectories(Path.of("target", "decision-bench"));
        Path bodiesFile = Files.write(dir.resolve("bodies.jsonl"), bodies);
        Path tokenFile = Files.writeString(dir.resolve("token"),
                TestTokens.user("dave", "east-grid", "data-registrant", "security-admin"));
        long logged = loggedDecisions();
        Duration cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);

        Path output = dir.resolve("driver.out");
        Process driver = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:+UseSerialGC",
                "-Durl=" + decisions, "-Dtoken.file=" + tokenFile, "-Dbodies.file=" + bodiesFile,
                "-Drates=" + System.getProperty("bench.rates", "100,500,1000,1500"),
                "-Dseconds=" + System.getProperty("bench.seconds", "20"),
                "-Dwarmup=" + System.getProperty("bench.warmup", "15"),
                "-cp", System.getProperty("java.class.path"), // surefire's class path: this module's tests and Vert.x
                DecisionRateDriver.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!driver.waitFor(30, TimeUnit.MINUTES)) {
            driver.destroyForcibly();
        }
        Files.readAllLines(output).forEach(System.out::println);
        long decided = loggedDecisions() - logged;
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
        // This JVM is the service plus the WireMock catalog and OIDC server; PostgreSQL and the driver are apart.
        System.out.printf("decisions logged during the run: %d; CPU of the service's JVM: %.1f s, %.0f µs a decision%n",
                decided, cpu.toMillis() / 1e3, cpu.toNanos() / 1e3 / Math.max(1, decided));
        assertEquals(0, driver.exitValue(), "the driver saw answers other than 200");
    }

    /** Assets named bench-{level}-n: version "1", answered 304 when the caller already has it. */
    private static void stubLevel(String level) {
        String path = "/api/internal/assets/bench-" + level.toLowerCase() + "-[0-9]+/classification";
        String body = """
                {"id":"bench","organisation":"east-grid","name":"bench asset","level":"%s","status":"CONFIRMED",
                 "categories":[],"personalInformation":{"persons":0,"sensitive":false,"minors":0,"children":0},
                 "crossBorder":false,"retired":false}
                """.formatted(level);
        CatalogWireMock.server.stubFor(get(urlPathMatching(path)).atPriority(5)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withHeader("ETag", "\"1\"")
                        .withBody(body)));
        CatalogWireMock.server.stubFor(get(urlPathMatching(path)).atPriority(1)
                .withHeader("If-None-Match", equalTo("\"1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"1\"")));
    }

    private long loggedDecisions() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("select count(*) from decision_log")) {
            r.next();
            return r.getLong(1);
        }
    }
}

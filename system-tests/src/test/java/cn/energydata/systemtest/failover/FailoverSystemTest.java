package cn.energydata.systemtest.failover;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import cn.energydata.systemtest.AnsweredWrites;
import cn.energydata.systemtest.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 6: the catalog and the policy service on a primary with a synchronous standby, under a steady
 * stream of writes (registrations, decisions); the primary is killed with {@code kill -9} and the standby promoted.
 * Every request answered 2xx before or after is in the database, the services recover without a restart, and the
 * time without writes is reported (target/failover.md). A Maven profile, not the default run:
 * {@code ./mvnw -B -pl local-stack,system-tests -Pfailover verify}.
 */
@Tag("failover")
class FailoverSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
    private static final Duration BEFORE_KILL = Duration.ofSeconds(10);
    private static final Duration DETECTION = Duration.ofSeconds(2);
    private static final Duration AFTER_RECOVERY = Duration.ofSeconds(10);

    private static Path home;
    private static ReplicatedPostgres database;
    private static Stack stack;
    private static StackConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String lastRefusal = "none";

    @BeforeAll
    static void start() throws Exception {
        home = Files.createTempDirectory("energy-failover");
        database = new ReplicatedPostgres(home.resolve("postgres"));
        database.start();
        config = StackConfig.onFreePorts(ROOT, home.resolve("stack"), Optional.of(
                StackConfig.ExternalDatabase.of(database.jdbcUrlWithoutDatabase(), "energy", "energy")));
        stack = new Stack(config);
        stack.start();
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (stack != null) {
            stack.close();
        }
        if (database != null) {
            database.close();
        }
        new ProcessBuilder("rm", "-rf", home.toString()).start().waitFor();
    }

    @Test
    void noAnsweredWriteIsLostWhenThePrimaryDiesAndTheServicesRecoverWithoutRestart() throws Exception {
        String alice = Tokens.user(config, "alice");
        String asset = register(alice, "Failover decision target")
                .orElseThrow(() -> new AssertionError("registration refused: " + lastRefusal));
        AnsweredWrites registrations = new AnsweredWrites("registration", () -> register(alice, "Failover asset"));
        AnsweredWrites decisions = new AnsweredWrites("decision", () -> decide(alice, asset));
        long catalogPid = stack.process(Stack.CATALOG).pid();
        long policyPid = stack.process(Stack.POLICY).pid();

        registrations.start();
        decisions.start();
        Thread.sleep(BEFORE_KILL.toMillis());
        Instant killed = Instant.now();
        database.killPrimary();
        Thread.sleep(DETECTION.toMillis());
        database.promoteStandby();
        Instant promoted = Instant.now();
        registrations.awaitSuccessAfter(promoted, Duration.ofSeconds(90));
        decisions.awaitSuccessAfter(promoted, Duration.ofSeconds(90));
        Thread.sleep(AFTER_RECOVERY.toMillis());
        registrations.stop();
        decisions.stop();

        assertEquals(catalogPid, stack.process(Stack.CATALOG).pid(), "the catalog was not restarted");
        assertEquals(policyPid, stack.process(Stack.POLICY).pid(), "the policy service was not restarted");
        Set<String> assets = new HashSet<>(database.query("catalog", "select id::text from assets"));
        Set<String> logged = new HashSet<>(database.query("policy", "select id::text from decision_log"));
        List<String> lostAssets = registrations.answered().stream().filter(id -> !assets.contains(id)).toList();
        List<String> lostDecisions = decisions.answered().stream().filter(id -> !logged.contains(id)).toList();
        report(killed, promoted, registrations, decisions);
        assertTrue(registrations.answeredBefore(killed) > 0 && registrations.answeredAfter(promoted) > 0,
                "registrations were answered before and after the failover");
        assertTrue(decisions.answeredBefore(killed) > 0 && decisions.answeredAfter(promoted) > 0,
                "decisions were answered before and after the failover");
        assertEquals(List.of(), lostAssets, "registrations answered 201 but missing after the failover");
        assertEquals(List.of(), lostDecisions, "decisions answered 200 but missing from the decision log");
    }

    private Optional<String> register(String token, String name) throws IOException, InterruptedException {
        Map<String, Object> body = Map.ofEntries(Map.entry("name", name + " " + System.nanoTime()),
                Map.entry("type", "DATABASE"), Map.entry("description", "设备台账（failover test）"),
                Map.entry("ownerDepartment", "Operations"), Map.entry("ownerContact", "ops@east-grid.example"),
                Map.entry("energyActivity", "PRODUCTION"), Map.entry("provinces", List.of("Jiangsu")),
                Map.entry("system", "EAM"), Map.entry("format", "database"),
                Map.entry("storageLocation", "East China data centre"), Map.entry("storageRegions", List.of("Jiangsu")),
                Map.entry("volume", Map.of("records", 1000)), Map.entry("purpose", "Asset management"),
                Map.entry("securityMeasures", "Encryption at rest, named-user access"));
        return post(token, config.catalogUrl() + "/api/assets", body, 201).map(answer -> answer.path("id").asText());
    }

    private Optional<String> decide(String token, String asset) throws IOException, InterruptedException {
        Map<String, Object> body = Map.of("action", "MODIFY", "assetId", asset);
        return post(token, config.policyUrl() + "/api/decisions", body, 200)
                .map(answer -> answer.path("decisionId").asText());
    }

    private Optional<JsonNode> post(String token, String url, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                lastRefusal = response.statusCode() + " " + response.body();
                return Optional.empty();
            }
            return Optional.of(JSON.readTree(response.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void report(Instant killed, Instant promoted, AnsweredWrites... writers) throws IOException {
        StringBuilder text = new StringBuilder("# Failover of the primary (kill -9, standby promoted after "
                + DETECTION.toSeconds() + " s)\n\n| writes | answered before | answered after | failed | "
                + "last before kill → first after (s) | from promotion to first write (s) |\n|---|---|---|---|---|---|\n");
        for (AnsweredWrites w : writers) {
            text.append(String.format("| %s | %d | %d | %d | %.1f | %.1f |%n", w.name(), w.answeredBefore(killed),
                    w.answeredAfter(promoted), w.failures(), w.gapAround(killed) / 1000.0,
                    Duration.between(promoted, w.firstSuccessAfter(promoted)).toMillis() / 1000.0));
        }
        Path out = Path.of("target/failover.md");
        Files.writeString(out, text);
        System.out.println(text);
    }
}

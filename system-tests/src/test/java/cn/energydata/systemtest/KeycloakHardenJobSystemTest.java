package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prod overlay's {@code keycloak-harden} Job (issue 17 item 9), run for real: its script, with the environment
 * its manifest gives it, against a real Keycloak that imported the project's realm file, through the real
 * {@code kcadm.sh} of the same Keycloak distribution. A Keycloak of its own (not the shared stack's), since the
 * job deletes the demo users the other system tests log in with.
 */
class KeycloakHardenJobSystemTest {

    private static final Path ROOT = Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
    private static final Path JOB = ROOT.resolve("k8s/overlays/prod/keycloak-harden-job.yaml");
    private static final Path SCRIPT = ROOT.resolve("k8s/overlays/prod/keycloak-harden.sh");
    private static final String CONSOLE_URL = "https://console.energy.example.test";

    @TempDir
    static Path home;
    private static Stack keycloak;
    private static StackConfig config;

    @BeforeAll
    static void startKeycloak() throws IOException, InterruptedException {
        config = StackConfig.onFreePorts(privateRoot(), home.resolve("stack"));
        keycloak = new Stack(config);
        keycloak.startIdentity();
    }

    /**
     * A root of its own holding a copy of the Keycloak distribution and the project's realm file: Keycloak keeps
     * state (transaction logs, the realm import) inside its distribution, which the shared stack's Keycloak uses.
     */
    private static Path privateRoot() throws IOException, InterruptedException {
        Path shared = StackConfig.onFreePorts(ROOT, home).keycloakDistribution();
        Path root = home.resolve("root");
        Path copy = root.resolve(ROOT.relativize(shared));
        Files.createDirectories(copy.getParent());
        Process cp = new ProcessBuilder("bash", "-c", "cp -r \"$0\" \"$1\" && rm -rf \"$1/data\"",
                shared.toString(), copy.toString()).inheritIO().start();
        assertTrue(cp.waitFor(2, TimeUnit.MINUTES) && cp.exitValue() == 0, "could not copy " + shared);
        Files.createSymbolicLink(root.resolve("identity"), ROOT.resolve("identity"));
        return root;
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void removesDemoUsersReplacesDevSecretsAndPinsTheConsoleRedirectsAndCanRunAgain() throws Exception {
        List<String> demoUsers = List.of(jobEnv("DEMO_USERS").split("\\s+"));
        assertTrue(demoUsers.containsAll(List.of("alice", "carol", "grace")), "the job's DEMO_USERS: " + demoUsers);
        assertEquals("granted", passwordGrant("alice"), "before the job, the demo users can log in");

        Map<String, String> secrets = Map.of(
                "catalog-service", "catalog-" + UUID.randomUUID(),
                "policy-service", "policy-" + UUID.randomUUID(),
                "discovery-service", "discovery-" + UUID.randomUUID(),
                "review-console", "console-" + UUID.randomUUID());
        runJob(secrets);
        assertHardened(demoUsers, secrets);

        // After every `kubectl apply` the job runs again: on an already hardened realm it must succeed and change nothing.
        runJob(secrets);
        assertHardened(demoUsers, secrets);
    }

    private static void assertHardened(List<String> demoUsers, Map<String, String> secrets) {
        for (String user : demoUsers) {
            assertEquals("invalid_grant", passwordGrant(user), "demo user " + user + " must be gone");
        }
        secrets.forEach((client, secret) -> {
            assertEquals(401, clientCredentials(client, client + "-dev-secret"), client + "'s dev secret must be refused");
            if (!client.equals("review-console")) {
                assertEquals(200, clientCredentials(client, secret), client + " must work with the Secret's value");
            }
        });
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        List<Map<String, Object>> clients = given().auth().oauth2(admin).queryParam("clientId", "review-console")
                .get(config.keycloakUrl() + "/admin/realms/energy/clients")
                .then().statusCode(200).extract().path("$");
        Map<String, Object> console = clients.get(0);
        assertEquals(List.of(CONSOLE_URL + "/*"), console.get("redirectUris"));
        assertEquals(List.of(CONSOLE_URL), console.get("webOrigins"));
        @SuppressWarnings("unchecked")
        Map<String, String> attributes = (Map<String, String>) console.get("attributes");
        assertEquals(CONSOLE_URL + "/*", attributes.get("post.logout.redirect.uris"));
    }

    private static void runJob(Map<String, String> secrets) throws IOException, InterruptedException {
        Path log = home.resolve("harden-" + System.nanoTime() + ".log");
        ProcessBuilder job = new ProcessBuilder("bash", SCRIPT.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = job.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KCADM", config.keycloakDistribution().resolve("bin/kcadm.sh").toString());
        env.put("KCADM_CONFIG", home.resolve("kcadm.config").toString());
        env.put("KEYCLOAK_URL", config.keycloakUrl());
        env.put("DEMO_USERS", jobEnv("DEMO_USERS"));
        env.put("CONSOLE_URL", CONSOLE_URL);
        env.put("CATALOG_CLIENT_SECRET", secrets.get("catalog-service"));
        env.put("POLICY_CLIENT_SECRET", secrets.get("policy-service"));
        env.put("DISCOVERY_CLIENT_SECRET", secrets.get("discovery-service"));
        env.put("CONSOLE_CLIENT_SECRET", secrets.get("review-console"));
        // The local stack's bootstrap admin; in the cluster these come from Secret keycloak-admin.
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        Process process = job.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the job did not finish in 5 minutes");
        assertEquals(0, process.exitValue(), "the job failed:\n" + Files.readString(log));
    }

    /** A literal {@code value} of the Job's container environment, as the manifest sets it. */
    private static String jobEnv(String name) throws IOException {
        String manifest = Files.readString(JOB, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("- name: " + name + "\\s*\\n\\s*value: (.+)").matcher(manifest);
        assertTrue(m.find(), name + " is not set in " + JOB);
        return m.group(1).trim();
    }

    /** "granted", or the OAuth error (RFC 6749 section 5.2) of a refused password grant. */
    private static String passwordGrant(String user) {
        var answer = given().formParam("grant_type", "password").formParam("client_id", "energy-cli")
                .formParam("username", user).formParam("password", user)
                .post(config.issuer() + "/protocol/openid-connect/token");
        return answer.statusCode() == 200 ? "granted" : answer.path("error");
    }

    private static int clientCredentials(String client, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", client)
                .formParam("client_secret", secret)
                .post(config.issuer() + "/protocol/openid-connect/token").statusCode();
    }
}

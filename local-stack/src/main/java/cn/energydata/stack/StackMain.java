package cn.energydata.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: starts the whole system in the foreground, prints where everything is, and stops it all on
 * Ctrl-C. Data is kept in the stack home (default {@code .stack/}) so a second start finds it again.
 */
public final class StackMain {

    private StackMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("""
                    Usage: ./run.sh            start PostgreSQL, Keycloak, the four services and the console; Ctrl-C stops all
                    Environment: STACK_HOME (data and logs, default .stack), KEYCLOAK_PORT (8180), CLASSIFIER_PORT (8081),
                      CATALOG_PORT (8082), POLICY_PORT (8083), CONSOLE_PORT (8084), DISCOVERY_PORT (8085),
                      STACK_POSTGRES_PORT (15432), CLASSIFIER_MANAGEMENT_PORT (9081), CATALOG_MANAGEMENT_PORT (9082),
                      POLICY_MANAGEMENT_PORT (9083), CONSOLE_MANAGEMENT_PORT (9084), DISCOVERY_MANAGEMENT_PORT (9085)
                      (health and metrics: /q/health, /q/metrics),
                      STACK_POSTGRES_URL / STACK_POSTGRES_USER / STACK_POSTGRES_PASSWORD (use your own PostgreSQL),
                      STACK_JAVA_OPTS (extra JVM options for the services)""");
            return;
        }
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        StackConfig config = StackConfig.fromEnvironment(root);
        Stack stack = new Stack(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the stack…");
            stack.close();
            System.out.println("Stopped. Data kept in " + config.home());
            stopped.countDown();
        }, "stack-shutdown"));

        Instant begin = Instant.now();
        System.out.println("Starting the energy-data-classification stack (logs in " + config.logs() + ")");
        boolean demo = config.externalDb().isEmpty();
        try {
            stack.start(database -> {
                if (demo) {
                    DemoDataSource.prepare(database);
                }
            });
        } catch (StackException e) {
            System.err.println("\nThe stack could not start:\n" + e.getMessage());
            System.exit(1);
        }
        Duration startup = Duration.between(begin, Instant.now());
        String demoSource = demo ? DemoDataSource.register(config, stack.database())
                : "no demo data source (external PostgreSQL)";
        printBanner(stack, startup, demoSource);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printBanner(Stack stack, Duration startup, String demoSource) {
        StackConfig c = stack.config();
        StringBuilder memory = new StringBuilder();
        for (Map.Entry<String, Long> entry : stack.memoryMiB().entrySet()) {
            memory.append(String.format("  %-19s %5d MiB%n", entry.getKey(), entry.getValue()));
        }
        System.out.printf("""

                All healthy after %d s.

                  Review console      %s   (log in as a demo user below)
                  Keycloak            %s   (admin console: admin / admin)
                  classifier-service  %s   (Swagger UI: %s/q/swagger-ui)
                  catalog-service     %s
                  policy-service      %s
                  discovery-service   %s   (%s)
                  PostgreSQL          %s
                  Health and metrics  %s/q/health, %s/q/metrics (one management port per service: 9081-9085)

                Resident memory after start:
                %s
                Get a token for a demo user (password = user name: alice, bob, carol, dave, erin, frank, grace, heidi):
                  TOKEN=$(curl -s -d grant_type=password -d client_id=energy-cli -d username=alice -d password=alice \\
                    %s/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %s/api/me

                Press Ctrl-C to stop everything.
                """, startup.toSeconds(), c.consoleUrl(), c.keycloakUrl(), c.classifierUrl(), c.classifierUrl(), c.catalogUrl(),
                c.policyUrl(), c.discoveryUrl(), demoSource, stack.database().describe(), c.managementUrl(Stack.CATALOG), c.managementUrl(Stack.CATALOG), memory, c.issuer(), c.catalogUrl());
    }
}

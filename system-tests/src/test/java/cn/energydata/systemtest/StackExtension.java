package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Starts the real stack once for all system tests (fresh data directory, free ports so a stack someone is
 * running is left alone) and stops it when the test JVM is done. Test classes receive the {@link Stack}.
 */
public class StackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StackExtension.class);

    /** The classifier's operator rule directory (classifier.rules.directory); empty at start. */
    private static Path classifierRules;

    /** Closed by JUnit when the root context ends, i.e. after the last test class. */
    private record RunningStack(Stack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return stack(extension);
    }

    /** The directory the classifier loads operator rule packs from when it (re)starts. */
    static Path classifierRulesDirectory() {
        if (classifierRules == null) {
            throw new IllegalStateException("The stack has not been started");
        }
        return classifierRules;
    }

    private static Stack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningStack.class, key -> start(), RunningStack.class).stack();
    }

    private static RunningStack start() {
        // A hung service must fail a test, not hang the build.
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000)
                .setParam("http.socket.timeout", 120_000));
        Path root = Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("stack.home", "target/stack")).resolve("run-" + System.currentTimeMillis());
        classifierRules = home.resolve("classifier-rules");
        try {
            Files.createDirectories(classifierRules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The catalog retries pending gradings every 5 s instead of 30 s so failure tests need not wait long, and
        // looks for a new rule pack every 3 s instead of 5 min so the rule-pack journey need not wait long.
        // The classifier reads operator rule packs from a directory a test may fill before restarting it.
        Stack stack = new Stack(StackConfig.onFreePorts(root, home), Map.of(
                Stack.CATALOG, Map.of("CATALOG_GRADING_RETRY_EVERY", "5s",
                        "CATALOG_GRADING_RULE_CHECK_EVERY", "3s"),
                Stack.CLASSIFIER, Map.of("CLASSIFIER_RULES_DIRECTORY", classifierRules.toString()),
                // A killed discovery replica's tasks return after 15 s instead of 2 min.
                Stack.DISCOVERY, Map.of("DISCOVERY_TASKS_LEASE", "15s")));
        Instant begin = Instant.now();
        try {
            // Every run is also an upgrade: the services start on databases the previous release created and filled.
            stack.start(PreviousRelease::install);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        System.out.printf("Stack ready in %d s: %s%n", Duration.between(begin, Instant.now()).toSeconds(),
                stack.memoryMiB());
        return new RunningStack(stack);
    }
}

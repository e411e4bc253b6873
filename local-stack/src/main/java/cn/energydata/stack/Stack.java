package cn.energydata.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system on one machine: PostgreSQL, Keycloak with the energy realm, the four services and the review
 * console as packaged applications, started in dependency order and stopped in reverse.
 */
public class Stack implements AutoCloseable {

    public static final String CLASSIFIER = "classifier-service";
    public static final String CATALOG = "catalog-service";
    public static final String POLICY = "policy-service";
    public static final String CONSOLE = "review-console";
    public static final String DISCOVERY = "discovery-service";
    /** The packaged applications, in start order. */
    public static final List<String> APPLICATIONS = List.of(CLASSIFIER, CATALOG, POLICY, DISCOVERY, CONSOLE);
    public static final String KEYCLOAK = "keycloak";

    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(2);

    private final StackConfig config;
    private final Database database;
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraEnvironment;

    public Stack(StackConfig config) {
        this(config, Map.of());
    }

    /** @param extraEnvironment additional environment per component name, e.g. a rule-pack directory for a test */
    public Stack(StackConfig config, Map<String, Map<String, String>> extraEnvironment) {
        this.config = config;
        this.database = new Database(config);
        this.extraEnvironment = extraEnvironment;
        processes.put(KEYCLOAK, keycloak());
        processes.put(CLASSIFIER, service(CLASSIFIER, config.classifierPort(), "-Xmx1g", Map.of()));
        processes.put(CATALOG, service(CATALOG, config.catalogPort(), "-Xmx512m", catalogEnvironment()));
        processes.put(POLICY, service(POLICY, config.policyPort(), "-Xmx512m", policyEnvironment()));
        processes.put(DISCOVERY, service(DISCOVERY, config.discoveryPort(), "-Xmx384m", discoveryEnvironment()));
        processes.put(CONSOLE, service(CONSOLE, config.consolePort(), "-Xmx256m", consoleEnvironment()));
    }

    public StackConfig config() {
        return config;
    }

    /** Starts everything and returns once every component is ready. */
    public void start() {
        start(db -> {
        });
    }

    /**
     * Starts everything, running {@code beforeServices} once the databases exist and before any service has
     * migrated them: an upgrade test puts the previous release's schema and data there.
     */
    public void start(Consumer<Database> beforeServices) {
        checkPackaged();
        checkPortsFree();
        database.start();
        beforeServices.accept(database);
        startAndAwait(KEYCLOAK);
        // The services and the console only need PostgreSQL and Keycloak to start: start them together, then wait.
        APPLICATIONS.forEach(name -> processes.get(name).start());
        APPLICATIONS.forEach(name -> processes.get(name).awaitReady(SERVICE_TIMEOUT));
    }

    /** Starts only PostgreSQL and Keycloak, for tests of the identity provider's administration. */
    public void startIdentity() {
        if (!Files.isDirectory(config.keycloakDistribution())) {
            throw new StackException("Keycloak is not unpacked at " + config.keycloakDistribution()
                    + ". Build first: ./mvnw -DskipTests package");
        }
        Ports.requireFree(config.keycloakPort(), KEYCLOAK);
        database.start();
        startAndAwait(KEYCLOAK);
    }

    /** Stops one component (PostgreSQL is "postgres"), for failure tests. */
    public void stop(String component) {
        if ("postgres".equals(component)) {
            database.stop();
        } else {
            process(component).stop();
        }
    }

    /** Starts one stopped component again and waits until it is ready. */
    public void restart(String component) {
        if ("postgres".equals(component)) {
            database.start();
        } else {
            startAndAwait(component);
        }
    }

    /**
     * Starts one more replica of a service on free ports, sharing the stack's database and identity provider, for
     * tests of several replicas sharing work. The caller stops it.
     */
    public ManagedProcess startReplica(String module, Map<String, String> extraEnvironment) {
        if (!DISCOVERY.equals(module)) {
            throw new IllegalArgumentException("Only " + DISCOVERY + " replicas are supported, not " + module);
        }
        int port = Ports.free();
        int managementPort = Ports.free();
        Map<String, String> env = new LinkedHashMap<>(discoveryEnvironment());
        env.putAll(this.extraEnvironment.getOrDefault(module, Map.of()));
        env.putAll(extraEnvironment);
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        ManagedProcess replica = process(module, port, "-Xmx384m", env, module + "-" + port,
                URI.create("http://localhost:" + managementPort + "/q/health/ready"));
        replica.start();
        replica.awaitReady(SERVICE_TIMEOUT);
        return replica;
    }

    public ManagedProcess process(String component) {
        ManagedProcess process = processes.get(component);
        if (process == null) {
            throw new IllegalArgumentException("No component " + component + "; known: " + processes.keySet());
        }
        return process;
    }

    public Database database() {
        return database;
    }

    /** Resident memory per process in MiB, in start order. */
    public Map<String, Long> memoryMiB() {
        Map<String, Long> memory = new LinkedHashMap<>();
        processes.forEach((name, process) -> memory.put(name, process.residentMemoryMiB()));
        return memory;
    }

    @Override
    public void close() {
        List<String> reverse = new ArrayList<>(processes.keySet());
        Collections.reverse(reverse);
        reverse.forEach(name -> processes.get(name).stop());
        database.stop();
    }

    private void startAndAwait(String component) {
        ManagedProcess process = process(component);
        process.start();
        process.awaitReady(KEYCLOAK.equals(component) ? KEYCLOAK_TIMEOUT : SERVICE_TIMEOUT);
    }

    /** All at once, before anything starts, so a taken port costs no waiting. */
    private void checkPortsFree() {
        if (config.externalDb().isEmpty()) {
            Ports.requireFree(config.postgresPort(), "PostgreSQL");
        }
        Ports.requireFree(config.keycloakPort(), KEYCLOAK);
        Ports.requireFree(config.classifierPort(), CLASSIFIER);
        Ports.requireFree(config.catalogPort(), CATALOG);
        Ports.requireFree(config.policyPort(), POLICY);
        Ports.requireFree(config.consolePort(), CONSOLE);
        Ports.requireFree(config.discoveryPort(), DISCOVERY);
        for (String module : APPLICATIONS) {
            Ports.requireFree(config.management().of(module), module + " management interface");
        }
    }

    private void checkPackaged() {
        for (String module : APPLICATIONS) {
            if (!Files.isRegularFile(config.serviceJar(module))) {
                throw new StackException(module + " is not packaged (" + config.serviceJar(module)
                        + " missing). Build first: ./mvnw -DskipTests package");
            }
        }
        if (!Files.isDirectory(config.keycloakDistribution())) {
            throw new StackException("Keycloak is not unpacked at " + config.keycloakDistribution()
                    + ". Build first: ./mvnw -DskipTests package");
        }
        if (!Files.isRegularFile(config.realmFile())) {
            throw new StackException("The realm file " + config.realmFile() + " is missing.");
        }
    }

    private ManagedProcess keycloak() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.putAll(extraEnvironment.getOrDefault(KEYCLOAK, Map.of()));
        List<String> command = List.of("bash", "bin/kc.sh", "start-dev",
                "--http-port=" + config.keycloakPort(),
                // One issuer whatever host name a client uses: tokens and services agree on localhost.
                "--hostname=" + config.keycloakUrl(),
                "--db=postgres",
                "--db-url=" + database.jdbcUrl("keycloak"),
                "--db-username=" + database.user(),
                "--db-password=" + database.password(),
                "--import-realm");
        return new KeycloakProcess(config, command, env);
    }

    /** Keycloak needs the realm file in its import directory each time it starts. */
    private static final class KeycloakProcess extends ManagedProcess {
        private final StackConfig config;

        KeycloakProcess(StackConfig config, List<String> command, Map<String, String> env) {
            super(KEYCLOAK, command, env, config.keycloakDistribution(), config.logs().resolve("keycloak.log"),
                    URI.create(config.issuer() + "/.well-known/openid-configuration"), config.keycloakPort());
            this.config = config;
        }

        @Override
        public synchronized void start() {
            Path imports = config.keycloakDistribution().resolve("data/import");
            try {
                Files.createDirectories(imports);
                Files.copy(config.realmFile(), imports.resolve("energy-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StackException("Could not place the realm file in " + imports + ": " + e.getMessage(), e);
            }
            super.start();
        }

    }

    private ManagedProcess service(String module, int port, String heap, Map<String, String> specific) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(config.management().of(module)));
        env.putAll(specific);
        env.putAll(extraEnvironment.getOrDefault(module, Map.of()));
        return process(module, port, heap, env, module, URI.create(config.managementUrl(module) + "/q/health/ready"));
    }

    private ManagedProcess process(String module, int port, String heap, Map<String, String> specific, String logName,
                                   URI readiness) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.issuer());
        env.putAll(specific);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        // Malformed URIs reach the request guard and get a problem+json answer instead of Vert.x's empty 400.
        command.add("-Dvertx.disableURIValidation=true");
        if (!config.javaOptions().isBlank()) {
            command.addAll(List.of(config.javaOptions().trim().split("\\s+")));
        }
        command.add("-jar");
        command.add(config.serviceJar(module).toString());
        return new ManagedProcess(logName, command, env, config.root().resolve(module),
                config.logs().resolve(logName + ".log"), readiness, port);
    }

    private Map<String, String> catalogEnvironment() {
        Map<String, String> env = datasource("catalog");
        env.put("QUARKUS_REST_CLIENT_CLASSIFIER_URL", config.classifierUrl());
        // Uploads kept while the classifier is unreachable: in the stack's home, one spool per stack.
        env.put("CATALOG_SPOOL_DIR", config.catalogSpool().toString());
        env.put("CATALOG_SPOOL_KEY", StackKeys.key(config, "catalog-spool"));
        env.putAll(serviceAccount("catalog-service"));
        return env;
    }

    private Map<String, String> policyEnvironment() {
        Map<String, String> env = datasource("policy");
        env.put("QUARKUS_REST_CLIENT_CATALOG_URL", config.catalogUrl());
        env.putAll(serviceAccount("policy-service"));
        return env;
    }

    private Map<String, String> discoveryEnvironment() {
        Map<String, String> env = datasource("discovery");
        env.put("QUARKUS_REST_CLIENT_CLASSIFIER_URL", config.classifierUrl());
        env.put("QUARKUS_REST_CLIENT_CATALOG_URL", config.catalogUrl());
        env.put("DISCOVERY_CREDENTIALS_KEY", StackKeys.key(config, "discovery-credentials"));
        env.putAll(serviceAccount("discovery-service"));
        return env;
    }

    private Map<String, String> consoleEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_REST_CLIENT_CATALOG_URL", config.catalogUrl());
        env.put("QUARKUS_REST_CLIENT_POLICY_URL", config.policyUrl());
        env.put("QUARKUS_REST_CLIENT_DISCOVERY_URL", config.discoveryUrl());
        env.put("QUARKUS_REST_CLIENT_CLASSIFIER_URL", config.classifierUrl());
        env.put("QUARKUS_OIDC_CLIENT_ID", CONSOLE);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", CONSOLE + "-dev-secret");
        return env;
    }

    private Map<String, String> datasource(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        return env;
    }

    /** The client-credentials settings of a calling service; the secrets are the realm file's dev secrets. */
    private Map<String, String> serviceAccount(String clientId) {
        return Map.of(
                "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", config.issuer(),
                "QUARKUS_OIDC_CLIENT_CLIENT_ID", clientId,
                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", clientId + "-dev-secret");
    }
}

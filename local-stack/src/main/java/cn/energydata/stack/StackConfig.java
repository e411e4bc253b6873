package cn.energydata.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the stack lives and which ports it uses. Every value has a default and can be overridden by an
 * environment variable (or a system property of the same name in lower case with dots, for tests).
 *
 * @param root           the project checkout (holds the packaged services and identity/energy-realm.json)
 * @param home           data and logs kept between runs (PostgreSQL data directory, process logs)
 * @param externalDb     an external PostgreSQL to use instead of the embedded one
 * @param management     the ports of the services' management interfaces (health and metrics, never public)
 */
public record StackConfig(Path root, Path home, int postgresPort, int keycloakPort, int classifierPort,
                          int catalogPort, int policyPort, int consolePort, int discoveryPort,
                          Optional<ExternalDatabase> externalDb,
                          String javaOptions, ManagementPorts management) {

    public static final String DB_USER = "energy";
    public static final String DB_PASSWORD = "energy";
    private static final String KEYCLOAK_VERSION = keycloakVersion();

    /**
     * An operator's own PostgreSQL: a JDBC URL without database name, e.g. {@code jdbc:postgresql://db:5432/}, or
     * several hosts with parameters, e.g. {@code jdbc:postgresql://db1:5432,db2:5432/?targetServerType=primary}
     * (a primary and its standby: the driver connects to whichever is primary).
     */
    public record ExternalDatabase(String jdbcBase, String parameters, String user, String password) {

        /** Splits a URL like the examples above into the part before the database name and the parameters. */
        public static ExternalDatabase of(String url, String user, String password) {
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            String parameters = query < 0 ? "" : url.substring(query);
            return new ExternalDatabase(base.endsWith("/") ? base : base + "/", parameters, user, password);
        }

        public String jdbcUrl(String database) {
            return jdbcBase + database + parameters;
        }
    }

    /**
     * Health and metrics live on Quarkus's management interface, a port of their own per service, so that the
     * public port never serves them.
     */
    public record ManagementPorts(int classifier, int catalog, int policy, int console, int discovery) {

        int of(String module) {
            return switch (module) {
                case Stack.CLASSIFIER -> classifier;
                case Stack.CATALOG -> catalog;
                case Stack.POLICY -> policy;
                case Stack.CONSOLE -> console;
                case Stack.DISCOVERY -> discovery;
                default -> throw new IllegalArgumentException("No management port for " + module);
            };
        }
    }

    /** The defaults of the README, overridden by environment variables. */
    public static StackConfig fromEnvironment(Path root) {
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("STACK_HOME", root.resolve(".stack").toString()));
        Optional<ExternalDatabase> external = Optional.ofNullable(env.get("STACK_POSTGRES_URL"))
                .map(url -> ExternalDatabase.of(url,
                        env.getOrDefault("STACK_POSTGRES_USER", DB_USER),
                        env.getOrDefault("STACK_POSTGRES_PASSWORD", DB_PASSWORD)));
        return new StackConfig(root.toAbsolutePath().normalize(), home.toAbsolutePath().normalize(),
                port(env, "STACK_POSTGRES_PORT", 15432), port(env, "KEYCLOAK_PORT", 8180),
                port(env, "CLASSIFIER_PORT", 8081), port(env, "CATALOG_PORT", 8082), port(env, "POLICY_PORT", 8083),
                port(env, "CONSOLE_PORT", 8084), port(env, "DISCOVERY_PORT", 8085), external, env.getOrDefault("STACK_JAVA_OPTS", ""),
                new ManagementPorts(port(env, "CLASSIFIER_MANAGEMENT_PORT", 9081),
                        port(env, "CATALOG_MANAGEMENT_PORT", 9082), port(env, "POLICY_MANAGEMENT_PORT", 9083),
                        port(env, "CONSOLE_MANAGEMENT_PORT", 9084),
                        port(env, "DISCOVERY_MANAGEMENT_PORT", 9085)));
    }

    /** A private stack on free ports, for tests that must not collide with a stack someone is running. */
    public static StackConfig onFreePorts(Path root, Path home) {
        return onFreePorts(root, home, Optional.empty());
    }

    /** A private stack on free ports using the given PostgreSQL instead of an embedded one. */
    public static StackConfig onFreePorts(Path root, Path home, Optional<ExternalDatabase> externalDb) {
        return new StackConfig(root.toAbsolutePath().normalize(), home.toAbsolutePath().normalize(),
                freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), externalDb, "",
                new ManagementPorts(freePort(), freePort(), freePort(), freePort(), freePort()));
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String issuer() {
        return keycloakUrl() + "/realms/energy";
    }

    public String classifierUrl() {
        return "http://localhost:" + classifierPort;
    }

    public String catalogUrl() {
        return "http://localhost:" + catalogPort;
    }

    public String policyUrl() {
        return "http://localhost:" + policyPort;
    }

    public String consoleUrl() {
        return "http://localhost:" + consolePort;
    }

    public String discoveryUrl() {
        return "http://localhost:" + discoveryPort;
    }

    /** Where a service's health and metrics are served, e.g. {@code managementUrl(Stack.CATALOG) + "/q/health/ready"}. */
    public String managementUrl(String module) {
        return "http://localhost:" + management.of(module);
    }

    public Path realmFile() {
        return root.resolve("identity/energy-realm.json");
    }

    /** Where the catalog keeps uploads it could not grade yet. */
    public Path catalogSpool() {
        return home.resolve("catalog-spool");
    }

    /** Keys the stack generates once and keeps (spool encryption, stored data-source credentials). */
    public Path keys() {
        return home.resolve("keys");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    /** The packaged Quarkus application of a service module. */
    public Path serviceJar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Keycloak as unpacked from Maven Central by the local-stack build. */
    public Path keycloakDistribution() {
        return root.resolve("local-stack/target/keycloak/keycloak-" + KEYCLOAK_VERSION);
    }

    private static String keycloakVersion() {
        try (var in = StackConfig.class.getResourceAsStream("/stack.properties")) {
            if (in == null) {
                throw new StackException("local-stack is built without stack.properties; rebuild it");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new StackException("local-stack is built without stack.properties; rebuild it", e);
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StackException(name + "=" + value + " is not a port number");
        }
    }

    private static int freePort() {
        return Ports.free();
    }
}

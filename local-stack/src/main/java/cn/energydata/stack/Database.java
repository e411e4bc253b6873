package cn.energydata.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL for the stack: the embedded one (real PostgreSQL binaries from Maven Central, data directory kept
 * under the stack home between runs) or the operator's own. Each stateful component gets its own database.
 */
public class Database {

    /** One database per stateful component, all owned by the stack's user. */
    public static final List<String> DATABASES = List.of("keycloak", "catalog", "policy", "discovery");

    private final StackConfig config;
    private EmbeddedPostgres embedded;

    public Database(StackConfig config) {
        this.config = config;
    }

    public synchronized void start() {
        if (config.externalDb().isEmpty()) {
            startEmbedded();
        }
        createRoleAndDatabases();
    }

    public synchronized void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new StackException("Could not stop PostgreSQL cleanly: " + e.getMessage(), e);
            }
            embedded = null;
        }
    }

    public synchronized boolean isRunning() {
        return embedded != null || config.externalDb().isPresent();
    }

    /** JDBC URL of one of {@link #DATABASES}. */
    public String jdbcUrl(String database) {
        return config.externalDb().map(db -> db.jdbcUrl(database))
                .orElse("jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database);
    }

    public String user() {
        return config.externalDb().map(StackConfig.ExternalDatabase::user).orElse(StackConfig.DB_USER);
    }

    public String password() {
        return config.externalDb().map(StackConfig.ExternalDatabase::password).orElse(StackConfig.DB_PASSWORD);
    }

    public String describe() {
        return config.externalDb().map(db -> "external PostgreSQL at " + db.jdbcBase())
                .orElse("embedded PostgreSQL on port " + config.postgresPort() + ", data in " + dataDirectory());
    }

    private java.nio.file.Path dataDirectory() {
        return config.home().resolve("postgres");
    }

    private void startEmbedded() {
        if (embedded != null) {
            return;
        }
        Ports.requireFree(config.postgresPort(), "PostgreSQL");
        try {
            Files.createDirectories(dataDirectory());
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(config.postgresPort())
                    .start();
        } catch (IOException e) {
            throw new StackException("Could not start the embedded PostgreSQL (data in " + dataDirectory() + "): "
                    + e.getMessage(), e);
        }
    }

    /** Idempotent: a second start finds the role and databases and keeps their data. */
    private void createRoleAndDatabases() {
        String adminUser = config.externalDb().isPresent() ? user() : "postgres";
        String adminPassword = config.externalDb().isPresent() ? password() : "postgres";
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), adminUser, adminPassword);
             Statement sql = connection.createStatement()) {
            if (config.externalDb().isEmpty() && !exists(sql, "select 1 from pg_roles where rolname = 'energy'")) {
                sql.execute("create role energy login password '" + StackConfig.DB_PASSWORD + "'");
            }
            for (String database : DATABASES) {
                if (!exists(sql, "select 1 from pg_database where datname = '" + database + "'")) {
                    sql.execute("create database " + database + " owner " + user());
                }
            }
        } catch (SQLException e) {
            throw new StackException("Could not prepare the databases " + DATABASES + " on " + describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Runs statements as the administrator on one database (the demo data source, data sources of tests). */
    public void administer(String databaseName, SqlWork work) {
        String adminUser = config.externalDb().isPresent() ? user() : "postgres";
        String adminPassword = config.externalDb().isPresent() ? password() : "postgres";
        try (Connection connection = DriverManager.getConnection(jdbcUrl(databaseName), adminUser, adminPassword);
             Statement sql = connection.createStatement()) {
            work.run(sql);
        } catch (SQLException e) {
            throw new StackException("Could not prepare " + databaseName + " on " + describe() + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    public interface SqlWork {
        void run(Statement sql) throws SQLException;
    }

    static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }
}

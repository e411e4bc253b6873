package cn.energydata.systemtest;

import cn.energydata.stack.Database;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The release before this code (git tag v0.1.0): its migrations and a few rows it wrote, kept under
 * {@code src/test/resources/releases/v0.1.0}. The system tests' stack starts on a database this release created,
 * so every run of the current services is also an upgrade (issue 19 item 4).
 */
final class PreviousRelease {

    static final String TAG = "v0.1.0";
    static final String ASSET_ID = "0c1a0000-0000-4000-8000-000000000001";
    static final String DECISION_ID = "0c1a0000-0000-4000-8000-0000000000d1";
    /** The services whose databases the release migrated, and the directory names of their migrations. */
    static final List<String> DATABASES = List.of("catalog", "policy");

    private PreviousRelease() {
    }

    static Path directory() {
        return Path.of("src/test/resources/releases", TAG).toAbsolutePath();
    }

    static Path migrations(String database) {
        return directory().resolve(database);
    }

    /** Migrates each database to the release's schema with the release's own migrations, then writes its rows. */
    static void install(Database database) {
        for (String name : DATABASES) {
            Flyway.configure()
                    .dataSource(database.jdbcUrl(name), database.user(), database.password())
                    .locations("filesystem:" + migrations(name))
                    .load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(name), database.user(), database.password());
                 Statement sql = c.createStatement()) {
                sql.execute(Files.readString(directory().resolve(name + "-data.sql"), StandardCharsets.UTF_8));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write " + TAG + "'s rows into " + name + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package cn.energydata.discovery.bench;

import cn.energydata.discovery.support.ClassifierStubs;
import cn.energydata.discovery.support.ScanCalls;
import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.SourceDatabase;
import cn.energydata.discovery.support.Tokens;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Columns discovered and graded per minute on the embedded PostgreSQL: {@value #TABLES} tables of {@value #COLUMNS}
 * columns and {@value #ROWS} rows, scanned metadata-only (rowsPerTable 0) and with samples (rowsPerTable 200). The
 * classifier and the catalog are WireMock answering at once, so this measures discovery itself (listing, metadata,
 * sampling, the task queue, the HTTP calls), not the classifier's grading. Run with -Pbench (see README).
 */
@QuarkusTest
@Tag("benchmark")
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class DiscoveryBenchmark {

    static final int TABLES = 400;
    static final int COLUMNS = 25;
    static final int ROWS = 500;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    @Test
    void columnsPerMinute() throws Exception {
        String url = createDatabase();
        ClassifierStubs.install();
        String admin = Tokens.user("carol", "bench-" + UUID.randomUUID().toString().substring(0, 8), "security-admin");
        measure(admin, url, 0, "metadata only");
        measure(admin, url, 200, "with samples of 200 rows");
    }

    private void measure(String admin, String url, int rows, String label) {
        String sourceId = ScanCalls.register(admin, """
                {"name":"bench-%d","kind":"JDBC","jdbc":{"url":"%s","schemas":["public"]},
                 "credentials":{"username":"postgres","password":"postgres"},"sampling":{"rowsPerTable":%d},
                 "maxConnections":4}""".formatted(rows, url, rows));
        Instant start = Instant.now();
        String scanId = ScanCalls.start(admin, sourceId, "FULL");
        JsonPath scan = ScanCalls.awaitEnd(admin, scanId);
        Duration took = Duration.between(start, Instant.now());
        assertEquals(TABLES, scan.getInt("counts.graded"), scan.prettify());
        double perMinute = TABLES * COLUMNS * 60_000.0 / took.toMillis();
        System.out.printf("BENCHMARK discovery %s: %d tables, %d columns in %d ms = %.0f columns/minute%n", label,
                TABLES, TABLES * COLUMNS, took.toMillis(), perMinute);
    }

    private String createDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE bench");
        }
        String url = SourceDatabase.url(serviceUrl).replace("/" + SourceDatabase.DATABASE, "/bench");
        StringBuilder columns = new StringBuilder("id bigint");
        StringBuilder values = new StringBuilder("g");
        for (int i = 1; i < COLUMNS; i++) {
            columns.append(", c").append(i).append(" text");
            values.append(", 'value ' || g || '-").append(i).append("'");
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            for (int t = 0; t < TABLES; t++) {
                s.execute("CREATE TABLE t" + t + " (" + columns + ")");
                s.execute("COMMENT ON COLUMN t" + t + ".c1 IS '列说明'");
                s.execute("INSERT INTO t" + t + " SELECT " + values + " FROM generate_series(1, " + ROWS + ") g");
            }
            s.execute("ANALYZE");
        }
        return url;
    }
}

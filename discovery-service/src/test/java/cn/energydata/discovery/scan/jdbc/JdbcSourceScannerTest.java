package cn.energydata.discovery.scan.jdbc;

import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.CredentialsMode;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.PersonsBasis;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.SourceSpec;
import cn.energydata.discovery.support.ClassifierStubs;
import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.SourceDatabase;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDBC scanner on its own against the embedded PostgreSQL: what the API tests cannot time or provoke. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class JdbcSourceScannerTest {

    @Inject
    JdbcSourceScanner scanner;

    @Inject
    JdbcConnector connector;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serviceUrl;

    private Source source;
    private final Credentials scanner_ = new Credentials(SourceDatabase.USER, SourceDatabase.PASSWORD);

    @BeforeEach
    void setUp() throws SQLException {
        SourceDatabase.create(dataSource, serviceUrl);
        ClassifierStubs.install();
        source = new Source(UUID.randomUUID(), "org-s", "unit-db", SourceKind.JDBC,
                new SourceSpec(null, null, new SourceSpec.Jdbc(SourceDatabase.url(serviceUrl), List.of("public")),
                        null, null, null, null, 1, 5),
                CredentialsMode.STORED, null, null, "carol", Instant.now(), Instant.now());
    }

    @Test
    void aTableDroppedAfterTheListingIsAFailedItemWithAPlainReason() {
        ItemResult item = scanner.scan(source, scanner_, "public.dropped_meanwhile", ScanMode.FULL);
        assertEquals(ItemOutcome.FAILED, item.outcome());
        assertEquals("table dropped during the scan", item.reason());
    }

    @Test
    void connectionsAreReadOnly() throws SQLException {
        try (JdbcConnector.Lease lease = connector.open(source, scanner_)) {
            assertTrue(lease.connection().isReadOnly());
            SQLException refused = assertThrows(SQLException.class, () ->
                    lease.connection().createStatement().execute("CREATE TABLE sneaky (x int)"));
            assertEquals("25006", refused.getSQLState(), "read-only transaction");
        }
    }

    /**
     * maxConnections 1: a second open waits for the first lease and then gets the very same connection. Without the
     * cap it would have opened a connection of its own at once, and the connections would differ.
     */
    @Test
    void atMostMaxConnectionsAreOpenPerSource() throws Exception {
        JdbcConnector.Lease first = connector.open(source, scanner_);
        Connection firstConnection = first.connection();
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> connector.open(source, scanner_));
        first.close();
        try (JdbcConnector.Lease lease = second.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
            assertTrue(lease.connection() == firstConnection, "one connection, handed on");
            assertTrue(lease.connection().isReadOnly());
        }
    }

    @Test
    void theStatementTimeoutIsSet() throws SQLException {
        try (JdbcConnector.Lease lease = connector.open(source, scanner_);
             var r = lease.connection().createStatement().executeQuery("SHOW statement_timeout")) {
            r.next();
            assertEquals("5s", r.getString(1));
        }
    }

    @Test
    void outsideTheWindowDistinctPersonsAreTheDatabasesEstimateAndSaySo() throws SQLException {
        try (JdbcConnector.Lease lease = connector.open(source, scanner_)) {
            TableMetadata customers = lease.dialect().metadata(lease.connection(), "public", "customers");
            JdbcSourceScanner.PersonCount persons = JdbcSourceScanner.PersonCount.count(lease.connection(),
                    lease.dialect(), customers, List.of("id_card"), false, 5);
            assertEquals(PersonsBasis.ESTIMATE, persons.basis());
            assertTrue(persons.count() > 90_000, "pg_stats: all distinct");
            assertTrue(persons.reason().contains("estimated"));
            JdbcSourceScanner.PersonCount exact = JdbcSourceScanner.PersonCount.count(lease.connection(),
                    lease.dialect(), customers, List.of("id_card"), true, 5);
            assertEquals(PersonsBasis.EXACT, exact.basis());
            assertEquals(SourceDatabase.CUSTOMERS, exact.count());
        }
    }

    @Test
    void metadataHasTypesCommentsAndEstimates() throws SQLException {
        try (JdbcConnector.Lease lease = connector.open(source, scanner_)) {
            TableMetadata customers = lease.dialect().metadata(lease.connection(), "public", "customers");
            assertEquals("居民用户档案", customers.comment());
            assertEquals(List.of("id", "name", "id_card", "phone", "address"),
                    customers.columns().stream().map(TableMetadata.Column::name).toList());
            assertEquals("身份证号", customers.columns().get(2).comment());
            assertEquals("bpchar", customers.columns().get(2).type());
            assertTrue(customers.estimatedRows() > 90_000);
        }
    }

    @Test
    void theRowChangeThresholdIsThirtyPercent() {
        assertFalse(JdbcSourceScanner.rowsChanged(1000L, 1299L));
        assertTrue(JdbcSourceScanner.rowsChanged(1000L, 1300L));
        assertTrue(JdbcSourceScanner.rowsChanged(1000L, 700L));
        assertFalse(JdbcSourceScanner.rowsChanged(null, null));
        assertTrue(JdbcSourceScanner.rowsChanged(null, 5L));
    }
}

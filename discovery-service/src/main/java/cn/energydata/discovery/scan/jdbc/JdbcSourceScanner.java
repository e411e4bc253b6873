package cn.energydata.discovery.scan.jdbc;

import cn.energydata.discovery.client.ClassifierClient;
import cn.energydata.discovery.client.DiscoveredAsset;
import cn.energydata.discovery.client.Descriptor;
import cn.energydata.discovery.config.DiscoveryConfig;
import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.ItemKind;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.PersonsBasis;
import cn.energydata.discovery.domain.ScanMode;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.TaskKind;
import cn.energydata.discovery.repository.ItemRepository;
import cn.energydata.discovery.scan.CatalogPublisher;
import cn.energydata.discovery.scan.SourceScanner;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Databases: lists the tables of the configured schemas; per table reads metadata and a sample, grades it through
 * the classifier, counts distinct persons on the columns that identify them, and puts it into the catalog.
 */
@ApplicationScoped
public class JdbcSourceScanner implements SourceScanner {

    /** Relative change of the row count from which a table is re-graded (issue 16: ≥ 30 %). */
    static final double ROWS_CHANGED = 0.30;

    @Inject
    JdbcConnector connector;

    @Inject
    ClassifierClient classifier;

    @Inject
    CatalogPublisher publisher;

    @Inject
    ItemRepository items;

    @Inject
    DiscoveryConfig config;

    @Inject
    Clock clock;

    @Override
    public SourceKind kind() {
        return SourceKind.JDBC;
    }

    @Override
    public TaskKind itemTaskKind() {
        return TaskKind.TABLE;
    }

    @Override
    public List<String> list(Source source, Credentials credentials) {
        try (JdbcConnector.Lease lease = connector.open(source, credentials)) {
            DatabaseMetaData meta = lease.connection().getMetaData();
            List<String> schemas = source.spec().jdbc().schemas() == null || source.spec().jdbc().schemas().isEmpty()
                    ? lease.dialect().schemas(meta) : source.spec().jdbc().schemas();
            List<String> keys = new ArrayList<>();
            for (String schema : schemas) {
                for (String table : lease.dialect().tables(meta, schema)) {
                    keys.add(schema + "." + table);
                }
            }
            return keys;
        } catch (SQLException e) {
            throw JdbcErrors.connecting(e, source.location());
        }
    }

    @Override
    public ItemResult scan(Source source, Credentials credentials, String key, ScanMode mode) {
        int dot = key.indexOf('.');
        String schema = key.substring(0, dot);
        String table = key.substring(dot + 1);
        int timeout = source.spec().statementTimeoutOrDefault();
        Graded graded;
        try (JdbcConnector.Lease lease = connector.open(source, credentials)) {
            TableMetadata metadata = lease.dialect().metadata(lease.connection(), schema, table);
            if (metadata.columns().isEmpty()) {
                return ItemResult.failed(key, ItemKind.TABLE, "table dropped during the scan");
            }
            Optional<ItemResult> unchanged = unchanged(source, metadata, mode);
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
            graded = grade(source, lease, metadata, timeout);
        } catch (SQLException e) {
            return ItemResult.failed(key, ItemKind.TABLE, JdbcErrors.readingTable(e, table, timeout));
        }
        DiscoveredAsset.Upserted upserted = publisher.publish(source, key, graded.metadata().comment(), "TABLE",
                graded.classification(), graded.metadata().estimatedRows(), graded.persons().count(),
                graded.persons().basis(), false);
        return new ItemResult(key, ItemKind.TABLE, ItemOutcome.GRADED, graded.persons().reason(),
                graded.classification().path("level").asText(null), parse(upserted.assetId()), upserted.outcome(),
                graded.metadata().estimatedRows(), graded.persons().count(), graded.persons().basis(), null, null,
                false, graded.sampledRows() > 0, CatalogPublisher.columnGrades(graded.classification()),
                graded.metadata().fingerprint());
    }

    private record Graded(TableMetadata metadata, JsonNode classification, PersonCount persons, int sampledRows) {
    }

    private Graded grade(Source source, JdbcConnector.Lease lease, TableMetadata metadata, int timeout)
            throws SQLException {
        Connection connection = lease.connection();
        int rowsPerTable = source.spec().samplingOrDefaults().rowsPerTable();
        TableSample sample = TableSample.read(connection, lease.dialect(), metadata, rowsPerTable, timeout);
        Descriptor descriptor = descriptor(source, metadata, sample.values());
        JsonNode classification = classifier.classify(descriptor);
        List<String> personColumns = CatalogPublisher.personColumns(classification);
        PersonCount persons = PersonCount.NONE;
        if (!personColumns.isEmpty()) {
            boolean exactAllowed = source.spec().windowOpen(clock.instant());
            persons = PersonCount.count(connection, lease.dialect(), metadata, personColumns, exactAllowed, timeout);
            if (persons.count() != null) {
                classification = classifier.classify(descriptor.withDistinctPersons(persons.count()));
            }
        }
        return new Graded(metadata, classification, persons, sample.rows());
    }

    private Optional<ItemResult> unchanged(Source source, TableMetadata metadata, ScanMode mode) {
        if (mode == ScanMode.FULL) {
            return Optional.empty();
        }
        Optional<ItemResult.Previous> previous = items.previous(source.id(), metadata.key());
        if (previous.isEmpty() || !previous.get().fingerprint().equals(metadata.fingerprint())
                || rowsChanged(previous.get().rows(), metadata.estimatedRows())
                || previous.get().gradedAt().plus(config.rescan().maxAge()).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(ItemResult.unchanged(metadata.key(), ItemKind.TABLE,
                "columns unchanged and rows within 30 % of the last scan", previous.get(), metadata.estimatedRows()));
    }

    static boolean rowsChanged(Long before, Long now) {
        if (before == null || now == null) {
            return before != now;
        }
        return Math.abs(now - before) >= ROWS_CHANGED * Math.max(before, 1);
    }

    private static Descriptor descriptor(Source source, TableMetadata metadata, Map<String, List<String>> samples) {
        List<Descriptor.Column> columns = metadata.columns().stream()
                .map(c -> new Descriptor.Column(c.name(), c.comment(), samples.getOrDefault(c.name(), List.of())))
                .toList();
        return new Descriptor(source.name() + " " + metadata.key(), metadata.comment(), "TABLE",
                metadata.estimatedRows(), null, columns);
    }

    private static java.util.UUID parse(String id) {
        return id == null ? null : java.util.UUID.fromString(id);
    }

    /** Distinct persons of a table: the most distinct values of any column that identifies persons. */
    record PersonCount(Long count, PersonsBasis basis, String reason) {

        static final PersonCount NONE = new PersonCount(null, null, null);

        static PersonCount count(Connection connection, Dialect dialect, TableMetadata table, List<String> columns,
                                 boolean exactAllowed, int timeout) throws SQLException {
            if (exactAllowed) {
                try {
                    long most = 0;
                    for (String column : columns) {
                        most = Math.max(most, exact(connection, dialect, table, column, timeout));
                    }
                    return new PersonCount(most, PersonsBasis.EXACT, null);
                } catch (SQLException e) {
                    if (!JdbcErrors.isTimeout(e)) {
                        throw e;
                    }
                    connection.rollback();
                }
            }
            Long most = null;
            for (String column : columns) {
                Long estimate = dialect.estimatedDistinct(connection, table, column);
                if (estimate == null) {
                    estimate = table.estimatedRows();
                }
                if (estimate != null) {
                    most = most == null ? estimate : Math.max(most, estimate);
                }
            }
            String why = exactAllowed ? "COUNT(DISTINCT) reached the statement timeout" : "outside the scan window";
            return new PersonCount(most, PersonsBasis.ESTIMATE, "distinct persons estimated from the database's "
                    + "statistics (" + why + ")");
        }

        private static long exact(Connection connection, Dialect dialect, TableMetadata table, String column,
                                  int timeout) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.setQueryTimeout(timeout);
                try (var r = statement.executeQuery("SELECT COUNT(DISTINCT " + dialect.quote(column) + ") FROM "
                        + dialect.qualified(table))) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }
}

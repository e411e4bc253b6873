package cn.energydata.discovery.scan.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between databases: where tables live (schema or catalog), how to sample, where the estimates are.
 * The defaults use only JDBC metadata and {@code setMaxRows}, so a driver from the driver directory works unchanged.
 */
public class Dialect {

    /** Schemas of the database's own that are never scanned. */
    protected List<String> systemSchemas() {
        return List.of("information_schema", "pg_catalog", "pg_toast", "sys", "system", "mysql", "performance_schema",
                "ctxsys", "mdsys", "xdb", "sysdba", "sys_catalog");
    }

    /** Read only, the session's statement timeout, then a (read-only) transaction per use. */
    public void prepare(Connection connection, int statementTimeoutSeconds) throws SQLException {
        connection.setReadOnly(true);
        connection.setAutoCommit(true);
        applyStatementTimeout(connection, statementTimeoutSeconds);
        connection.setAutoCommit(false);
    }

    /** A session-wide timeout where the database has one; the JDBC query timeout is set on every statement too. */
    protected void applyStatementTimeout(Connection connection, int seconds) throws SQLException {
    }

    public List<String> schemas(DatabaseMetaData meta) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (ResultSet r = meta.getSchemas()) {
            while (r.next()) {
                String schema = r.getString("TABLE_SCHEM");
                if (!systemSchemas().contains(schema.toLowerCase())) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    public List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = meta.getTables(catalogOf(schema), schemaOf(schema), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    public TableMetadata metadata(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String comment = null;
        try (ResultSet r = meta.getTables(catalogOf(schema), schemaOf(schema), table, new String[] {"TABLE"})) {
            if (r.next()) {
                comment = r.getString("REMARKS");
            }
        }
        List<TableMetadata.Column> columns = new ArrayList<>();
        try (ResultSet r = meta.getColumns(catalogOf(schema), schemaOf(schema), table, "%")) {
            while (r.next()) {
                columns.add(new TableMetadata.Column(r.getString("COLUMN_NAME"), r.getString("TYPE_NAME"),
                        blankToNull(r.getString("REMARKS"))));
            }
        }
        return new TableMetadata(schema, table, blankToNull(comment), columns,
                estimatedRows(connection, schema, table));
    }

    /** The database's estimate of the table's rows; null when it keeps none. */
    public Long estimatedRows(Connection connection, String schema, String table) throws SQLException {
        return null;
    }

    /** Up to {@code rows} rows of the listed columns; never the whole table. */
    public ResultSet sample(Statement statement, TableMetadata table, List<String> columns, int rows)
            throws SQLException {
        statement.setMaxRows(rows);
        return statement.executeQuery("SELECT " + String.join(", ", columns.stream().map(this::quote).toList())
                + " FROM " + qualified(table));
    }

    /** The database's estimate of the column's distinct values; null when it keeps none. */
    public Long estimatedDistinct(Connection connection, TableMetadata table, String column) throws SQLException {
        return null;
    }

    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    public String qualified(TableMetadata table) {
        return quote(table.schema()) + "." + quote(table.table());
    }

    /** Metadata calls name a schema as a catalog in MySQL/MariaDB, as a schema elsewhere. */
    protected String catalogOf(String schema) {
        return null;
    }

    protected String schemaOf(String schema) {
        return schema;
    }

    protected static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

package cn.energydata.discovery.scan.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB and MySQL: a "schema" is a database (a catalog to JDBC); estimates from information_schema; sampling by
 * LIMIT; the statement timeout as {@code max_statement_time} (MariaDB) besides the JDBC query timeout.
 */
public class MariaDbDialect extends Dialect {

    @Override
    protected void applyStatementTimeout(Connection connection, int seconds) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION max_statement_time = " + seconds);
        } catch (SQLException e) {
            // MySQL has no max_statement_time: the JDBC query timeout still applies.
        }
    }

    @Override
    public List<String> schemas(DatabaseMetaData meta) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (ResultSet r = meta.getCatalogs()) {
            while (r.next()) {
                String schema = r.getString("TABLE_CAT");
                if (!systemSchemas().contains(schema.toLowerCase())) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    @Override
    public Long estimatedRows(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long rows = r.getLong(1);
                return r.wasNull() ? null : rows;
            }
        }
    }

    @Override
    public ResultSet sample(Statement statement, TableMetadata table, List<String> columns, int rows)
            throws SQLException {
        statement.setMaxRows(rows);
        return statement.executeQuery("SELECT " + String.join(", ", columns.stream().map(this::quote).toList())
                + " FROM " + qualified(table) + " LIMIT " + rows);
    }

    /** The cardinality of an index led by the column, if there is one. */
    @Override
    public Long estimatedDistinct(Connection connection, TableMetadata table, String column) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT max(CARDINALITY) FROM information_schema.STATISTICS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ? AND SEQ_IN_INDEX = 1")) {
            s.setString(1, table.schema());
            s.setString(2, table.table());
            s.setString(3, column);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long distinct = r.getLong(1);
                return r.wasNull() ? null : distinct;
            }
        }
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    protected String catalogOf(String schema) {
        return schema;
    }

    @Override
    protected String schemaOf(String schema) {
        return null;
    }
}

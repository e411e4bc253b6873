package cn.energydata.discovery.scan.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** PostgreSQL (and PostgreSQL-compatible): pg_class and pg_stats estimates, TABLESAMPLE, SET statement_timeout. */
public class PostgresDialect extends Dialect {

    @Override
    protected void applyStatementTimeout(Connection connection, int seconds) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = " + seconds * 1000L);
        }
    }

    @Override
    public Long estimatedRows(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = ? AND c.relname = ?")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet r = s.executeQuery()) {
                // -1: never analysed or vacuumed, no estimate.
                return r.next() && r.getLong(1) >= 0 ? r.getLong(1) : null;
            }
        }
    }

    /**
     * {@code TABLESAMPLE SYSTEM} reads only the sampled pages; it may return fewer rows than asked on a small or
     * freshly changed table, so the caller falls back to {@link #sampleByLimit}.
     */
    @Override
    public ResultSet sample(Statement statement, TableMetadata table, List<String> columns, int rows)
            throws SQLException {
        statement.setMaxRows(rows);
        Long estimated = table.estimatedRows();
        if (estimated == null || estimated <= rows * 4L) {
            return sampleByLimit(statement, table, columns, rows);
        }
        double percent = Math.min(100.0, Math.max(0.01, rows * 200.0 / estimated));
        return statement.executeQuery("SELECT " + select(columns) + " FROM " + qualified(table)
                + " TABLESAMPLE SYSTEM (" + String.format(java.util.Locale.ROOT, "%.4f", percent) + ") LIMIT " + rows);
    }

    public ResultSet sampleByLimit(Statement statement, TableMetadata table, List<String> columns, int rows)
            throws SQLException {
        return statement.executeQuery("SELECT " + select(columns) + " FROM " + qualified(table) + " LIMIT " + rows);
    }

    @Override
    public Long estimatedDistinct(Connection connection, TableMetadata table, String column) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT n_distinct FROM pg_stats WHERE schemaname = ? AND tablename = ? AND attname = ?")) {
            s.setString(1, table.schema());
            s.setString(2, table.table());
            s.setString(3, column);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                double distinct = r.getDouble(1);
                // Negative: a fraction of the rows (−1 = all distinct).
                if (distinct < 0) {
                    return table.estimatedRows() == null ? null : Math.round(-distinct * table.estimatedRows());
                }
                return Math.round(distinct);
            }
        }
    }

    private String select(List<String> columns) {
        return String.join(", ", columns.stream().map(this::quote).toList());
    }
}

package cn.energydata.discovery.scan.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few rows of a table as text per column, held only in memory on their way to the classifier. Binary and very
 * long values are left out; each value is cut to {@value #MAX_VALUE_LENGTH} characters.
 */
record TableSample(Map<String, List<String>> values, int rows) {

    static final int MAX_VALUE_LENGTH = 200;

    static TableSample read(Connection connection, Dialect dialect, TableMetadata table, int rows, int timeout)
            throws SQLException {
        List<String> columns = table.columns().stream().map(TableMetadata.Column::name).toList();
        if (rows == 0) {
            return new TableSample(Map.of(), 0);
        }
        TableSample sample = readWith(connection, dialect, table, columns, rows, timeout, false);
        boolean tooFew = table.estimatedRows() != null && sample.rows() < Math.min(rows, table.estimatedRows());
        if (tooFew && dialect instanceof PostgresDialect) {
            return readWith(connection, dialect, table, columns, rows, timeout, true);
        }
        return sample;
    }

    private static TableSample readWith(Connection connection, Dialect dialect, TableMetadata table,
                                        List<String> columns, int rows, int timeout, boolean byLimit)
            throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c, new ArrayList<>()));
        int read = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeout);
            try (ResultSet r = byLimit
                    ? ((PostgresDialect) dialect).sampleByLimit(statement, table, columns, rows)
                    : dialect.sample(statement, table, columns, rows)) {
                int[] types = new int[columns.size()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = r.getMetaData().getColumnType(i + 1);
                }
                while (r.next() && read < rows) {
                    read++;
                    for (int i = 0; i < columns.size(); i++) {
                        if (isBinary(types[i])) {
                            continue;
                        }
                        String value = r.getString(i + 1);
                        if (value != null && !value.isBlank()) {
                            values.get(columns.get(i)).add(value.length() > MAX_VALUE_LENGTH
                                    ? value.substring(0, MAX_VALUE_LENGTH) : value);
                        }
                    }
                }
            }
        }
        return new TableSample(values, read);
    }

    private static boolean isBinary(int type) {
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }

    @Override
    public String toString() {
        return "TableSample[rows=" + rows + "]";
    }
}

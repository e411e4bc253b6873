package cn.energydata.discovery.scan.jdbc;

import cn.energydata.discovery.service.SourceUnavailableException;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * Plain reasons for what a database answered. Only SQLStates and error codes are read, never the driver's
 * message: a message may quote data values.
 */
final class JdbcErrors {

    private JdbcErrors() {
    }

    /** A failure to connect: the whole source is unavailable. */
    static SourceUnavailableException connecting(SQLException e, String location) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28") || e.getErrorCode() == 1045) {
            return new SourceUnavailableException("authentication-failed",
                    "the database at " + location + " refused the user name or password");
        }
        if (state.equals("3D000") || e.getErrorCode() == 1049) {
            return new SourceUnavailableException("database-not-found", "the database at " + location + " does not exist");
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return new SourceUnavailableException("unreachable", "could not connect to " + location
                    + " (host unreachable, or nothing listening)");
        }
        return new SourceUnavailableException("connection-failed", "could not connect to " + location
                + " (SQLState " + state + ")");
    }

    static boolean isTimeout(SQLException e) {
        return e instanceof SQLTimeoutException || "57014".equals(e.getSQLState()) || e.getErrorCode() == 1969
                || e.getErrorCode() == 3024;
    }

    /** A failure reading one table: the item fails, the scan goes on. */
    static String readingTable(SQLException e, String table, int timeoutSeconds) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("42501") || e.getErrorCode() == 1142 || e.getErrorCode() == 1143) {
            return "permission denied for table " + table;
        }
        if (state.equals("42P01") || state.equals("42S02") || e.getErrorCode() == 1146) {
            return "table dropped during the scan";
        }
        if (isTimeout(e)) {
            return "the statement timeout (" + timeoutSeconds + " s) was reached reading table " + table;
        }
        return "could not read table " + table + " (SQLState " + state + ")";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

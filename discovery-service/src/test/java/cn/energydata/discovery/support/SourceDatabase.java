package cn.energydata.discovery.support;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scanned source: a second database {@code billing} in the tests' embedded PostgreSQL with a customer table of
 * 100 000 valid resident IDs, a grid-topology table, an ordinary table and a table the scanner may not read. The
 * scanner logs in as {@code scanner}, which may only read.
 */
public final class SourceDatabase {

    public static final String DATABASE = "billing";
    public static final String USER = "scanner";
    public static final String PASSWORD = "scanner-pw";
    public static final int CUSTOMERS = 100_000;

    private static volatile boolean created;

    private SourceDatabase() {
    }

    /** jdbc:postgresql://localhost:port/billing, from the service's own datasource URL. */
    public static String url(String serviceJdbcUrl) {
        String base = serviceJdbcUrl.replaceAll("\\?.*$", "");
        return base.substring(0, base.lastIndexOf('/') + 1) + DATABASE;
    }

    public static synchronized void create(AgroalDataSource serviceDatabase, String serviceJdbcUrl) throws SQLException {
        if (created) {
            return;
        }
        try (Connection c = serviceDatabase.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            requirePasswords(s);
        }
        try (Connection c = owner(serviceJdbcUrl); Statement s = c.createStatement()) {
            String body = "('110101' || to_char(date '1960-01-01' + (g % 15000), 'YYYYMMDD') || lpad(((g / 15000) % 1000)::text, 3, '0'))";
            s.execute("""
                    CREATE TABLE customers (id bigint PRIMARY KEY, name text, id_card char(18), phone text, address text);
                    COMMENT ON TABLE customers IS '居民用户档案';
                    COMMENT ON COLUMN customers.id_card IS '身份证号';
                    CREATE TABLE grid_topology (substation text, bus text, line text, voltage_kv int, from_node text,
                        to_node text);
                    COMMENT ON TABLE grid_topology IS '电网拓扑：变电站、母线、线路';
                    CREATE TABLE holidays (day date, name text);
                    CREATE TABLE payroll (employee text, salary numeric);
                    """);
            s.execute("INSERT INTO customers SELECT g, '客户' || g, " + body + " || "
                    + ResidentIds.sqlCheckDigit(body) + ", '138' || lpad(g::text, 8, '0'), '江苏省南京市' "
                    + "FROM generate_series(1, " + CUSTOMERS + ") g");
            s.execute("INSERT INTO grid_topology SELECT '220kV 站' || g, 'I 母' || g, '线路' || g, 220, 'N' || g, "
                    + "'N' || (g + 1) FROM generate_series(1, 500) g");
            s.execute("INSERT INTO holidays SELECT date '2026-01-01' + g, '假日' || g FROM generate_series(1, 100) g");
            s.execute("INSERT INTO payroll VALUES ('x', 1)");
            s.execute("GRANT SELECT ON customers, grid_topology, holidays TO " + USER);
            s.execute("ANALYZE");
        }
        created = true;
    }

    /**
     * The embedded PostgreSQL trusts every local login; passwords are checked for every user but the superuser the
     * tests themselves use, so that a wrong password is refused as on a real server.
     */
    private static void requirePasswords(Statement s) throws SQLException {
        String hba = """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256""";
        try (ResultSet r = s.executeQuery("SHOW hba_file")) {
            r.next();
            s.execute("COPY (SELECT unnest(string_to_array('" + hba + "', E'\\n'))) TO '" + r.getString(1) + "'");
        }
        s.execute("SELECT pg_reload_conf()");
    }

    /** A connection as the database's owner, to change the source during a test. */
    public static Connection owner(String serviceJdbcUrl) throws SQLException {
        return DriverManager.getConnection(url(serviceJdbcUrl), "postgres", "postgres");
    }
}

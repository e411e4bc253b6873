package cn.energydata.systemtest;

import cn.energydata.stack.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Databases of a made-up grid company in the stack's PostgreSQL, for the discovery service to scan: a customer table
 * of more than 100 000 people with valid resident ID numbers, a grid-topology table, an ordinary table, and a table
 * the scanning role may not read. The scanning role may only SELECT.
 */
final class SourceDatabases {

    static final String READER = "scan_reader";
    static final String READER_PASSWORD = "scan-reader-password";
    /** Above the 100 000-person threshold of the grading rules (threshold.pi-scale). */
    static final int CUSTOMERS = 100_500;
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private SourceDatabases() {
    }

    /**
     * The embedded PostgreSQL trusts local connections; a data source's password must count, so connections of the
     * reader role are made to authenticate (lines ahead of the trust lines in pg_hba.conf, then a reload).
     */
    static void requirePasswordOfReader(Database database, Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            String current = Files.readString(hba);
            if (!current.contains(READER)) {
                Files.writeString(hba, "host all " + READER + " 127.0.0.1/32 scram-sha-256\n"
                        + "host all " + READER + " ::1/128 scram-sha-256\n" + current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database.administer("postgres", sql -> sql.execute("select pg_reload_conf()"));
    }

    /** The billing database: customers, substations, holidays and payroll (no SELECT for the reader). */
    static void billing(Database database, String name) {
        database.administer("postgres", sql -> {
            if (!exists(sql, "select 1 from pg_roles where rolname = '" + READER + "'")) {
                sql.execute("create role " + READER + " login password '" + READER_PASSWORD + "'");
            }
            sql.execute("drop database if exists " + name);
            sql.execute("create database " + name);
        });
        database.administer(name, sql -> {
            sql.execute("""
                    create table customers (customer_no bigint primary key, full_name varchar(40), id_card char(18),
                      mobile varchar(11), meter_no varchar(16));
                    comment on column customers.id_card is '身份证号';
                    comment on column customers.mobile is '手机号码';
                    create table substations (name varchar(40), voltage_kv integer, bus varchar(20),
                      latitude numeric(9,6), longitude numeric(9,6));
                    comment on table substations is '变电站台账';
                    create table holidays (day date primary key, name varchar(40));
                    create table payroll (employee varchar(40), salary numeric(12,2));
                    grant usage on schema public to scan_reader;
                    grant select on customers, substations, holidays to scan_reader;
                    """);
            insertCustomers(sql);
            try (PreparedStatement insert = sql.getConnection().prepareStatement(
                    "insert into substations values (?, ?, ?, ?, ?)")) {
                int[] voltages = {500, 220, 110};
                for (int i = 0; i < 90; i++) {
                    int kv = voltages[i % 3];
                    insert.setString(1, "东郊" + (i + 1) + "号" + kv + "kV变电站");
                    insert.setInt(2, kv);
                    insert.setString(3, kv + "kV " + (1 + i % 2) + "号母线");
                    insert.setBigDecimal(4, new java.math.BigDecimal("32." + (100000 + i * 37)));
                    insert.setBigDecimal(5, new java.math.BigDecimal("118." + (200000 + i * 53)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            sql.execute("insert into holidays values ('2026-01-01', 'New Year'), ('2026-05-01', 'Labour Day'),"
                    + " ('2026-10-01', 'National Day')");
            sql.execute("insert into payroll values ('someone', 1000)");
        });
    }

    /** {@code tables} ordinary tables of a few rows each, for scans that must be shared by replicas. */
    static void manyTables(Database database, String name, int tables) {
        database.administer("postgres", sql -> {
            sql.execute("drop database if exists " + name);
            sql.execute("create database " + name);
        });
        database.administer(name, sql -> {
            StringBuilder ddl = new StringBuilder();
            for (int i = 0; i < tables; i++) {
                ddl.append("create table readings_").append(i).append(" (at timestamp, value numeric);")
                        .append("insert into readings_").append(i).append(" values (now(), ").append(i).append(");");
            }
            ddl.append("grant usage on schema public to ").append(READER).append(";")
                    .append("grant select on all tables in schema public to ").append(READER).append(";");
            sql.execute(ddl.toString());
        });
    }

    /** A schema change: the holidays table gains a column of resident ID numbers. */
    static void addIdentifiersToHolidays(Database database, String name) {
        database.administer(name, sql -> {
            sql.execute("alter table holidays add column duty_officer_id char(18)");
            sql.execute("comment on column holidays.duty_officer_id is '值班人员身份证号'");
            try (PreparedStatement update = sql.getConnection().prepareStatement(
                    "update holidays set duty_officer_id = ? where day = ?")) {
                LocalDate[] days = {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 1)};
                for (int i = 0; i < days.length; i++) {
                    update.setString(1, residentId(900_000 + i));
                    update.setObject(2, days[i]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    private static void insertCustomers(Statement sql) throws SQLException {
        sql.getConnection().setAutoCommit(false);
        try (PreparedStatement insert = sql.getConnection().prepareStatement(
                "insert into customers values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < CUSTOMERS; i++) {
                insert.setLong(1, 3_200_000_000L + i);
                insert.setString(2, "客户" + i);
                insert.setString(3, residentId(i));
                insert.setString(4, String.format("139%08d", i));
                insert.setString(5, String.format("DB%012d", i));
                insert.addBatch();
                if (i % 10_000 == 9_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        sql.getConnection().commit();
        sql.getConnection().setAutoCommit(true);
    }

    /** The {@code n}-th of distinct valid 18-digit resident ID numbers (birth day and sequence from n). */
    static String residentId(int n) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 1000);
        String body = "320102" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }
}

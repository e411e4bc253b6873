package cn.energydata.systemtest.failover;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL primary with one synchronous streaming standby, made of Debian's PostgreSQL 15 binaries
 * ({@code apt-get install postgresql-15}, installed here when missing and possible): what CloudNativePG runs in the
 * prod overlay, on one machine. A commit is acknowledged only once the standby has it
 * ({@code synchronous_standby_names}), so a write answered before the primary dies is on the standby.
 * Runs the binaries as user {@code postgres} when this JVM runs as root, since PostgreSQL refuses root.
 */
final class ReplicatedPostgres implements AutoCloseable {

    static final String STANDBY_NAME = "standby1";
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path base;
    final int primaryPort = freePort();
    final int standbyPort = freePort();
    private final Path primary;
    private final Path standby;

    ReplicatedPostgres(Path base) {
        this.base = base;
        this.primary = base.resolve("primary");
        this.standby = base.resolve("standby");
    }

    /** The multi-host URL prefix the services use: the driver picks whichever host is primary. */
    String jdbcUrlWithoutDatabase() {
        return "jdbc:postgresql://localhost:" + primaryPort + ",localhost:" + standbyPort + "/?targetServerType=primary";
    }

    void start() throws IOException, InterruptedException, SQLException {
        ensureBinaries();
        Files.createDirectories(base);
        // PostgreSQL runs as user postgres when this JVM is root: it must reach and own its directories.
        run("chmod", "755", base.getParent().toString());
        run("chmod", "777", base.toString());
        runAsPostgres(BIN.resolve("initdb") + " -D " + primary + " -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8");
        Files.writeString(primary.resolve("postgresql.conf"), String.join("\n",
                "port = " + primaryPort,
                "listen_addresses = 'localhost'",
                "unix_socket_directories = '" + base + "'",
                "wal_level = replica",
                "max_wal_senders = 5",
                "hot_standby = on",
                "max_connections = 200",
                "synchronous_commit = on",
                "fsync = on", ""), java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(primary.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all all 127.0.0.1/32 trust",
                "host replication all 127.0.0.1/32 trust", ""));
        pgCtl(primary, "start", "-w", "-l", base.resolve("primary.log").toString());
        try (Connection c = DriverManager.getConnection(url(primaryPort, "postgres"), "postgres", "");
             Statement sql = c.createStatement()) {
            sql.execute("create role energy login createdb password 'energy'");
        }
        runAsPostgres(BIN.resolve("pg_basebackup") + " -D " + standby + " -R -X stream -d 'host=localhost port="
                + primaryPort + " user=postgres application_name=" + STANDBY_NAME + "'");
        // Once promoted it has no standby of its own: it must not wait for one (CloudNativePG adds a new replica).
        Files.writeString(standby.resolve("postgresql.auto.conf"),
                "port = " + standbyPort + "\nsynchronous_standby_names = ''\n",
                java.nio.file.StandardOpenOption.APPEND);
        pgCtl(standby, "start", "-w", "-l", base.resolve("standby.log").toString());
        // Only now: with synchronous_standby_names set and no standby, every commit would wait.
        try (Connection c = DriverManager.getConnection(url(primaryPort, "postgres"), "postgres", "");
             Statement sql = c.createStatement()) {
            sql.execute("alter system set synchronous_standby_names = '" + STANDBY_NAME + "'");
            sql.execute("select pg_reload_conf()");
        }
        awaitSynchronousStandby(Duration.ofSeconds(60));
    }

    /** {@code kill -9} of the primary's postmaster: no shutdown, no checkpoint, as when a node dies. */
    void killPrimary() throws IOException, InterruptedException {
        String pid = Files.readAllLines(primary.resolve("postmaster.pid")).get(0).trim();
        run("kill", "-9", pid);
        // The postmaster's children notice their parent is gone; wait until none accepts connections.
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && accepts(primaryPort)) {
            Thread.sleep(100);
        }
    }

    /** What an operator (or CloudNativePG) does after losing the primary: the standby becomes the primary. */
    void promoteStandby() throws IOException, InterruptedException {
        pgCtl(standby, "promote", "-w");
    }

    /** Rows of a query on the current primary (the promoted standby after a failover). */
    List<String> query(String database, String sqlText) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(standbyPort, database), "postgres", "");
             Statement sql = c.createStatement(); ResultSet result = sql.executeQuery(sqlText)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    @Override
    public void close() {
        for (Path data : List.of(standby, primary)) {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                try {
                    pgCtl(data, "stop", "-m", "immediate", "-w");
                } catch (IOException | InterruptedException | RuntimeException e) {
                    // best effort: the primary may have been killed already
                }
            }
        }
    }

    private void awaitSynchronousStandby(Duration timeout) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (Connection c = DriverManager.getConnection(url(primaryPort, "postgres"), "postgres", "");
             Statement sql = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = sql.executeQuery(
                        "select 1 from pg_stat_replication where application_name = '" + STANDBY_NAME
                                + "' and sync_state = 'sync' and state = 'streaming'")) {
                    if (rows.next()) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the standby did not become a synchronous standby within " + timeout);
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static boolean accepts(int port) {
        try (var socket = new java.net.Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void pgCtl(Path data, String... args) throws IOException, InterruptedException {
        runAsPostgres(BIN.resolve("pg_ctl") + " -D " + data + " " + String.join(" ", args));
    }

    /** Installs Debian's PostgreSQL 15 with apt when it is missing, as the browser tests install Chromium. */
    private static void ensureBinaries() throws IOException, InterruptedException {
        if (Files.isExecutable(BIN.resolve("pg_basebackup")) && Files.isExecutable(BIN.resolve("postgres"))) {
            return;
        }
        if (!isRoot()) {
            throw new IllegalStateException("PostgreSQL 15 is not installed at " + BIN
                    + "; install it with: sudo apt-get install -y postgresql-15");
        }
        run("bash", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15"
                + " && (service postgresql stop || true)");
    }

    private static void runAsPostgres(String command) throws IOException, InterruptedException {
        if (isRoot()) {
            run("runuser", "-u", "postgres", "--", "bash", "-c", command);
        } else {
            run("bash", "-c", command);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Output to a file, not a pipe: a server started by pg_ctl keeps inherited pipes open and a reader would wait forever. */
    private static void run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("replicated-postgres", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.energydata.discovery.scan.jdbc;

import cn.energydata.common.hash.Sha256;
import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.Source;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

/**
 * Read-only connections to a source: at most {@code maxConnections} open at once per source on this replica (a
 * connection is only opened when no idle one is left, so idle ones count too), read only, the statement timeout set
 * for the session, each use a transaction that is rolled back. A returned connection is kept idle for the next table
 * for at most {@value #IDLE_SECONDS} s.
 */
@ApplicationScoped
public class JdbcConnector {

    static final int IDLE_SECONDS = 60;

    /** An open connection holding one of the source's permits; closing it rolls back and hands it back. */
    public record Lease(Connection connection, Dialect dialect, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    private record Idle(Connection connection, Instant since) {
    }

    /** Connections of one source with one set of settings and credentials. */
    private record Pool(int size, Semaphore permits, Deque<Idle> idle) {
    }

    @Inject
    JdbcDrivers drivers;

    @Inject
    Clock clock;

    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    public static Dialect dialectFor(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return new MariaDbDialect();
        }
        return new Dialect();
    }

    public Lease open(Source source, Credentials credentials) {
        String url = source.spec().jdbc().url();
        int timeout = source.spec().statementTimeoutOrDefault();
        Pool pool = poolOf(source, credentials);
        pool.permits().acquireUninterruptibly();
        Dialect dialect = dialectFor(url);
        try {
            Connection connection = reuse(pool);
            if (connection == null) {
                connection = connect(url, credentials, timeout);
                try {
                    dialect.prepare(connection, timeout);
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
            }
            Connection leased = connection;
            return new Lease(leased, dialect, () -> giveBack(pool, leased));
        } catch (SQLException e) {
            pool.permits().release();
            throw JdbcErrors.connecting(e, source.location());
        } catch (RuntimeException e) {
            pool.permits().release();
            throw e;
        }
    }

    private Connection reuse(Pool pool) {
        Idle idle;
        while ((idle = pool.idle().pollFirst()) != null) {
            try {
                if (idle.connection().isValid(2)) {
                    return idle.connection();
                }
            } catch (SQLException e) {
                // broken: dropped below
            }
            closeQuietly(idle.connection());
        }
        return null;
    }

    private void giveBack(Pool pool, Connection connection) {
        try {
            connection.rollback();
            pool.idle().offerFirst(new Idle(connection, clock.instant()));
        } catch (SQLException e) {
            closeQuietly(connection);
        } finally {
            pool.permits().release();
        }
    }

    /** Closes connections idle for longer than a minute, so that a finished scan leaves none open. */
    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeIdle() {
        Instant oldest = clock.instant().minus(Duration.ofSeconds(IDLE_SECONDS));
        for (Pool pool : pools.values()) {
            for (Idle idle : pool.idle()) {
                if (idle.since().isBefore(oldest) && pool.idle().remove(idle)) {
                    closeQuietly(idle.connection());
                }
            }
        }
    }

    void closeAll(@Observes ShutdownEvent event) {
        pools.values().forEach(pool -> pool.idle().forEach(idle -> closeQuietly(idle.connection())));
    }

    private Connection connect(String url, Credentials credentials, int timeoutSeconds) throws SQLException {
        Properties properties = new Properties();
        if (credentials.username() != null) {
            properties.setProperty("user", credentials.username());
        }
        if (credentials.password() != null) {
            properties.setProperty("password", credentials.password());
        }
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", "10");
            properties.setProperty("socketTimeout", String.valueOf(timeoutSeconds + 30));
            properties.setProperty("ApplicationName", "discovery-service");
            properties.setProperty("readOnly", "true");
        } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            properties.setProperty("connectTimeout", "10000");
            properties.setProperty("socketTimeout", String.valueOf((timeoutSeconds + 30) * 1000L));
        }
        Connection connection = drivers.forUrl(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver did not take the URL", "08001");
        }
        return connection;
    }

    /** Changed settings or credentials make a new pool; the old one's idle connections close within a minute. */
    private Pool poolOf(Source source, Credentials credentials) {
        int size = source.spec().maxConnectionsOrDefault();
        String key = source.id() + ":" + Sha256.hex(source.spec().jdbc().url() + "\n" + size + "\n"
                + source.spec().statementTimeoutOrDefault() + "\n" + credentials.username() + "\n"
                + credentials.password());
        return pools.computeIfAbsent(key, k -> new Pool(size, new Semaphore(size, true), new ConcurrentLinkedDeque<>()));
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to do
        }
    }
}

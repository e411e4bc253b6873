package cn.energydata.discovery.scan.jdbc;

import cn.energydata.discovery.config.DiscoveryConfig;
import cn.energydata.discovery.service.SourceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The JDBC drivers this replica can use: PostgreSQL and MariaDB bundled, and any driver whose jar the operator put
 * into {@code discovery.drivers.directory} (Oracle, DM, KingbaseES, ...), found through its
 * {@code META-INF/services/java.sql.Driver}. DriverManager is not used: it ignores drivers of other class loaders.
 */
@ApplicationScoped
public class JdbcDrivers {

    private static final Logger LOG = Logger.getLogger(JdbcDrivers.class);

    private final List<Driver> drivers;
    private final List<Driver> fromDirectory = new ArrayList<>();

    @Inject
    public JdbcDrivers(DiscoveryConfig config) {
        this(config.drivers().directory().orElse(null));
    }

    JdbcDrivers(Path directory) {
        List<Driver> found = new ArrayList<>();
        ServiceLoader.load(Driver.class, JdbcDrivers.class.getClassLoader()).forEach(found::add);
        if (directory != null && Files.isDirectory(directory)) {
            // The platform class loader as parent: an operator's jar sees java.sql but none of this service's classes.
            ClassLoader loader = new URLClassLoader(jars(directory), ClassLoader.getPlatformClassLoader());
            ServiceLoader.load(Driver.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader)
                    .forEach(p -> {
                        fromDirectory.add(p.get());
                        LOG.infof("JDBC driver %s loaded from %s", p.type().getName(), directory);
                    });
        }
        found.addAll(fromDirectory);
        this.drivers = List.copyOf(found);
    }

    /** The driver that takes the URL; fails the scan with a clear error when none does. */
    public Driver forUrl(String url) {
        for (Driver driver : drivers) {
            try {
                if (driver.acceptsURL(url)) {
                    return driver;
                }
            } catch (SQLException e) {
                // a driver that cannot tell: try the next
            }
        }
        throw new SourceUnavailableException("no-driver", "no JDBC driver takes URLs like '"
                + url.substring(0, Math.min(url.length(), url.indexOf(':', 5) + 1)) + "': put the driver's jar into "
                + "discovery.drivers.directory");
    }

    /** The drivers loaded from the driver directory. */
    public List<Driver> fromDirectory() {
        return List.copyOf(fromDirectory);
    }

    private static URL[] jars(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().map(JdbcDrivers::url).toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the driver directory " + directory, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}

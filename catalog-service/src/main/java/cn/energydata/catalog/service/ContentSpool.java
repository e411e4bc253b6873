package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.common.hash.Sha256;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Uploads waiting for the classifier. The catalog never keeps content otherwise: a spooled file is deleted as
 * soon as it is graded. The directory is bounded: when full, the upload is refused (503) rather than lost.
 */
@ApplicationScoped
public class ContentSpool {

    private static final Logger LOG = Logger.getLogger(ContentSpool.class);

    @Inject
    CatalogConfig config;

    public record Facts(String sha256, long size) {
    }

    public static Facts facts(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.digest())) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Facts(HexFormat.of().formatHex(in.getMessageDigest().digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized Path keep(Path upload, UUID assetId) {
        try {
            Path dir = Files.createDirectories(config.spool().dir());
            long size = Files.size(upload);
            if (used(dir) + size > config.spool().maxBytes()) {
                throw new ProblemException(503, "spool-full", "Service unavailable",
                        "The classifier is unreachable and the waiting area for uploads is full. Retry later.");
            }
            Path target = dir.resolve(assetId + "-" + UUID.randomUUID());
            Files.copy(upload, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            LOG.warnf("Could not delete spooled upload %s: %s", path, e.getMessage());
        }
    }

    private static long used(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.common.hash.Sha256;
import cn.energydata.common.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Uploads waiting for the classifier (issue 17 item 6). The catalog never keeps content otherwise: a spooled file is
 * deleted as soon as it is graded, refused, or older than {@code catalog.spool.max-age}. Files are encrypted
 * (Tink's streaming AEAD, {@link SpoolCipher}, key {@code catalog.spool.key}) and named by their asset; the asset row holds the
 * name, so with a directory shared by all replicas (a ReadWriteMany volume) any replica grades any spooled upload,
 * the one that claimed the asset row for grading. The directory is bounded: when full, an upload is refused (503)
 * rather than lost.
 */
@ApplicationScoped
public class ContentSpool {

    private static final Logger LOG = Logger.getLogger(ContentSpool.class);
    /** Files being written carry this prefix until complete; a replica killed mid-write leaves one for the sweep. */
    private static final String PARTIAL = ".partial-";

    @Inject
    CatalogConfig config;

    private volatile SpoolCipher cipher;

    /** The spool key is checked at start: a missing or malformed key stops the service, not the first outage. */
    void checkKey(@Observes StartupEvent start) {
        cipher();
    }

    public record Facts(String sha256, long size) {
    }

    /** A spooled upload that is gone or cannot be decrypted: it can never be graded. */
    public static class UnreadableException extends RuntimeException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Facts facts(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.digest())) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Facts(HexFormat.of().formatHex(in.getMessageDigest().digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encrypts the upload into the spool, or refuses it (503 {@code spool-full}) when it does not fit.
     *
     * @return the spool file's name, to keep on the asset
     */
    public synchronized String keep(Path upload, UUID assetId) {
        try {
            Path dir = Files.createDirectories(config.spool().dir());
            long size = Files.size(upload);
            if (used(dir) + SpoolCipher.encryptedSize(size) > config.spool().maxBytes()) {
                throw new ProblemException(503, "spool-full", "Service unavailable",
                        "The classifier is unreachable and the waiting area for uploads is full. Retry later.");
            }
            String name = assetId + "-" + UUID.randomUUID();
            Path partial = dir.resolve(PARTIAL + name);
            try (InputStream in = Files.newInputStream(upload); OutputStream out = Files.newOutputStream(partial)) {
                cipher().encrypt(in, size, name, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            move(partial, dir.resolve(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decrypts a spooled upload into a private temporary file (local to this replica, outside the spool), which the
     * caller deletes as soon as the classifier has read it.
     */
    public Path decrypted(String name) {
        Path file = path(name);
        Path plain = null;
        try {
            plain = Files.createTempFile("catalog-grading-", ".tmp");
            try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(plain)) {
                if (isFromEarlierRelease(name)) {
                    in.transferTo(out);
                } else {
                    cipher().decrypt(in, file.getFileName().toString(), out);
                }
            }
            return plain;
        } catch (IOException e) {
            deleteQuietly(plain);
            throw new UnreadableException(e instanceof NoSuchFileException ? "spooled upload missing"
                    : "spooled upload unreadable: " + e.getMessage(), e);
        }
    }

    /** Deletes a spooled upload by the name the asset holds (earlier releases held the whole path). */
    public void delete(String name) {
        if (name != null) {
            deleteQuietly(path(name));
        }
    }

    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", file.getFileName(), e.getMessage());
        }
    }

    /**
     * Deletes files no asset refers to (a replica died between writing a file and recording it, or while writing it),
     * once they are older than {@code grace}, so that a file being recorded right now is left alone.
     *
     * @return how many were deleted
     */
    public int sweep(Predicate<String> referenced, Duration grace, Instant now) {
        Path dir = config.spool().dir();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        FileTime before = FileTime.from(now.minus(grace));
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (lastModified(file).compareTo(before) < 0 && (name.startsWith(PARTIAL) || !referenced.test(name))) {
                    deleteQuietly(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.warnf("Could not sweep the spool: %s", e.getMessage());
        }
        return deleted;
    }

    /** Names of the spooled files, for tests and the sweep. */
    public List<String> names() {
        Path dir = config.spool().dir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Releases before the encryption recorded the file's whole path and wrote it in the clear; such an upload (spooled
     * by an older replica, e.g. during a rolling upgrade) is graded as it is. This release records only names.
     */
    static boolean isFromEarlierRelease(String name) {
        return Path.of(name).isAbsolute();
    }

    /** Where a spooled upload lies: its name in the spool directory (or the path an earlier release recorded). */
    Path path(String name) {
        Path recorded = Path.of(name);
        return recorded.isAbsolute() ? recorded : config.spool().dir().resolve(recorded.getFileName());
    }

    private SpoolCipher cipher() {
        if (cipher == null) {
            cipher = new SpoolCipher(config.spool().key());
        }
        return cipher;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.from(Instant.MAX);
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

package cn.energydata.discovery.scan.objects;

import cn.energydata.discovery.service.SourceUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A mounted file system: regular files under the root (symbolic links are not followed). */
public class FilesystemObjectStore implements ObjectStore {

    private final Path root;

    public FilesystemObjectStore(String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public List<StoredObject> list(int max) {
        if (!Files.isDirectory(root)) {
            throw new SourceUnavailableException("unreachable", "the directory " + root + " is not mounted or not readable");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().limit(max)
                    .map(this::stat).flatMap(Optional::stream).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SourceUnavailableException("unreadable", "the directory " + root + " could not be listed");
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(resolve(key), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new StoredObject(key, attributes.size(), null, attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] readFirst(String key, long bytes) {
        try (InputStream in = Files.newInputStream(resolve(key))) {
            return in.readNBytes((int) Math.min(bytes, Integer.MAX_VALUE - 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a key, never outside the root. */
    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("outside the source's root: " + key);
        }
        return file;
    }

    @Override
    public void close() {
        // nothing held open
    }
}

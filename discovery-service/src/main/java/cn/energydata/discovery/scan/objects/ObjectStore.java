package cn.energydata.discovery.scan.objects;

import java.util.List;
import java.util.Optional;

/** A place holding objects: an S3 bucket (under a prefix) or a mounted directory. Closing frees its clients. */
public interface ObjectStore extends AutoCloseable {

    /** At most {@code max} objects, in key order. Fails with SourceUnavailableException when unreachable. */
    List<StoredObject> list(int max);

    /** The object now; empty when it was deleted after the listing. */
    Optional<StoredObject> stat(String key);

    /** The first {@code bytes} bytes of the object (a ranged read: never more). */
    byte[] readFirst(String key, long bytes);

    @Override
    void close();
}

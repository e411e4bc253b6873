package cn.energydata.discovery.scan.objects;

import java.time.Instant;

/** An object or file as listed: its key (path under the root or prefix), size, ETag (S3) and modification time. */
public record StoredObject(String key, long size, String etag, Instant modified) {

    /** What an incremental rescan compares: the ETag where there is one, else modification time and size. */
    public String fingerprint() {
        return etag != null ? "etag:" + etag : "mtime:" + modified + ":" + size;
    }
}

package cn.energydata.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets a production deployment takes from Kubernetes Secrets (the catalog's spool key, the discovery service's
 * credentials key): the local stack generates each once, 256 random bits, and keeps it in its home so that a restart
 * can still read what was encrypted before.
 */
final class StackKeys {

    private StackKeys() {
    }

    /** The base64 key stored under {@code name}, created on first use (readable by the owner only). */
    static String key(StackConfig config, String name) {
        Path file = config.keys().resolve(name + ".key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(config.keys());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the home directory's own permissions protect it
                }
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new StackException("Could not create or read the key " + file + ": " + e.getMessage(), e);
        }
    }
}

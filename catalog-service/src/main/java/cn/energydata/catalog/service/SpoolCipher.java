package cn.energydata.catalog.service;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.util.SecretBytes;

import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Encryption of spooled uploads with Tink's streaming AEAD, AES256_GCM_HKDF_1MB: per file a fresh salt and a key
 * derived from {@code catalog.spool.key} (HKDF-SHA256), then 1 MiB segments sealed with AES-256-GCM, so neither
 * writing nor reading holds a whole upload in memory. The file's name is the associated data: changing, reordering,
 * truncating or renaming a file makes it unreadable.
 */
final class SpoolCipher {

    /** One ciphertext segment (Tink's {@code AES256_GCM_HKDF_1MB}); the first also carries Tink's header. */
    static final int SEGMENT = 1024 * 1024;
    /** Tink's header: its length (1 byte), the salt (as long as the key, 32) and the nonce prefix (7). */
    static final int HEADER = 1 + 32 + 7;
    static final int TAG = 16;

    private final StreamingAead aead;

    /** @param base64Key 256 bits, base64 ({@code catalog.spool.key}) */
    SpoolCipher(String base64Key) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("catalog.spool.key is not base64");
        }
        if (decoded.length != 32) {
            throw new IllegalStateException("catalog.spool.key must be 256 bits (32 bytes, base64), not "
                    + decoded.length * 8);
        }
        try {
            this.aead = streamingAead(decoded);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("catalog.spool.key cannot be used: " + e.getMessage(), e);
        }
    }

    /** A keyset of the one key imported from the raw key material (the Secret holds raw bytes, not a Tink keyset). */
    private static StreamingAead streamingAead(byte[] keyMaterial) throws GeneralSecurityException {
        StreamingAeadConfig.register();
        AesGcmHkdfStreamingParameters parameters = AesGcmHkdfStreamingParameters.builder()
                .setKeySizeBytes(32)
                .setDerivedAesGcmKeySizeBytes(32)
                .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                .setCiphertextSegmentSizeBytes(SEGMENT)
                .build();
        AesGcmHkdfStreamingKey key = AesGcmHkdfStreamingKey.create(parameters,
                SecretBytes.copyFrom(keyMaterial, InsecureSecretKeyAccess.get()));
        KeysetHandle keyset = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
                .build();
        return keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }

    /** At most the encrypted size of {@code plainSize} bytes (for the spool's size limit). */
    static long encryptedSize(long plainSize) {
        long segments = 1 + (plainSize + HEADER) / (SEGMENT - TAG);
        return HEADER + plainSize + segments * TAG;
    }

    /** Encrypts {@code plainSize} bytes of {@code in} for the spool file {@code name}. */
    void encrypt(InputStream in, long plainSize, String name, OutputStream out) throws IOException {
        try (OutputStream sealed = aead.newEncryptingStream(nonClosing(out), associatedData(name))) {
            long copied = in.transferTo(sealed);
            if (copied != plainSize) {
                throw new EOFException("upload of " + copied + " bytes, expected " + plainSize);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("spool file cannot be encrypted", e);
        }
    }

    /**
     * Decrypts the spool file {@code name}.
     *
     * @throws IOException also when the file was changed, truncated, renamed or is not a spool file of this key
     */
    void decrypt(InputStream in, String name, OutputStream out) throws IOException {
        try (InputStream plain = aead.newDecryptingStream(in, associatedData(name))) {
            plain.transferTo(out);
        } catch (GeneralSecurityException e) {
            throw new IOException("spool file cannot be decrypted (changed, truncated or another key)", e);
        }
    }

    private static byte[] associatedData(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    /** Closing Tink's stream writes the last segment; the caller closes the file. */
    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}

package cn.energydata.catalog.service;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * AES-256-GCM for spooled uploads, in segments so that neither writing nor reading holds a whole upload in memory
 * (the JDK's GCM decryption keeps everything until the tag is checked). The layout follows the STREAM construction
 * (as in Tink's streaming AEAD): a file key derived from the spool key and a random salt (HMAC-SHA256), then 64 KiB
 * segments, each sealed with the nonce (segment number, last-segment flag) and the file's name as associated data.
 * Changing, reordering, truncating or renaming a file makes it unreadable.
 * <pre>  "EDS1" | salt (16) | segment 0 (≤ 64 KiB + 16-byte tag) | segment 1 | …</pre>
 */
final class SpoolCipher {

    private static final byte[] MAGIC = "EDS1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    static final int HEADER = MAGIC.length + SALT;
    static final int SEGMENT = 64 * 1024;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

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
        this.key = decoded;
    }

    /** The encrypted size of {@code plainSize} bytes. */
    static long encryptedSize(long plainSize) {
        long segments = Math.max(1, (plainSize + SEGMENT - 1) / SEGMENT);
        return HEADER + plainSize + segments * TAG;
    }

    /** Encrypts {@code plainSize} bytes of {@code in} for the spool file {@code name}. */
    void encrypt(InputStream in, long plainSize, String name, OutputStream out) throws IOException {
        byte[] salt = new byte[SALT];
        RANDOM.nextBytes(salt);
        out.write(MAGIC);
        out.write(salt);
        SecretKeySpec fileKey = fileKey(salt);
        long segments = Math.max(1, (plainSize + SEGMENT - 1) / SEGMENT);
        byte[] plain = new byte[SEGMENT];
        for (long i = 0; i < segments; i++) {
            int length = (int) Math.min(SEGMENT, plainSize - i * SEGMENT);
            readFully(in, plain, length);
            out.write(seal(Cipher.ENCRYPT_MODE, fileKey, i, i == segments - 1, name, plain, length));
        }
    }

    /**
     * Decrypts the spool file {@code name} of {@code encryptedSize} bytes.
     *
     * @throws IOException also when the file was changed, truncated or is not a spool file of this key
     */
    void decrypt(InputStream in, long encryptedSize, String name, OutputStream out) throws IOException {
        byte[] header = new byte[HEADER];
        if (encryptedSize < HEADER + TAG) {
            throw new IOException("not a spool file");
        }
        readFully(in, header, HEADER);
        if (!Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new IOException("not a spool file");
        }
        SecretKeySpec fileKey = fileKey(Arrays.copyOfRange(header, MAGIC.length, HEADER));
        long body = encryptedSize - HEADER;
        long segments = (body + SEGMENT + TAG - 1) / (SEGMENT + TAG);
        byte[] sealed = new byte[SEGMENT + TAG];
        for (long i = 0; i < segments; i++) {
            int length = (int) Math.min(SEGMENT + TAG, body - i * (SEGMENT + TAG));
            if (length < TAG) {
                throw new IOException("spool file truncated");
            }
            readFully(in, sealed, length);
            out.write(seal(Cipher.DECRYPT_MODE, fileKey, i, i == segments - 1, name, sealed, length));
        }
    }

    private static byte[] seal(int mode, SecretKeySpec fileKey, long segment, boolean last, String name, byte[] data,
                               int length) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).putInt(3, (int) segment).put(11, (byte) (last ? 1 : 0)).array();
            cipher.init(mode, fileKey, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IOException("spool file cannot be decrypted (changed, truncated or another key)", e);
        }
    }

    private SecretKeySpec fileKey(byte[] salt) throws IOException {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new SecretKeySpec(hmac.doFinal(salt), "AES");
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void readFully(InputStream in, byte[] buffer, int length) throws IOException {
        int read = in.readNBytes(buffer, 0, length);
        if (read != length) {
            throw new EOFException("spool file shorter than expected");
        }
    }
}

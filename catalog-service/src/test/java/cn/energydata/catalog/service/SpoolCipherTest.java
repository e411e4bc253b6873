package cn.energydata.catalog.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spool's encryption on its own: round trips, and every change to a file makes it unreadable. */
class SpoolCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final SpoolCipher CIPHER = new SpoolCipher(KEY);
    private static final String NAME = "3f1c-asset-file";

    private static byte[] plain(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return data;
    }

    private static byte[] encrypt(byte[] plain, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CIPHER.encrypt(new ByteArrayInputStream(plain), plain.length, name, out);
        return out.toByteArray();
    }

    private static byte[] decrypt(SpoolCipher cipher, byte[] sealed, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cipher.decrypt(new ByteArrayInputStream(sealed), name, out);
        return out.toByteArray();
    }

    @Test
    void roundTripsAcrossSegmentBoundaries() throws IOException {
        for (int size : new int[]{0, 1, SpoolCipher.SEGMENT - 1, SpoolCipher.SEGMENT, SpoolCipher.SEGMENT + 1,
                3 * SpoolCipher.SEGMENT + 17}) {
            byte[] plain = plain(size);
            byte[] sealed = encrypt(plain, NAME);
            assertTrue(sealed.length <= SpoolCipher.encryptedSize(size), "size " + size);
            assertTrue(sealed.length >= size + SpoolCipher.HEADER + SpoolCipher.TAG, "size " + size);
            assertArrayEquals(plain, decrypt(CIPHER, sealed, NAME), "size " + size);
        }
    }

    @Test
    void theSameContentEncryptsDifferentlyEachTime() throws IOException {
        byte[] plain = "身份证号 320102198506120034".getBytes();
        byte[] a = encrypt(plain, NAME);
        assertFalse(Arrays.equals(a, encrypt(plain, NAME)), "a fresh salt and nonce prefix per file");
    }

    @Test
    void aChangedTruncatedRenamedOrForeignFileIsUnreadable() throws IOException {
        byte[] sealed = encrypt(plain(2 * SpoolCipher.SEGMENT + 5), NAME);

        byte[] changed = sealed.clone();
        changed[SpoolCipher.HEADER + 100] ^= 1;
        assertThrows(IOException.class, () -> decrypt(CIPHER, changed, NAME));

        byte[] lastSegmentDropped = Arrays.copyOf(sealed, 2 * SpoolCipher.SEGMENT);
        assertThrows(IOException.class, () -> decrypt(CIPHER, lastSegmentDropped, NAME));

        assertThrows(IOException.class, () -> decrypt(CIPHER, sealed, "another-asset-file"));

        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThrows(IOException.class, () -> decrypt(new SpoolCipher(Base64.getEncoder().encodeToString(otherKey)),
                sealed, NAME));

        assertThrows(IOException.class, () -> decrypt(CIPHER, "plain text, not a spool file".getBytes(), NAME));
        assertThrows(IOException.class, () -> decrypt(CIPHER, new byte[0], NAME));
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThrows(IllegalStateException.class, () -> new SpoolCipher(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> new SpoolCipher("not base64 !"));
    }
}

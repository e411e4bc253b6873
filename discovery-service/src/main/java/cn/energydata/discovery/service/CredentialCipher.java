package cn.energydata.discovery.service;

import cn.energydata.discovery.config.DiscoveryConfig;
import cn.energydata.discovery.domain.Credentials;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Encrypts a source's credentials with AES-256-GCM under {@code discovery.credentials.key}: a random 12-byte nonce
 * followed by the ciphertext and tag. The source id is the associated data, so a ciphertext copied to another
 * source does not decrypt.
 */
@ApplicationScoped
public class CredentialCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    ObjectMapper json;

    @Inject
    public CredentialCipher(DiscoveryConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.credentials().key().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("discovery.credentials.key is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("discovery.credentials.key must be 256 bits (base64 of 32 bytes), is "
                    + raw.length * 8);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public byte[] encrypt(UUID sourceId, Credentials credentials) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sourceId.toString().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(credentials));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Could not encrypt the credentials", e);
        }
    }

    public Credentials decrypt(UUID sourceId, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(sourceId.toString().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return json.readValue(plain, Credentials.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("The stored credentials do not decrypt with discovery.credentials.key "
                    + "(was the key changed?)");
        }
    }
}

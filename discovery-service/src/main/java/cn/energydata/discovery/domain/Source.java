package cn.energydata.discovery.domain;

import java.time.Instant;
import java.util.UUID;

/** A registered data source of an organisation. The credentials are ciphertext or a Secret's name, never values. */
public record Source(UUID id, String organisation, String name, SourceKind kind, SourceSpec spec,
                     CredentialsMode credentialsMode, byte[] credentialsCipher, String credentialsRef,
                     String registeredBy, Instant createdAt, Instant updatedAt) {

    public String location() {
        return spec.location(kind);
    }
}

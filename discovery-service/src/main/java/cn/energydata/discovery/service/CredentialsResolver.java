package cn.energydata.discovery.service;

import cn.energydata.discovery.config.DiscoveryConfig;
import cn.energydata.discovery.domain.Credentials;
import cn.energydata.discovery.domain.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The credentials to reach a source at scan time: decrypted, or read from the mounted Secret it names. */
@ApplicationScoped
public class CredentialsResolver {

    @Inject
    CredentialCipher cipher;

    @Inject
    DiscoveryConfig config;

    public Credentials resolve(Source source) {
        return switch (source.credentialsMode()) {
            case STORED -> cipher.decrypt(source.id(), source.credentialsCipher());
            case REFERENCED -> fromSecret(source.credentialsRef());
            case NONE -> Credentials.NONE;
        };
    }

    private Credentials fromSecret(String ref) {
        Path directory = config.credentials().directory()
                .orElseThrow(() -> new SourceUnavailableException("credentials-missing",
                        "discovery.credentials.directory is not set, so the Secret '" + ref + "' cannot be read"))
                .resolve(ref);
        return new Credentials(read(directory, "username", ref), read(directory, "password", ref));
    }

    private static String read(Path directory, String file, String ref) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new SourceUnavailableException("credentials-missing",
                    "the mounted Secret '" + ref + "' has no readable file '" + file + "'");
        }
    }
}

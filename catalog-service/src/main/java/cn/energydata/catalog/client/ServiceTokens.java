package cn.energydata.catalog.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * The catalog's own client-credentials token, for background grading where no user is present. Acquired
 * lazily (the service must start while Keycloak is down) and reused until it expires.
 */
@ApplicationScoped
public class ServiceTokens {

    @Inject
    OidcClient oidcClient;

    private Tokens tokens;

    public synchronized String accessToken() {
        try {
            if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
                tokens = oidcClient.getTokens().await().atMost(Duration.ofSeconds(10));
            }
            return tokens.getAccessToken();
        } catch (RuntimeException e) {
            tokens = null;
            throw new ClassifierUnavailableException("no service token: " + e.getClass().getSimpleName(), e);
        }
    }
}

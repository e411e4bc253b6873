package cn.energydata.load;

import java.util.Map;
import java.util.Set;

/**
 * A demo user's access token from Keycloak (password grant on the public client energy-cli, password = user
 * name), fetched again a minute before it expires (the realm's access tokens last 5 minutes).
 */
public final class TokenSource {

    private static final long REFRESH_MARGIN_NANOS = 60_000_000_000L;

    private final Http http;
    private final EndpointStats stats;
    private final String tokenUrl;
    private final String user;
    private String accessToken;
    private long refreshAtNanos;

    public TokenSource(Http http, EndpointStats stats, String issuer, String user) {
        this.http = http;
        this.stats = stats;
        this.tokenUrl = issuer + "/protocol/openid-connect/token";
        this.user = user;
    }

    public String user() {
        return user;
    }

    /** The current token; throws if Keycloak does not give one (the failed call is recorded as an error). */
    public synchronized String token() {
        if (accessToken == null || System.nanoTime() >= refreshAtNanos) {
            fetch();
        }
        return accessToken;
    }

    private void fetch() {
        Http.Answer answer = http.send(stats, Http.request(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form(Map.of("grant_type", "password", "client_id", "energy-cli",
                        "username", user, "password", user)))
                .build(), 0, 200, Set.of());
        if (answer == null || answer.json() == null || !answer.json().hasNonNull("access_token")) {
            throw new IllegalStateException("No token for " + user);
        }
        accessToken = answer.json().get("access_token").asText();
        long lifetimeNanos = answer.json().path("expires_in").asLong(300) * 1_000_000_000L;
        refreshAtNanos = System.nanoTime() + Math.max(lifetimeNanos - REFRESH_MARGIN_NANOS, lifetimeNanos / 2);
    }
}

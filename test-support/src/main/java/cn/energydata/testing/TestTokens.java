package cn.energydata.testing;

import io.smallrye.jwt.build.Jwt;

import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like the energy realm's (preferred_username, org, realm_access.roles), signed with the
 * key of quarkus-test-oidc-server's wiremock so component tests exercise the real token verification.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String user(String username, String org, String... roles) {
        var builder = Jwt.preferredUserName(username)
                .subject(username)
                .issuer(ISSUER)
                .claim("azp", "energy-cli")
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (org != null) {
            builder.claim("org", org);
        }
        return builder.sign();
    }

    /** A client-credentials token of a service account such as {@code catalog-service}. */
    public static String service(String clientId, String... roles) {
        return Jwt.preferredUserName("service-account-" + clientId)
                .subject("service-account-" + clientId)
                .issuer(ISSUER)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .sign();
    }
}

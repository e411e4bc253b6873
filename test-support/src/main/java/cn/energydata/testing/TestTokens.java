package cn.energydata.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access tokens shaped like the energy realm's (preferred_username, org, realm_access.roles, {@code typ} Bearer and
 * the audiences the realm's audience mappers add), signed with the key of quarkus-test-oidc-server's wiremock so
 * component tests exercise the real token verification, including the audience and token-type checks (issue 17).
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    /** The services a user's token may be forwarded to: the CLI's and the console's tokens carry all three. */
    public static final Set<String> ALL_SERVICES = Set.of("classifier-service", "catalog-service", "policy-service",
            "discovery-service");

    private TestTokens() {
    }

    public static String user(String username, String org, String... roles) {
        return userClaims(username, org, roles).audience(ALL_SERVICES).sign();
    }

    /** A user's access token that names only the given audience, e.g. one issued for another application. */
    public static String userForAudience(String audience, String username, String org, String... roles) {
        return userClaims(username, org, roles).audience(audience).sign();
    }

    /** An ID token of the same user: signed by the same realm, but not an access token ({@code typ} ID). */
    public static String idToken(String username, String org, String... roles) {
        return userClaims(username, org, roles).audience(ALL_SERVICES).claim("typ", "ID").sign();
    }

    /** A client-credentials token of a service account such as {@code catalog-service}. */
    public static String service(String clientId, String... roles) {
        return Jwt.preferredUserName("service-account-" + clientId)
                .subject("service-account-" + clientId)
                .issuer(ISSUER)
                .audience(ALL_SERVICES)
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .sign();
    }

    private static JwtClaimsBuilder userClaims(String username, String org, String... roles) {
        var builder = Jwt.preferredUserName(username)
                .subject(username)
                .issuer(ISSUER)
                .claim("typ", "Bearer")
                .claim("azp", "energy-cli")
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (org != null) {
            builder.claim("org", org);
        }
        return builder;
    }
}

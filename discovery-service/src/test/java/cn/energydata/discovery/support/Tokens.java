package cn.energydata.discovery.support;

import cn.energydata.testing.TestTokens;
import io.smallrye.jwt.build.Jwt;

import java.util.List;
import java.util.Map;

/**
 * Access tokens issued for this service (the realm's console and CLI tokens carry audience discovery-service; the
 * shared {@link TestTokens#ALL_SERVICES} does not name it yet).
 */
public final class Tokens {

    public static final String AUDIENCE = "discovery-service";

    private Tokens() {
    }

    public static String user(String username, String org, String... roles) {
        return TestTokens.userForAudience(AUDIENCE, username, org, roles);
    }

    /** An ID token for this audience: signed by the realm, but {@code typ} ID. */
    public static String idToken(String username, String org, String... roles) {
        return Jwt.preferredUserName(username).subject(username).issuer(TestTokens.ISSUER).audience(AUDIENCE)
                .claim("typ", "ID").claim("azp", "energy-cli").claim("org", org)
                .claim("realm_access", Map.of("roles", List.of(roles))).sign();
    }
}

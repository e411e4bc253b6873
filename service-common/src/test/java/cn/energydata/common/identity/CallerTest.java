package cn.energydata.common.identity;

import cn.energydata.common.problem.ProblemException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens of the realm without the product's claims give 401/403, never a NullPointerException (issue 17). */
class CallerTest {

    private static Caller caller(Map<String, Object> claims, String... roles) {
        Caller caller = new Caller();
        Object principal = claims.getOrDefault("preferred_username", claims.get("sub"));
        caller.identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal instanceof String s ? s : null))
                .addRoles(Set.of(roles))
                .build();
        caller.token = new Token(claims);
        return caller;
    }

    @Test
    void aPersonWithNameAndOrganisation() {
        Caller alice = caller(Map.of("preferred_username", "alice", "org", "east-grid", "azp", "energy-cli"),
                "data-registrant", "offline_access");
        assertEquals("alice", alice.username());
        assertEquals(Optional.of("east-grid"), alice.organisation());
        assertEquals(Set.of("data-registrant"), alice.roles());
        assertEquals(Optional.of("energy-cli"), alice.clientId());
        assertFalse(alice.isServiceAccount());
    }

    @Test
    void aServiceAccountHasNoOrganisation() {
        Caller service = caller(Map.of("preferred_username", "service-account-catalog-service", "azp",
                "catalog-service"), "internal-service");
        assertTrue(service.isServiceAccount());
        assertEquals(Optional.empty(), service.organisation());
    }

    /** A password grant through admin-cli: no preferred_username (and here not even a subject). */
    @Test
    void aTokenWithoutUserNameIsUnauthorised() {
        Caller nameless = caller(Map.of("azp", "admin-cli"), "data-registrant");
        assertThrows(AuthenticationFailedException.class, nameless::username);
        assertThrows(AuthenticationFailedException.class, nameless::isServiceAccount);
        assertThrows(AuthenticationFailedException.class, nameless::organisation);
    }

    /** The principal falls back to {@code sub}; the product's user name is preferred_username all the same. */
    @Test
    void aSubjectIsNotAUserName() {
        Caller subjectOnly = caller(Map.of("sub", "0b6f4c2e-uuid", "org", "east-grid"), "auditor");
        assertThrows(AuthenticationFailedException.class, subjectOnly::username);
    }

    @Test
    void aPersonWithoutOrganisationIsForbiddenWhenItIsAskedFor() {
        Caller orgless = caller(Map.of("preferred_username", "alice"), "auditor");
        assertEquals("alice", orgless.username());
        ProblemException refused = assertThrows(ProblemException.class, orgless::organisation);
        assertEquals(403, refused.status());
    }

    @Test
    void claimsOfTheWrongShapeCountAsAbsent() {
        Caller listed = caller(Map.of("preferred_username", "alice", "org", List.of("east-grid", "north-oil")),
                "auditor");
        assertEquals(403, assertThrows(ProblemException.class, listed::organisation).status());
        Caller blank = caller(Map.of("preferred_username", " ", "org", "east-grid"), "auditor");
        assertThrows(AuthenticationFailedException.class, blank::username);
    }

    @Test
    void anonymousCallersHaveNeither() {
        Caller anonymous = new Caller();
        anonymous.identity = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        anonymous.token = new Token(Map.of());
        assertEquals("anonymous", anonymous.username());
        assertEquals(Optional.empty(), anonymous.organisation());
    }

    private record Token(Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return (String) claims.get("preferred_username");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}

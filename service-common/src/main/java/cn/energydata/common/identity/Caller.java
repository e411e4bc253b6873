package cn.energydata.common.identity;

import cn.energydata.common.problem.ProblemException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling: user name ({@code preferred_username}), organisation (the {@code org} claim) and product roles,
 * read from the verified bearer token. Services take the organisation from here, never from a request body.
 * <p>
 * A token of the realm may lack these claims when it was issued to a client without the product's mappers (e.g. a
 * password grant through {@code admin-cli}): without a user name it is refused with 401, a person's token without an
 * organisation with 403 as soon as the organisation is asked for (issue 17) — never a 500.
 */
@RequestScoped
public class Caller {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The user name; 401 when an authenticated token carries none. */
    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return stringClaim("preferred_username").orElseThrow(() -> new AuthenticationFailedException(
                "The token carries no user name (preferred_username): not an access token of the product's clients"));
    }

    /**
     * The caller's organisation; empty for service accounts, which act across organisations. A person's token
     * without one is refused (403): every person of the realm belongs to an organisation.
     */
    public Optional<String> organisation() {
        Optional<String> org = stringClaim("org");
        if (org.isEmpty() && !identity.isAnonymous() && !isServiceAccount()) {
            throw ProblemException.forbidden("Your token carries no organisation (org claim); "
                    + "ask for a token through the product's own clients.");
        }
        return org;
    }

    /** The product roles the caller holds (Keycloak's built-in roles left out). */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isServiceAccount() {
        return username().startsWith(SERVICE_ACCOUNT_PREFIX);
    }

    /** The OAuth client the token was issued to ({@code azp}). */
    public Optional<String> clientId() {
        return stringClaim("azp");
    }

    /** A claim that is a non-blank string; anything else (absent, a list, a number) counts as absent. */
    private Optional<String> stringClaim(String name) {
        Object value = token.getClaim(name);
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}

package cn.energydata.common.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling: user name, organisation (the {@code org} claim) and product roles, read from the verified
 * bearer token. Services take the organisation from here, never from a request body.
 */
@RequestScoped
public class Caller {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller's organisation; empty for service accounts, which act across organisations. */
    public Optional<String> organisation() {
        return Optional.ofNullable(token.<String>getClaim("org")).filter(org -> !org.isBlank());
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
        return Optional.ofNullable(token.<String>getClaim("azp"));
    }
}

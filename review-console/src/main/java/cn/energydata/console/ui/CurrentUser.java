package cn.energydata.console.ui;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

import io.vertx.core.json.JsonObject;

/**
 * The logged-in person as the pages need it: name, organisation (the {@code org} claim) and what the roles allow.
 * The flags only decide what a page shows; catalog-service and policy-service enforce the same rules again.
 */
@RequestScoped
@Named("user")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The {@code org} claim of the ID token, or of the access token when the ID token lacks it. */
    public String getOrganisation() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("org") != null) {
            return String.valueOf((Object) jwt.getClaim("org"));
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access != null && access.getToken() != null) {
            String org = claim(access.getToken(), "org");
            if (org != null) {
                return org;
            }
        }
        return "";
    }

    public List<String> getRoles() {
        return List.copyOf(new TreeSet<>(identity.getRoles()));
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isRegistrant() {
        return has(Roles.DATA_REGISTRANT);
    }

    public boolean isReviewer() {
        return has(Roles.SECURITY_REVIEWER);
    }

    public boolean isAdmin() {
        return has(Roles.SECURITY_ADMIN);
    }

    public boolean isAuditor() {
        return has(Roles.AUDITOR);
    }

    /** May register assets and upload content (catalog: data-registrant, security-admin). */
    public boolean isMayRegister() {
        return isRegistrant() || isAdmin();
    }

    /** May read assets (catalog: every product role). */
    public boolean isMayRead() {
        return isRegistrant() || isReviewer() || isAdmin() || isAuditor();
    }

    /** May see the review queue (catalog: security-reviewer, security-admin). */
    public boolean isMaySeeQueue() {
        return isReviewer() || isAdmin();
    }

    /** May confirm, override, second-review and decide proposals (catalog: security-reviewer only). */
    public boolean isMayReview() {
        return isReviewer();
    }

    /** May see obligations, the audit chain and the decision log (security-admin, auditor). */
    public boolean isMayAudit() {
        return isAdmin() || isAuditor();
    }

    /** May read data sources and scans (discovery: security-admin, security-reviewer, auditor). */
    public boolean isMaySeeDiscovery() {
        return isAdmin() || isReviewer() || isAuditor();
    }

    private static String claim(String jwt, String name) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            Object value = payload.getValue(name);
            return value == null ? null : value.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

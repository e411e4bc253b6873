package cn.energydata.console.backend;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the logged-in user's access token (from the authorization code flow, kept in the session) as the bearer
 * token of every backend call, so catalog-service and policy-service decide with the user's own identity,
 * organisation and roles. No token (no login) means no header: the backend then answers 401.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class UserTokenFilter implements ClientRequestFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @Override
    public void filter(ClientRequestContext request) {
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}

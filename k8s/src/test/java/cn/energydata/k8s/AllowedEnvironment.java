package cn.energydata.k8s;

import java.util.List;
import java.util.Set;

/**
 * Environment variables a container may get although the files the tests read do not name them: the short list of
 * Quarkus extension properties the services' own files leave out, Keycloak's options, the postgres image's variables.
 */
final class AllowedEnvironment {

    private AllowedEnvironment() {
    }

    /** An environment variable a Quarkus service may get although its own files do not name the property. */
    record Allowed(String env, String module, String extension, String reason) {
    }

    static final List<Allowed> QUARKUS = List.of(
            new Allowed("QUARKUS_OIDC_TOKEN_ISSUER", null, "quarkus-oidc",
                    "quarkus.oidc.token.issuer: tokens carry Keycloak's public URL while discovery goes over the cluster network"),
            new Allowed("QUARKUS_REST_CLIENT_CLASSIFIER_URL", "catalog-service", "quarkus-rest-client-jackson",
                    "quarkus.rest-client.classifier.url: the classifier's base URL (docs/service-contracts.md)"),
            new Allowed("QUARKUS_REST_CLIENT_CATALOG_URL", "policy-service", "quarkus-rest-client-jackson",
                    "quarkus.rest-client.catalog.url: the catalog's base URL (docs/service-contracts.md)"),
            new Allowed("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", null, "quarkus-oidc-client",
                    "quarkus.oidc-client.auth-server-url: where the service account gets its client-credentials token"),
            new Allowed("QUARKUS_OIDC_CLIENT_CLIENT_ID", null, "quarkus-oidc-client",
                    "quarkus.oidc-client.client-id: the service account's client (catalog-service / policy-service)"),
            new Allowed("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", null, "quarkus-oidc-client",
                    "quarkus.oidc-client.credentials.secret: that client's secret"),
            new Allowed("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "review-console", "quarkus-oidc",
                    "quarkus.http.proxy.proxy-address-forwarding: TLS ends at the Ingress; the console's login redirect URI"
                    + " must be https:// (with quarkus.http.proxy.allow-x-forwarded)"),
            new Allowed("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "review-console", "quarkus-oidc",
                    "quarkus.http.proxy.allow-x-forwarded: ingress-nginx sends X-Forwarded-Proto, not Forwarded"));

    /** Keycloak server options set through KC_ environment variables (keycloak.org/server/all-config). */
    static final Set<String> KEYCLOAK = Set.of("KC_HOSTNAME", "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "KC_HTTP_ENABLED",
            "KC_PROXY_HEADERS", "KC_DB_URL", "KC_DB_USERNAME", "KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_USERNAME",
            "KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_LOG_CONSOLE_OUTPUT", "KC_DB_POOL_MAX_SIZE", "KC_CACHE_STACK");

    /** Variables of the official postgres image's entrypoint (hub.docker.com/_/postgres). */
    static final Set<String> POSTGRES = Set.of("POSTGRES_USER", "POSTGRES_PASSWORD", "PGDATA");
}

package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Env;
import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The issuer the services expect equals the URL Keycloak is reached at (KC_HOSTNAME, served by the Ingress). */
final class IssuerChecks {

    private final Rendered r;

    IssuerChecks(Rendered rendered) {
        this.r = rendered;
    }

    void check() {
        Workload keycloak = r.workload("keycloak");
        if (keycloak == null) {
            r.problem("Deployment/keycloak", "missing");
            return;
        }
        List<Env> keycloakEnv = r.environment(keycloak, keycloak.container());
        Map<String, String> kc = Rendered.values(keycloakEnv);
        String hostname = kc.get("KC_HOSTNAME");
        String realm = RealmFile.realmName(r.manifests.repo);
        if (hostname == null || !hostname.startsWith("https://")) {
            r.problem(keycloak.object(), "env KC_HOSTNAME", "must be Keycloak's public https:// URL, is " + hostname);
            return;
        }
        String issuer = hostname.replaceAll("/+$", "") + "/realms/" + realm;
        String publicHost = URI.create(hostname).getHost();
        boolean routed = r.all(Ingress.class).stream().anyMatch(i -> i.getSpec().getRules().stream().anyMatch(rule ->
                publicHost.equals(rule.getHost()) && rule.getHttp().getPaths().stream().anyMatch(p -> p.getBackend().getService() != null
                        && "keycloak".equals(p.getBackend().getService().getName()) && "/realms".equals(p.getPath()))));
        Env hostnameEnv = keycloakEnv.stream().filter(e -> e.name().equals("KC_HOSTNAME")).findFirst().orElseThrow();
        if (!routed) {
            r.problem(hostnameEnv.definedIn(), hostnameEnv.field(), hostname + ": no Ingress rule for host " + publicHost
                    + " routes /realms to Service keycloak");
        }
        for (ServiceConfig app : r.services.values()) {
            Workload w = r.workload(app.module);
            if (w != null) {
                checkService(app, w, issuer, hostname, publicHost, realm, kc, keycloak);
            }
        }
    }

    private void checkService(ServiceConfig app, Workload w, String issuer, String hostname, String publicHost, String realm,
            Map<String, String> kc, Workload keycloak) {
        List<Env> env = r.environment(w, w.container());
        Map<String, String> values = Rendered.values(env);
        String authServer = values.getOrDefault("QUARKUS_OIDC_AUTH_SERVER_URL", app.get("quarkus.oidc.auth-server-url", null));
        String expected = values.getOrDefault("QUARKUS_OIDC_TOKEN_ISSUER", app.get("quarkus.oidc.token.issuer", authServer));
        Env definedAt = env.stream().filter(e -> e.name().equals("QUARKUS_OIDC_TOKEN_ISSUER")).findFirst()
                .orElse(env.stream().filter(e -> e.name().equals("QUARKUS_OIDC_AUTH_SERVER_URL")).findFirst().orElse(null));
        HasMetadata where = definedAt == null ? w.object() : definedAt.definedIn();
        String field = definedAt == null ? "QUARKUS_OIDC_TOKEN_ISSUER" : definedAt.field();
        if (!issuer.equals(expected)) {
            r.problem(where, field, app.module + " expects issuer " + expected + " but Keycloak issues " + issuer
                    + " (KC_HOSTNAME " + hostname + " + /realms/" + realm + ")");
        }
        for (String key : List.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL")) {
            String url = values.get(key);
            if (url == null) {
                continue;
            }
            if (!url.replaceAll("/+$", "").endsWith("/realms/" + realm)) {
                r.problem(w.object(), key, url + " is not the realm " + realm + " of identity/energy-realm.json");
            }
            if (!URI.create(url).getHost().equals(publicHost) && !"true".equals(kc.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"))) {
                r.problem(keycloak.object(), "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "must be true: " + app.module
                        + " reaches Keycloak at " + url + ", not at the public " + hostname);
            }
        }
    }
}

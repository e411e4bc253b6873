package cn.energydata.k8s;

import cn.energydata.k8s.AllowedEnvironment.Allowed;
import cn.energydata.k8s.Rendered.Env;
import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each service's Deployment against the service's own files: its HTTP port; health and metrics on Quarkus's
 * management interface (a container port named {@code management}, probes and the Prometheus annotations on it);
 * migrations before readiness; every environment variable a configuration property. Keycloak's options and the
 * scripts' variables likewise.
 */
final class ApplicationChecks {

    static final String MANAGEMENT_PORT = "management";
    static final String ISSUE = " (issue 17 item 5: health and metrics on the management interface, off the public port)";
    /** Variables holding an AES-256 key, base64 (the discovery sources' credentials, the catalog's spool). */
    static final Set<String> AES_KEYS = Set.of("DISCOVERY_CREDENTIALS_KEY", "CATALOG_SPOOL_KEY");

    private final Rendered r;

    ApplicationChecks(Rendered rendered) {
        this.r = rendered;
    }

    void check() {
        for (ServiceConfig app : r.services.values()) {
            Workload w = r.workload(app.module);
            if (w == null) {
                r.problem("Deployment/" + app.module, "missing");
                continue;
            }
            List<Env> env = r.environment(w, w.container());
            checkHttpPort(app, w, Rendered.values(env));
            checkManagementInterface(app, w, Rendered.values(env));
            checkMigrationsBeforeReadiness(app, w);
            checkPropertyNames(app, env);
            checkEncryptionKeys(env);
        }
        Workload keycloak = r.workload("keycloak");
        if (keycloak != null) {
            checkRealmImport(keycloak);
            for (Env e : r.environment(keycloak, keycloak.container())) {
                if (!AllowedEnvironment.KEYCLOAK.contains(e.name())) {
                    r.problem(e.definedIn(), e.field(), e.name() + " is not a Keycloak option this deployment knows"
                            + " (AllowedEnvironment.KEYCLOAK)");
                }
            }
        }
        checkScriptEnvironment("postgres", "postgres-initdb", AllowedEnvironment.POSTGRES, "the postgres image");
        checkScriptEnvironment("keycloak-harden", "keycloak-harden", Set.of(), "kcadm");
    }

    private void checkHttpPort(ServiceConfig app, Workload w, Map<String, String> values) {
        String base = "spec.template.spec.containers[" + w.container().getName() + "]";
        String port = values.getOrDefault("QUARKUS_HTTP_PORT", app.get("quarkus.http.port", "8080"));
        ContainerPort http = Rendered.containerPort(w, new IntOrString("http"));
        if (http == null) {
            r.problem(w.object(), base + ".ports", "no port named http");
        } else if (!String.valueOf(http.getContainerPort()).equals(port)) {
            r.problem(w.object(), base + ".ports[http].containerPort", http.getContainerPort() + " but the application listens on "
                    + port + " (" + app.module + "/src/main/resources/application.properties quarkus.http.port)");
        }
    }

    /**
     * The service serves health and metrics on its management interface (quarkus.management.enabled, a build-time
     * property of its own files), the container declares that port as {@code management}, and the probes and the
     * Prometheus annotations use it; the main port then carries the API only.
     */
    private void checkManagementInterface(ServiceConfig app, Workload w, Map<String, String> values) {
        Container c = w.container();
        String base = "spec.template.spec.containers[" + c.getName() + "]";
        if (!Boolean.parseBoolean(app.get("quarkus.management.enabled", "false"))) {
            r.problem(w.object(), base + ".ports[" + MANAGEMENT_PORT + "]", app.module + " serves health and metrics on its"
                    + " main port: " + app.module + "/src/main/resources/application.properties must set"
                    + " quarkus.management.enabled=true" + ISSUE);
        }
        String port = values.getOrDefault("QUARKUS_MANAGEMENT_PORT", app.get("quarkus.management.port", "9000"));
        ContainerPort management = Rendered.containerPort(w, new IntOrString(MANAGEMENT_PORT));
        if (management == null) {
            r.problem(w.object(), base + ".ports", "no port named " + MANAGEMENT_PORT + ISSUE);
        } else if (!String.valueOf(management.getContainerPort()).equals(port)) {
            r.problem(w.object(), base + ".ports[" + MANAGEMENT_PORT + "].containerPort", management.getContainerPort()
                    + " but the management interface listens on " + port + " (quarkus.management.port)");
        }
        String root = "/" + strip(app.get("quarkus.management.root-path", "q"));
        String health = root + "/" + strip(app.get("quarkus.smallrye-health.root-path", "health"));
        checkProbe(w, c, "startupProbe", c.getStartupProbe(), health + "/" + strip(app.get("quarkus.smallrye-health.startup-path", "started")));
        checkProbe(w, c, "livenessProbe", c.getLivenessProbe(), health + "/" + strip(app.get("quarkus.smallrye-health.liveness-path", "live")));
        checkProbe(w, c, "readinessProbe", c.getReadinessProbe(), health + "/" + strip(app.get("quarkus.smallrye-health.readiness-path", "ready")));
        Map<String, String> annotations = w.template().getMetadata().getAnnotations() == null ? Map.of()
                : w.template().getMetadata().getAnnotations();
        boolean metrics = app.extensions.contains("quarkus-micrometer-registry-prometheus");
        if (metrics && annotations.containsKey("prometheus.io/scrape")) {
            String path = root + "/" + strip(app.get("quarkus.micrometer.export.prometheus.path", "metrics"));
            if (!path.equals(annotations.get("prometheus.io/path")) || management == null
                    || !String.valueOf(management.getContainerPort()).equals(annotations.get("prometheus.io/port"))) {
                r.problem(w.object(), "spec.template.metadata.annotations[prometheus.io/*]", "Prometheus must scrape " + path
                        + " on the management port " + port + ", not " + annotations.get("prometheus.io/path") + " on "
                        + annotations.get("prometheus.io/port"));
            }
        }
    }

    private void checkProbe(Workload w, Container c, String name, Probe probe, String expectedPath) {
        String field = "spec.template.spec.containers[" + c.getName() + "]." + name;
        if (probe == null) {
            r.problem(w.object(), field, "missing");
            return;
        }
        HTTPGetAction get = probe.getHttpGet();
        if (get == null) {
            r.problem(w.object(), field + ".httpGet", "missing: the services answer health checks over HTTP");
            return;
        }
        if (!expectedPath.equals(get.getPath())) {
            r.problem(w.object(), field + ".httpGet.path", get.getPath() + " but the application serves " + expectedPath);
        }
        if (!MANAGEMENT_PORT.equals(get.getPort().getStrVal())) {
            r.problem(w.object(), field + ".httpGet.port", Rendered.show(get.getPort()) + ": health is on the port named "
                    + MANAGEMENT_PORT + ISSUE);
        }
    }

    /**
     * A service with a database migrates it at start (Flyway, before the HTTP and management servers open), so its
     * readiness answers only once the schema is the new version's; a rolling update then never routes traffic to
     * a pod whose migration failed.
     */
    private void checkMigrationsBeforeReadiness(ServiceConfig app, Workload w) {
        if (app.get("quarkus.datasource.db-kind", null) != null && !Boolean.parseBoolean(app.get("quarkus.flyway.migrate-at-start", "false"))) {
            r.problem(w.object(), "spec.template.spec.containers[" + w.container().getName() + "].readinessProbe", app.module
                    + " has a database but does not migrate it at start (quarkus.flyway.migrate-at-start): readiness would"
                    + " not wait for its migrations");
        }
    }

    private void checkPropertyNames(ServiceConfig app, List<Env> env) {
        for (Env e : env) {
            if (app.knowsEnv(e.name())) {
                continue;
            }
            Allowed allowed = AllowedEnvironment.QUARKUS.stream().filter(a -> a.env().equals(e.name())
                    && (a.module() == null || a.module().equals(app.module)) && app.extensions.contains(a.extension()))
                    .findFirst().orElse(null);
            if (allowed == null) {
                r.problem(e.definedIn(), e.field(), "environment variable " + e.name() + " of " + app.module
                        + " maps to no configuration property: not in " + app.module
                        + "/src/main/resources/application.properties"
                        + (app.usesServiceCommon ? ", service-common's microprofile-config.properties," : ",")
                        + " nor the allow-list of extension properties (AllowedEnvironment.QUARKUS)");
            }
        }
    }

    /**
     * The AES-256 keys from Secrets (base64 of 32 bytes, docs/service-contracts.md): a dev literal of another length
     * would only fail when the service starts. Blank values are prod's templates (DefaultPasswordChecks).
     */
    private void checkEncryptionKeys(List<Env> env) {
        for (Env e : env) {
            if (!AES_KEYS.contains(e.name()) || e.value() == null || e.value().isBlank()) {
                continue;
            }
            byte[] key;
            try {
                key = java.util.Base64.getDecoder().decode(e.value().trim());
            } catch (IllegalArgumentException notBase64) {
                key = new byte[0];
            }
            if (key.length != 32) {
                r.problem(e.definedIn(), e.field(), e.name() + " is not base64 of 32 bytes (an AES-256 key): generate one"
                        + " with openssl rand -base64 32");
            }
        }
    }

    /** A container that runs a script of a ConfigMap gets only variables its image or that script reads. */
    private void checkScriptEnvironment(String workload, String configMap, Set<String> image, String imageName) {
        Workload w = r.workload(workload);
        if (w == null) {
            return;
        }
        ConfigMap scripts = r.all(ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().startsWith(configMap + "-"))
                .findFirst().orElse(null);
        String script = scripts == null || scripts.getData() == null ? "" : String.join("\n", scripts.getData().values());
        for (Container c : w.template().getSpec().getContainers()) {
            for (Env e : r.environment(w, c)) {
                if (!image.contains(e.name()) && !script.contains("$" + e.name()) && !script.contains("${" + e.name())) {
                    r.problem(e.definedIn(), e.field(), e.name() + " is read neither by " + imageName + " nor by the script of"
                            + " ConfigMap " + configMap);
                }
            }
        }
    }

    /** Keycloak imports the realm: --import-realm, and the realm ConfigMap mounted at its import directory. */
    private void checkRealmImport(Workload keycloak) {
        Container c = keycloak.container();
        String base = "spec.template.spec.containers[" + c.getName() + "]";
        if (c.getArgs() == null || !c.getArgs().contains("--import-realm")) {
            r.problem(keycloak.object(), base + ".args", "no --import-realm: the energy realm would never be created");
        }
        Set<String> realmVolumes = new LinkedHashSet<>();
        for (Volume v : keycloak.template().getSpec().getVolumes()) {
            if (v.getConfigMap() != null) {
                ConfigMap cm = r.find(ConfigMap.class, v.getConfigMap().getName());
                if (cm != null && cm.getData() != null && cm.getData().containsKey("energy-realm.json")) {
                    realmVolumes.add(v.getName());
                }
            }
        }
        boolean mounted = c.getVolumeMounts() != null && c.getVolumeMounts().stream()
                .anyMatch(m -> realmVolumes.contains(m.getName()) && m.getMountPath().equals("/opt/keycloak/data/import"));
        if (!mounted) {
            r.problem(keycloak.object(), base + ".volumeMounts", "the realm ConfigMap (energy-realm.json) is not mounted at"
                    + " /opt/keycloak/data/import, where --import-realm reads");
        }
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}

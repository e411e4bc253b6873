package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rendered overlay against itself (references, labels and selectors, ports) and against the services'
 * own configuration files (ports, health paths, configuration property names, the OIDC issuer).
 */
final class Consistency {

    /** The Quarkus modules deployed from k8s/images/service/Dockerfile: the three services and the web console. */
    static final List<String> SERVICES = List.of("classifier-service", "catalog-service", "policy-service", "review-console");
    static final List<String> AUTOSCALED = List.of("classifier-service", "policy-service");

    /** Environment variables a Quarkus service may get although its own files do not name the property. */
    record Allowed(String env, String module, String extension, String reason) {
    }

    static final List<Allowed> ALLOWED_QUARKUS_ENV = List.of(
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
    static final Set<String> KEYCLOAK_ENV = Set.of("KC_HOSTNAME", "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "KC_HTTP_ENABLED",
            "KC_PROXY_HEADERS", "KC_DB_URL", "KC_DB_USERNAME", "KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_USERNAME",
            "KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_LOG_CONSOLE_OUTPUT", "KC_DB_POOL_MAX_SIZE");

    /** Variables of the official postgres image's entrypoint (hub.docker.com/_/postgres). */
    static final Set<String> POSTGRES_ENV = Set.of("POSTGRES_USER", "POSTGRES_PASSWORD", "PGDATA");

    private final String overlay;
    private final List<HasMetadata> objects;
    private final Manifests manifests;
    private final List<Problem> problems;
    private final Map<String, ServiceConfig> services = new LinkedHashMap<>();

    Consistency(String overlay, List<HasMetadata> objects, Manifests manifests, List<Problem> problems) {
        this.overlay = overlay;
        this.objects = objects;
        this.manifests = manifests;
        this.problems = problems;
        for (String module : SERVICES) {
            services.put(module, new ServiceConfig(manifests.repo, module));
        }
    }

    // ------------------------------------------------------------------ helpers

    private void problem(HasMetadata where, String field, String message) {
        problems.add(new Problem(overlay + " rendered " + where.getKind() + "/" + where.getMetadata().getName()
                + " (" + manifests.origin(where, overlay) + ")", field, message));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T find(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst().orElse(null);
    }

    /** A Deployment or StatefulSet. */
    record Workload(HasMetadata object, PodTemplateSpec template, LabelSelector selector) {
        String name() {
            return object.getMetadata().getName();
        }

        Map<String, String> labels() {
            return template.getMetadata() == null || template.getMetadata().getLabels() == null ? Map.of()
                    : template.getMetadata().getLabels();
        }
    }

    List<Workload> workloads() {
        List<Workload> list = new ArrayList<>();
        for (Deployment d : all(Deployment.class)) {
            list.add(new Workload(d, d.getSpec().getTemplate(), d.getSpec().getSelector()));
        }
        for (StatefulSet s : all(StatefulSet.class)) {
            list.add(new Workload(s, s.getSpec().getTemplate(), s.getSpec().getSelector()));
        }
        for (io.fabric8.kubernetes.api.model.batch.v1.Job j : all(io.fabric8.kubernetes.api.model.batch.v1.Job.class)) {
            list.add(new Workload(j, j.getSpec().getTemplate(), null));
        }
        return list;
    }

    Workload workload(String name) {
        return workloads().stream().filter(w -> w.name().equals(name)).findFirst().orElse(null);
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                String value = labels.get(r.getKey());
                List<String> values = r.getValues() == null ? List.of() : r.getValues();
                boolean ok = switch (r.getOperator()) {
                    case "In" -> value != null && values.contains(value);
                    case "NotIn" -> value == null || !values.contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> false;
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean matchesMap(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static Map<String, String> secretData(Secret secret) {
        Map<String, String> data = new LinkedHashMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((k, v) -> data.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            data.putAll(secret.getStringData());
        }
        return data;
    }

    /** One environment variable of a container and where it is set. */
    record Env(String name, String value, HasMetadata definedIn, String field) {
    }

    /** The container's environment, resolving envFrom and valueFrom; a missing ConfigMap/Secret/key is a problem. */
    List<Env> environment(Workload w, Container c) {
        List<Env> env = new ArrayList<>();
        String base = "spec.template.spec.containers[" + c.getName() + "]";
        List<EnvFromSource> envFrom = c.getEnvFrom() == null ? List.of() : c.getEnvFrom();
        for (int i = 0; i < envFrom.size(); i++) {
            EnvFromSource from = envFrom.get(i);
            if (from.getConfigMapRef() != null) {
                String name = from.getConfigMapRef().getName();
                ConfigMap cm = find(ConfigMap.class, name);
                if (cm == null) {
                    if (!Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
                        problem(w.object(), base + ".envFrom[" + i + "].configMapRef.name", "ConfigMap " + name + " does not exist");
                    }
                    continue;
                }
                if (cm.getData() != null) {
                    cm.getData().forEach((k, v) -> env.add(new Env(k, v, cm, "data." + k)));
                }
            }
            if (from.getSecretRef() != null) {
                String name = from.getSecretRef().getName();
                Secret secret = find(Secret.class, name);
                if (secret == null) {
                    if (!Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
                        problem(w.object(), base + ".envFrom[" + i + "].secretRef.name", "Secret " + name + " does not exist");
                    }
                    continue;
                }
                secretData(secret).forEach((k, v) -> env.add(new Env(k, v, secret, "data." + k)));
            }
        }
        for (EnvVar var : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            String field = base + ".env[" + var.getName() + "]";
            String value = var.getValue();
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                Secret secret = find(Secret.class, ref.getName());
                if (secret == null) {
                    problem(w.object(), field + ".valueFrom.secretKeyRef.name", "Secret " + ref.getName() + " does not exist");
                } else if (!secretData(secret).containsKey(ref.getKey())) {
                    problem(w.object(), field + ".valueFrom.secretKeyRef.key", "Secret " + ref.getName() + " has no key " + ref.getKey());
                } else {
                    value = secretData(secret).get(ref.getKey());
                }
            }
            if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                ConfigMap cm = find(ConfigMap.class, ref.getName());
                if (cm == null) {
                    problem(w.object(), field + ".valueFrom.configMapKeyRef.name", "ConfigMap " + ref.getName() + " does not exist");
                } else if (cm.getData() == null || !cm.getData().containsKey(ref.getKey())) {
                    problem(w.object(), field + ".valueFrom.configMapKeyRef.key", "ConfigMap " + ref.getName() + " has no key " + ref.getKey());
                } else {
                    value = cm.getData().get(ref.getKey());
                }
            }
            env.add(new Env(var.getName(), value, w.object(), field));
        }
        return env;
    }

    static Map<String, String> values(List<Env> env) {
        Map<String, String> map = new LinkedHashMap<>();
        env.forEach(e -> map.put(e.name(), e.value()));
        return map;
    }

    // ------------------------------------------------------------------ checks

    void checkAll() {
        checkWorkloadSelectors();
        checkVolumesAndEnvironment();
        checkServices();
        checkIngress();
        checkAutoscalersAndBudgets();
        checkSecurity();
        checkImages();
        checkApplications();
        checkInClusterUrls();
        checkIssuer();
        checkNetworkPolicies();
        checkDatabaseConnections();
        checkCatalogSpool();
    }

    /** At full scale (HPA maxReplicas), every connection pool together fits PostgreSQL's max_connections. */
    private void checkDatabaseConnections() {
        Workload postgres = workload("postgres");
        if (postgres == null) {
            return;
        }
        Container db = postgres.template().getSpec().getContainers().get(0);
        int max = 100;
        List<String> args = db.getArgs() == null ? List.of() : db.getArgs();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-c") && args.get(i + 1).startsWith("max_connections=")) {
                max = Integer.parseInt(args.get(i + 1).substring("max_connections=".length()));
            }
        }
        int reserve = 10; // superuser_reserved_connections, backups, psql sessions
        int total = 0;
        List<String> parts = new ArrayList<>();
        for (Workload w : workloads()) {
            if (w.selector() == null) {
                continue;
            }
            Map<String, String> env = values(environment(w, w.template().getSpec().getContainers().get(0)));
            int pool;
            if (env.containsKey("QUARKUS_DATASOURCE_JDBC_URL") && env.get("QUARKUS_DATASOURCE_JDBC_URL").contains("//postgres")) {
                ServiceConfig app = services.get(w.name());
                pool = Integer.parseInt(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                        app == null ? "20" : app.get("quarkus.datasource.jdbc.max-size", "20")));
            } else if (env.containsKey("KC_DB_URL") && env.get("KC_DB_URL").contains("//postgres")) {
                pool = Integer.parseInt(env.getOrDefault("KC_DB_POOL_MAX_SIZE", "100"));
            } else {
                continue;
            }
            int replicas = all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(w.name()))
                    .map(h -> h.getSpec().getMaxReplicas()).findFirst()
                    .orElse(w.object() instanceof Deployment d && d.getSpec().getReplicas() != null ? d.getSpec().getReplicas() : 1);
            total += replicas * pool;
            parts.add(w.name() + " " + replicas + " x " + pool);
        }
        if (total > max - reserve) {
            problem(postgres.object(), "spec.template.spec.containers[" + db.getName() + "].args (max_connections)",
                    "pools at full scale need " + total + " connections (" + String.join(", ", parts) + ") but max_connections "
                    + max + " leaves " + (max - reserve) + " after " + reserve + " reserved: raise it or shrink pools/maxReplicas");
        }
    }

    /** The catalog's spool directory is a volume at least catalog.spool.max-bytes large. */
    private void checkCatalogSpool() {
        Workload catalog = workload("catalog-service");
        ServiceConfig app = services.get("catalog-service");
        if (catalog == null || app.get("catalog.spool.dir", null) == null) {
            return;
        }
        Container c = catalog.template().getSpec().getContainers().get(0);
        Map<String, String> env = values(environment(catalog, c));
        String dir = env.getOrDefault("CATALOG_SPOOL_DIR", app.get("catalog.spool.dir", ""));
        long maxBytes = Long.parseLong(env.getOrDefault("CATALOG_SPOOL_MAX_BYTES", app.get("catalog.spool.max-bytes", "0")));
        String base = "spec.template.spec.containers[" + c.getName() + "]";
        var mount = c.getVolumeMounts().stream().filter(m -> dir.startsWith(m.getMountPath())).findFirst().orElse(null);
        if (mount == null) {
            problem(catalog.object(), base + ".volumeMounts", "nothing mounted at the spool directory " + dir
                    + " (catalog.spool.dir): the root filesystem is read-only");
            return;
        }
        Volume volume = catalog.template().getSpec().getVolumes().stream().filter(v -> v.getName().equals(mount.getName()))
                .findFirst().orElse(null);
        if (volume != null && volume.getEmptyDir() != null && volume.getEmptyDir().getSizeLimit() != null
                && Quantity.getAmountInBytes(volume.getEmptyDir().getSizeLimit()).longValue() < maxBytes) {
            problem(catalog.object(), "spec.template.spec.volumes[" + volume.getName() + "].emptyDir.sizeLimit",
                    volume.getEmptyDir().getSizeLimit() + " is below catalog.spool.max-bytes " + maxBytes
                    + ": a full spool would get the pod evicted");
        }
    }

    private void checkWorkloadSelectors() {
        for (Workload w : workloads()) {
            if (w.selector() != null && !matches(w.selector(), w.labels())) {
                problem(w.object(), "spec.selector", "does not match the pod template's labels " + w.labels());
            }
        }
        for (StatefulSet s : all(StatefulSet.class)) {
            if (s.getSpec().getServiceName() != null && find(Service.class, s.getSpec().getServiceName()) == null) {
                problem(s, "spec.serviceName", "Service " + s.getSpec().getServiceName() + " does not exist");
            }
        }
    }

    private void checkVolumesAndEnvironment() {
        for (Workload w : workloads()) {
            List<Volume> volumes = w.template().getSpec().getVolumes() == null ? List.of() : w.template().getSpec().getVolumes();
            Set<String> volumeNames = new LinkedHashSet<>();
            volumes.forEach(v -> volumeNames.add(v.getName()));
            if (w.object() instanceof StatefulSet s && s.getSpec().getVolumeClaimTemplates() != null) {
                s.getSpec().getVolumeClaimTemplates().forEach(t -> volumeNames.add(t.getMetadata().getName()));
            }
            for (Volume v : volumes) {
                String field = "spec.template.spec.volumes[" + v.getName() + "]";
                if (v.getConfigMap() != null && find(ConfigMap.class, v.getConfigMap().getName()) == null) {
                    problem(w.object(), field + ".configMap.name", "ConfigMap " + v.getConfigMap().getName() + " does not exist");
                }
                if (v.getSecret() != null && find(Secret.class, v.getSecret().getSecretName()) == null) {
                    problem(w.object(), field + ".secret.secretName", "Secret " + v.getSecret().getSecretName() + " does not exist");
                }
            }
            for (Container c : w.template().getSpec().getContainers()) {
                for (var mount : c.getVolumeMounts() == null ? List.<io.fabric8.kubernetes.api.model.VolumeMount>of() : c.getVolumeMounts()) {
                    if (!volumeNames.contains(mount.getName())) {
                        problem(w.object(), "spec.template.spec.containers[" + c.getName() + "].volumeMounts[" + mount.getName() + "].name",
                                "no volume named " + mount.getName());
                    }
                }
                environment(w, c); // reports missing ConfigMaps, Secrets and keys
            }
        }
    }

    private void checkServices() {
        for (Service service : all(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            List<Workload> selected = workloads().stream().filter(w -> matchesMap(selector, w.labels())).toList();
            if (selected.isEmpty()) {
                problem(service, "spec.selector", "selects no pods: no workload's pod template has the labels " + selector);
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                for (Workload w : selected) {
                    if (containerPort(w, target) == null) {
                        problem(service, "spec.ports[" + port.getName() + "].targetPort", "no container port " + show(target)
                                + " in " + w.object().getKind() + "/" + w.name());
                    }
                }
            }
        }
    }

    static String show(IntOrString port) {
        return port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    static ContainerPort containerPort(Workload w, IntOrString port) {
        for (Container c : w.template().getSpec().getContainers()) {
            for (ContainerPort p : c.getPorts() == null ? List.<ContainerPort>of() : c.getPorts()) {
                if (port.getStrVal() != null ? port.getStrVal().equals(p.getName()) : Objects.equals(port.getIntVal(), p.getContainerPort())) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The Service port an in-cluster host:port names, or null. */
    private ServicePort servicePort(String serviceName, int port) {
        Service service = find(Service.class, serviceName);
        if (service == null) {
            return null;
        }
        return service.getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst().orElse(null);
    }

    private void checkIngress() {
        for (Ingress ingress : all(Ingress.class)) {
            Set<String> tlsHosts = new LinkedHashSet<>();
            List<IngressTLS> tls = ingress.getSpec().getTls() == null ? List.of() : ingress.getSpec().getTls();
            boolean certManager = ingress.getMetadata().getAnnotations() != null
                    && ingress.getMetadata().getAnnotations().keySet().stream().anyMatch(k -> k.startsWith("cert-manager.io/"));
            for (int i = 0; i < tls.size(); i++) {
                tlsHosts.addAll(tls.get(i).getHosts());
                String secret = tls.get(i).getSecretName();
                if (secret == null || (!certManager && find(Secret.class, secret) == null)) {
                    problem(ingress, "spec.tls[" + i + "].secretName", "Secret " + secret
                            + " does not exist and no cert-manager annotation would create it");
                }
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                if (rule.getHost() == null || !tlsHosts.contains(rule.getHost())) {
                    problem(ingress, "spec.rules[" + rule.getHost() + "].host", "not covered by spec.tls: every public host is TLS only");
                }
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String field = "spec.rules[" + rule.getHost() + "].http.paths[" + path.getPath() + "].backend.service";
                    IngressServiceBackend backend = path.getBackend().getService();
                    if (backend == null) {
                        problem(ingress, field, "missing");
                        continue;
                    }
                    Service service = find(Service.class, backend.getName());
                    if (service == null) {
                        problem(ingress, field + ".name", "Service " + backend.getName() + " does not exist");
                        continue;
                    }
                    var port = backend.getPort();
                    boolean found = port != null && service.getSpec().getPorts().stream().anyMatch(p -> port.getName() != null
                            ? port.getName().equals(p.getName()) : Objects.equals(port.getNumber(), p.getPort()));
                    if (!found) {
                        problem(ingress, field + ".port", "Service " + backend.getName() + " has no port "
                                + (port == null ? "(none)" : port.getName() != null ? port.getName() : port.getNumber()));
                    }
                    if (path.getPath() != null && path.getPath().startsWith("/q")) {
                        problem(ingress, field, "exposes " + path.getPath() + ": health, metrics and OpenAPI stay inside the cluster");
                    }
                }
            }
        }
    }

    private void checkAutoscalersAndBudgets() {
        for (HorizontalPodAutoscaler hpa : all(HorizontalPodAutoscaler.class)) {
            var ref = hpa.getSpec().getScaleTargetRef();
            Workload target = workload(ref.getName());
            if (target == null || !target.object().getKind().equals(ref.getKind())) {
                problem(hpa, "spec.scaleTargetRef", ref.getKind() + "/" + ref.getName() + " does not exist");
            }
            if (target != null && target.object() instanceof Deployment d && d.getSpec().getReplicas() != null) {
                problem(d, "spec.replicas", "set, but HorizontalPodAutoscaler/" + hpa.getMetadata().getName()
                        + " owns the replica count: every apply would reset it");
            }
            Integer min = hpa.getSpec().getMinReplicas();
            if (min != null && min > hpa.getSpec().getMaxReplicas()) {
                problem(hpa, "spec.minReplicas", min + " is above maxReplicas " + hpa.getSpec().getMaxReplicas());
            }
        }
        for (String name : AUTOSCALED) {
            if (all(HorizontalPodAutoscaler.class).stream().noneMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(name))) {
                problems.add(new Problem(overlay, "HorizontalPodAutoscaler", "none scales Deployment/" + name));
            }
        }
        for (PodDisruptionBudget pdb : all(PodDisruptionBudget.class)) {
            if (workloads().stream().noneMatch(w -> matches(pdb.getSpec().getSelector(), w.labels()))) {
                problem(pdb, "spec.selector", "selects no pods");
            }
        }
        for (String name : SERVICES) {
            Workload w = workload(name);
            if (w != null && all(PodDisruptionBudget.class).stream().noneMatch(p -> matches(p.getSpec().getSelector(), w.labels()))) {
                problems.add(new Problem(overlay, "PodDisruptionBudget", "none covers Deployment/" + name));
            }
        }
        for (NetworkPolicy policy : all(NetworkPolicy.class)) {
            LabelSelector selector = policy.getSpec().getPodSelector();
            boolean empty = selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty();
            if (!empty && workloads().stream().noneMatch(w -> matches(selector, w.labels()))) {
                problem(policy, "spec.podSelector", "selects no pods");
            }
        }
    }

    private void checkSecurity() {
        for (Workload w : workloads()) {
            var spec = w.template().getSpec();
            PodSecurityContext pod = spec.getSecurityContext();
            if (pod == null || !Boolean.TRUE.equals(pod.getRunAsNonRoot())) {
                problem(w.object(), "spec.template.spec.securityContext.runAsNonRoot", "must be true");
            }
            if (pod == null || pod.getSeccompProfile() == null || !"RuntimeDefault".equals(pod.getSeccompProfile().getType())) {
                problem(w.object(), "spec.template.spec.securityContext.seccompProfile.type", "must be RuntimeDefault");
            }
            if (!Boolean.FALSE.equals(spec.getAutomountServiceAccountToken())) {
                problem(w.object(), "spec.template.spec.automountServiceAccountToken", "must be false: no pod talks to the API server");
            }
            Set<String> emptyDirs = new LinkedHashSet<>();
            (spec.getVolumes() == null ? List.<Volume>of() : spec.getVolumes()).stream()
                    .filter(v -> v.getEmptyDir() != null).forEach(v -> emptyDirs.add(v.getName()));
            for (Container c : spec.getContainers()) {
                String base = "spec.template.spec.containers[" + c.getName() + "]";
                SecurityContext sc = c.getSecurityContext();
                if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                    problem(w.object(), base + ".securityContext.allowPrivilegeEscalation", "must be false");
                }
                if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
                    problem(w.object(), base + ".securityContext.readOnlyRootFilesystem", "must be true");
                }
                if (sc == null || sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")
                        || !sc.getCapabilities().getAdd().isEmpty()) {
                    problem(w.object(), base + ".securityContext.capabilities", "must drop ALL and add none");
                }
                if (sc == null || Boolean.TRUE.equals(sc.getPrivileged()) || Boolean.FALSE.equals(sc.getRunAsNonRoot())
                        || (sc.getRunAsUser() != null && sc.getRunAsUser() == 0)) {
                    problem(w.object(), base + ".securityContext", "must not run privileged or as root");
                }
                boolean tmp = c.getVolumeMounts() != null && c.getVolumeMounts().stream()
                        .anyMatch(m -> m.getMountPath().equals("/tmp") && emptyDirs.contains(m.getName()));
                if (!tmp) {
                    problem(w.object(), base + ".volumeMounts", "no emptyDir mounted at /tmp (the root filesystem is read-only)");
                }
                var resources = c.getResources();
                for (String kind : List.of("requests", "limits")) {
                    Map<String, Quantity> map = resources == null ? null : kind.equals("requests") ? resources.getRequests() : resources.getLimits();
                    for (String resource : List.of("cpu", "memory")) {
                        if (map == null || !map.containsKey(resource)) {
                            problem(w.object(), base + ".resources." + kind + "." + resource, "missing");
                        }
                    }
                }
                if (w.selector() == null) {
                    continue; // a Job: runs to completion, no probes
                }
                if (c.getLivenessProbe() == null) {
                    problem(w.object(), base + ".livenessProbe", "missing");
                }
                if (c.getReadinessProbe() == null) {
                    problem(w.object(), base + ".readinessProbe", "missing");
                }
            }
        }
        Workload classifier = workload("classifier-service");
        if (classifier != null) {
            Container c = classifier.template().getSpec().getContainers().get(0);
            Quantity limit = c.getResources() == null || c.getResources().getLimits() == null ? null : c.getResources().getLimits().get("memory");
            if (limit != null && Quantity.getAmountInBytes(limit).compareTo(Quantity.getAmountInBytes(new Quantity("1Gi"))) < 0) {
                problem(classifier.object(), "spec.template.spec.containers[" + c.getName() + "].resources.limits.memory",
                        limit + " is too small for Tika: at least 1Gi");
            }
        }
    }

    private void checkImages() {
        for (Workload w : workloads()) {
            for (Container c : w.template().getSpec().getContainers()) {
                String image = c.getImage();
                String field = "spec.template.spec.containers[" + c.getName() + "].image";
                int slash = image == null ? -1 : image.lastIndexOf('/');
                int colon = image == null ? -1 : image.lastIndexOf(':');
                if (image == null || colon <= slash || image.endsWith(":latest")) {
                    problem(w.object(), field, "\"" + image + "\" has no fixed tag (set one with the overlay's images:)");
                }
                if (SERVICES.contains(w.name()) && image != null && !image.substring(slash + 1).startsWith(w.name() + ":")) {
                    problem(w.object(), field, "\"" + image + "\" is not the image built for " + w.name()
                            + " (k8s/images/service/Dockerfile, named after the module)");
                }
            }
        }
    }

    /** Ports, health paths and configuration property names against each service's own files. */
    private void checkApplications() {
        for (ServiceConfig app : services.values()) {
            Workload w = workload(app.module);
            if (w == null) {
                problems.add(new Problem(overlay, "Deployment/" + app.module, "missing"));
                continue;
            }
            Container c = w.template().getSpec().getContainers().get(0);
            String base = "spec.template.spec.containers[" + c.getName() + "]";
            List<Env> env = environment(w, c);
            Map<String, String> values = values(env);
            String portSource = app.module + "/src/main/resources/application.properties quarkus.http.port";
            String port = values.getOrDefault("QUARKUS_HTTP_PORT", app.get("quarkus.http.port", "8080"));
            ContainerPort http = containerPort(w, new IntOrString("http"));
            if (http == null) {
                problem(w.object(), base + ".ports", "no port named http");
            } else if (!String.valueOf(http.getContainerPort()).equals(port)) {
                problem(w.object(), base + ".ports[http].containerPort", http.getContainerPort()
                        + " but the application listens on " + port + " (" + portSource + ")");
            }
            boolean management = Boolean.parseBoolean(values.getOrDefault("QUARKUS_MANAGEMENT_ENABLED", app.get("quarkus.management.enabled", "false")));
            String probePort = management ? values.getOrDefault("QUARKUS_MANAGEMENT_PORT", app.get("quarkus.management.port", "9000")) : port;
            String root = management ? app.get("quarkus.management.root-path", "q") : app.get("quarkus.http.non-application-root-path", "q");
            String health = "/" + strip(root) + "/" + strip(app.get("quarkus.smallrye-health.root-path", "health"));
            checkProbe(w, c, "livenessProbe", c.getLivenessProbe(), health + "/" + strip(app.get("quarkus.smallrye-health.liveness-path", "live")), probePort);
            checkProbe(w, c, "readinessProbe", c.getReadinessProbe(), health + "/" + strip(app.get("quarkus.smallrye-health.readiness-path", "ready")), probePort);
            if (c.getStartupProbe() != null) {
                checkProbe(w, c, "startupProbe", c.getStartupProbe(), null, probePort);
            }
            for (Env e : env) {
                if (app.knowsEnv(e.name())) {
                    continue;
                }
                Allowed allowed = ALLOWED_QUARKUS_ENV.stream().filter(a -> a.env().equals(e.name())
                        && (a.module() == null || a.module().equals(app.module)) && app.extensions.contains(a.extension()))
                        .findFirst().orElse(null);
                if (allowed == null) {
                    problem(e.definedIn(), e.field(), "environment variable " + e.name() + " of " + app.module
                            + " maps to no configuration property: not in " + app.module
                            + "/src/main/resources/application.properties"
                            + (app.usesServiceCommon ? ", service-common's microprofile-config.properties," : ",")
                            + " nor the allow-list of extension properties (Consistency.ALLOWED_QUARKUS_ENV)");
                }
            }
        }
        Workload keycloak = workload("keycloak");
        if (keycloak != null) {
            checkRealmImport(keycloak);
            for (Container c : keycloak.template().getSpec().getContainers()) {
                for (Env e : environment(keycloak, c)) {
                    if (!KEYCLOAK_ENV.contains(e.name())) {
                        problem(e.definedIn(), e.field(), e.name() + " is not a Keycloak option this deployment knows"
                                + " (Consistency.KEYCLOAK_ENV)");
                    }
                }
            }
        }
        checkScriptEnvironment("postgres", "postgres-initdb", POSTGRES_ENV, "the postgres image");
        checkScriptEnvironment("keycloak-harden", "keycloak-harden", Set.of(), "kcadm");
    }

    /** A container that runs a script of a ConfigMap gets only variables its image or that script reads. */
    private void checkScriptEnvironment(String workload, String configMap, Set<String> image, String imageName) {
        Workload w = workload(workload);
        if (w == null) {
            return;
        }
        ConfigMap scripts = all(ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().startsWith(configMap + "-"))
                .findFirst().orElse(null);
        String script = scripts == null || scripts.getData() == null ? "" : String.join("\n", scripts.getData().values());
        for (Container c : w.template().getSpec().getContainers()) {
            for (Env e : environment(w, c)) {
                if (!image.contains(e.name()) && !script.contains("$" + e.name()) && !script.contains("${" + e.name())) {
                    problem(e.definedIn(), e.field(), e.name() + " is read neither by " + imageName + " nor by the script of"
                            + " ConfigMap " + configMap);
                }
            }
        }
    }

    /** Keycloak imports the realm: --import-realm, and the realm ConfigMap mounted at its import directory. */
    private void checkRealmImport(Workload keycloak) {
        Container c = keycloak.template().getSpec().getContainers().get(0);
        String base = "spec.template.spec.containers[" + c.getName() + "]";
        if (c.getArgs() == null || !c.getArgs().contains("--import-realm")) {
            problem(keycloak.object(), base + ".args", "no --import-realm: the energy realm would never be created");
        }
        Set<String> realmVolumes = new LinkedHashSet<>();
        for (Volume v : keycloak.template().getSpec().getVolumes()) {
            if (v.getConfigMap() != null) {
                ConfigMap cm = find(ConfigMap.class, v.getConfigMap().getName());
                if (cm != null && cm.getData() != null && cm.getData().containsKey("energy-realm.json")) {
                    realmVolumes.add(v.getName());
                }
            }
        }
        boolean mounted = c.getVolumeMounts() != null && c.getVolumeMounts().stream()
                .anyMatch(m -> realmVolumes.contains(m.getName()) && m.getMountPath().equals("/opt/keycloak/data/import"));
        if (!mounted) {
            problem(keycloak.object(), base + ".volumeMounts", "the realm ConfigMap (energy-realm.json) is not mounted at"
                    + " /opt/keycloak/data/import, where --import-realm reads");
        }
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private void checkProbe(Workload w, Container c, String name, Probe probe, String expectedPath, String expectedPort) {
        String field = "spec.template.spec.containers[" + c.getName() + "]." + name;
        if (probe == null) {
            problem(w.object(), field, "missing");
            return;
        }
        HTTPGetAction get = probe.getHttpGet();
        if (get == null) {
            problem(w.object(), field + ".httpGet", "missing: the services answer health checks over HTTP");
            return;
        }
        if (expectedPath != null && !expectedPath.equals(get.getPath())) {
            problem(w.object(), field + ".httpGet.path", get.getPath() + " but the application serves " + expectedPath);
        }
        if (expectedPath == null && (get.getPath() == null || !get.getPath().startsWith("/q/health"))) {
            problem(w.object(), field + ".httpGet.path", get.getPath() + " is not a SmallRye Health endpoint");
        }
        ContainerPort port = containerPort(w, get.getPort());
        if (port == null || !String.valueOf(port.getContainerPort()).equals(expectedPort)) {
            problem(w.object(), field + ".httpGet.port", show(get.getPort()) + " is not the application's port " + expectedPort);
        }
    }

    private static final Pattern IN_CLUSTER = Pattern.compile("^(?:jdbc:[a-z]+:)?(https?|postgresql)?:?//([^/:]+)(?::(\\d+))?");

    /** URLs to other components (http://classifier-service:8081, jdbc:postgresql://postgres:5432/...) name real Services. */
    private void checkInClusterUrls() {
        for (Workload w : workloads()) {
            for (Container c : w.template().getSpec().getContainers()) {
                for (Env e : environment(w, c)) {
                    if (e.value() == null) {
                        continue;
                    }
                    Matcher m = IN_CLUSTER.matcher(e.value());
                    if (!m.find() || !e.value().contains("://")) {
                        continue;
                    }
                    String host = m.group(2);
                    if (host.contains(".") && !host.endsWith(".svc") && !host.contains(".svc.")) {
                        continue; // a public host name, checked by checkIssuer
                    }
                    String service = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
                    int port = m.group(3) != null ? Integer.parseInt(m.group(3)) : e.value().startsWith("https") ? 443 : 80;
                    if (find(Service.class, service) == null) {
                        problem(e.definedIn(), e.field(), e.value() + " names Service " + service + ", which does not exist");
                    } else if (servicePort(service, port) == null) {
                        problem(e.definedIn(), e.field(), e.value() + ": Service " + service + " has no port " + port);
                    }
                }
            }
        }
    }

    /** The issuer the services expect equals the URL Keycloak is reached at (KC_HOSTNAME, served by the Ingress). */
    private void checkIssuer() {
        Workload keycloak = workload("keycloak");
        if (keycloak == null) {
            problems.add(new Problem(overlay, "Deployment/keycloak", "missing"));
            return;
        }
        Map<String, String> kc = values(environment(keycloak, keycloak.template().getSpec().getContainers().get(0)));
        String hostname = kc.get("KC_HOSTNAME");
        String realm = RealmFile.realmName(manifests.repo);
        if (hostname == null || !hostname.startsWith("https://")) {
            problem(keycloak.object(), "env KC_HOSTNAME", "must be Keycloak's public https:// URL, is " + hostname);
            return;
        }
        String issuer = hostname.replaceAll("/+$", "") + "/realms/" + realm;
        String publicHost = URI.create(hostname).getHost();
        boolean routed = all(Ingress.class).stream().anyMatch(i -> i.getSpec().getRules().stream().anyMatch(r ->
                publicHost.equals(r.getHost()) && r.getHttp().getPaths().stream().anyMatch(p -> p.getBackend().getService() != null
                        && "keycloak".equals(p.getBackend().getService().getName()) && "/realms".equals(p.getPath()))));
        Env hostnameEnv = environment(keycloak, keycloak.template().getSpec().getContainers().get(0)).stream()
                .filter(e -> e.name().equals("KC_HOSTNAME")).findFirst().orElseThrow();
        if (!routed) {
            problem(hostnameEnv.definedIn(), hostnameEnv.field(), hostname + ": no Ingress rule for host " + publicHost
                    + " routes /realms to Service keycloak");
        }
        for (ServiceConfig app : services.values()) {
            Workload w = workload(app.module);
            if (w == null) {
                continue;
            }
            List<Env> env = environment(w, w.template().getSpec().getContainers().get(0));
            Map<String, String> values = values(env);
            String authServer = values.getOrDefault("QUARKUS_OIDC_AUTH_SERVER_URL", app.get("quarkus.oidc.auth-server-url", null));
            String expected = values.getOrDefault("QUARKUS_OIDC_TOKEN_ISSUER", app.get("quarkus.oidc.token.issuer", authServer));
            Env definedAt = env.stream().filter(e -> e.name().equals("QUARKUS_OIDC_TOKEN_ISSUER")).findFirst()
                    .orElse(env.stream().filter(e -> e.name().equals("QUARKUS_OIDC_AUTH_SERVER_URL")).findFirst().orElse(null));
            HasMetadata where = definedAt == null ? w.object() : definedAt.definedIn();
            String field = definedAt == null ? "QUARKUS_OIDC_TOKEN_ISSUER" : definedAt.field();
            if (!issuer.equals(expected)) {
                problem(where, field, app.module + " expects issuer " + expected + " but Keycloak issues " + issuer
                        + " (KC_HOSTNAME " + hostname + " + /realms/" + realm + ")");
            }
            for (String key : List.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL")) {
                String url = values.get(key);
                if (url == null) {
                    continue;
                }
                if (!url.replaceAll("/+$", "").endsWith("/realms/" + realm)) {
                    problem(w.object(), key, url + " is not the realm " + realm + " of identity/energy-realm.json");
                }
                if (!URI.create(url).getHost().equals(publicHost) && !"true".equals(kc.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"))) {
                    problem(keycloak.object(), "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "must be true: " + app.module
                            + " reaches Keycloak at " + url + ", not at the public " + hostname);
                }
            }
        }
    }

    /** Who may open a connection to whom inside the namespace. */
    private void checkNetworkPolicies() {
        List<NetworkPolicy> policies = all(NetworkPolicy.class);
        boolean defaultDeny = policies.stream().anyMatch(p -> p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                && p.getSpec().getPolicyTypes().contains("Ingress") && p.getSpec().getIngress().isEmpty());
        if (!defaultDeny) {
            problems.add(new Problem(overlay, "NetworkPolicy", "no default-deny ingress policy (empty podSelector, no ingress rules)"));
        }
        Set<String> everyone = new TreeSet<>();
        workloads().forEach(w -> everyone.add(w.name()));
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("classifier-service", Set.of("catalog-service"));
        expected.put("catalog-service", Set.of("policy-service", "review-console"));
        expected.put("policy-service", Set.of("review-console"));
        // The console is reached by the browser through the ingress controller only.
        expected.put("review-console", Set.of());
        expected.put("postgres", Set.of("catalog-service", "policy-service", "keycloak"));
        expected.put("keycloak", everyone);
        // keycloak-harden (prod) is a client of Keycloak only.
        expected.put("keycloak-harden", Set.of());
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            Workload target = workload(e.getKey());
            if (target == null) {
                continue;
            }
            Set<String> allowed = new TreeSet<>();
            NetworkPolicy culprit = null;
            for (NetworkPolicy p : policies) {
                if (!matches(p.getSpec().getPodSelector(), target.labels())) {
                    continue;
                }
                for (NetworkPolicyIngressRule rule : p.getSpec().getIngress()) {
                    if (!portsReachApplication(rule.getPorts(), target)) {
                        continue;
                    }
                    for (Workload source : workloads()) {
                        if (rule.getFrom().isEmpty() || rule.getFrom().stream().anyMatch(peer -> admits(peer, source))) {
                            if (allowed.add(source.name()) && !e.getValue().contains(source.name())) {
                                culprit = p;
                            }
                        }
                    }
                }
            }
            Set<String> want = new TreeSet<>(e.getValue());
            if (!e.getKey().equals("keycloak")) {
                allowed.remove(e.getKey());
            }
            if (!allowed.equals(want)) {
                String message = "pods that may connect to " + e.getKey() + ": " + allowed + "; expected exactly " + want;
                if (culprit != null) {
                    problem(culprit, "spec.ingress", message);
                } else {
                    problems.add(new Problem(overlay, "NetworkPolicy for " + e.getKey(), message));
                }
            }
        }
    }

    /** A peer without a namespaceSelector admits pods of this namespace that its podSelector matches. */
    private static boolean admits(NetworkPolicyPeer peer, Workload source) {
        return peer.getNamespaceSelector() == null && peer.getIpBlock() == null && peer.getPodSelector() != null
                && (peer.getPodSelector().getMatchLabels().isEmpty() && peer.getPodSelector().getMatchExpressions().isEmpty()
                    || matches(peer.getPodSelector(), source.labels()));
    }

    private static boolean portsReachApplication(List<NetworkPolicyPort> ports, Workload target) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort port : ports) {
            if (port.getPort() == null || containerPort(target, port.getPort()) != null) {
                return true;
            }
        }
        return false;
    }
}

package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * PostgreSQL, whichever way it runs: the in-cluster StatefulSet (dev), CloudNativePG (prod: a Cluster of three
 * instances with synchronous replication, a PgBouncer Pooler in front, WAL archiving and scheduled base backups to
 * object storage), or an operator-provided server (connection Secrets only). The connection pools at full scale
 * fit what the server (or pooler) accepts.
 */
final class DatabaseChecks {

    static final String CNPG = "postgresql.cnpg.io/v1";
    static final String BARMAN = "barmancloud.cnpg.io/v1";
    static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
    /** superuser_reserved_connections, backups, psql sessions. */
    static final int RESERVED = 10;
    /** The databases whose commits must be on a synchronous standby before they are acknowledged. */
    static final List<String> SYNCHRONOUS = List.of("catalog", "policy");

    private final Rendered r;

    DatabaseChecks(Rendered rendered) {
        this.r = rendered;
    }

    // ------------------------------------------------------------------ the operator's resources

    static List<GenericKubernetesResource> custom(Rendered r, String apiVersion, String kind) {
        return r.all(GenericKubernetesResource.class).stream()
                .filter(o -> apiVersion.equals(o.getApiVersion()) && kind.equals(o.getKind())).toList();
    }

    @SuppressWarnings("unchecked")
    static Object at(GenericKubernetesResource resource, String path) {
        Object value = resource.getAdditionalProperties();
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = ((Map<String, Object>) map).get(key);
        }
        return value;
    }

    static String text(GenericKubernetesResource resource, String path) {
        Object value = at(resource, path);
        return value == null ? null : String.valueOf(value);
    }

    /** A whole number, or the fallback when absent or not a number (the CRD schema check reports the latter). */
    static int number(GenericKubernetesResource resource, String path, int fallback) {
        String value = String.valueOf(at(resource, path));
        return value.matches("\\d+") ? Integer.parseInt(value) : fallback;
    }

    /** The Services the operator creates: Cluster x → x-rw, x-ro, x-r; Pooler y → y; all on 5432. */
    static Map<String, Set<Integer>> operatorServices(Rendered r) {
        Map<String, Set<Integer>> services = new LinkedHashMap<>();
        for (GenericKubernetesResource cluster : custom(r, CNPG, "Cluster")) {
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                services.put(cluster.getMetadata().getName() + suffix, Set.of(5432));
            }
        }
        for (GenericKubernetesResource pooler : custom(r, CNPG, "Pooler")) {
            services.put(pooler.getMetadata().getName(), Set.of(5432));
        }
        return services;
    }

    /** The pods the operator runs, with the labels and ports CloudNativePG gives them, for the NetworkPolicy checks. */
    static List<Workload> operatorPods(Rendered r) {
        List<Workload> pods = new ArrayList<>();
        for (GenericKubernetesResource cluster : custom(r, CNPG, "Cluster")) {
            pods.add(pod(cluster, Map.of("cnpg.io/cluster", cluster.getMetadata().getName(), "cnpg.io/podRole", "instance"),
                    Map.of("postgresql", 5432, "metrics", 9187, "status", 8000)));
        }
        for (GenericKubernetesResource pooler : custom(r, CNPG, "Pooler")) {
            pods.add(pod(pooler, Map.of("cnpg.io/cluster", String.valueOf(text(pooler, "spec.cluster.name")),
                    "cnpg.io/poolerName", pooler.getMetadata().getName(), "cnpg.io/podRole", "pooler"),
                    Map.of("pgbouncer", 5432, "metrics", 9127)));
        }
        return pods;
    }

    private static Workload pod(HasMetadata owner, Map<String, String> labels, Map<String, Integer> ports) {
        PodTemplateSpec template = new PodTemplateSpecBuilder().withNewMetadata().withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName(owner.getKind().toLowerCase())
                .withPorts(ports.entrySet().stream().map(p -> new ContainerPortBuilder().withName(p.getKey())
                        .withContainerPort(p.getValue()).build()).toList())
                .endContainer().endSpec().build();
        return new Workload(owner, template, new LabelSelectorBuilder().withMatchLabels(labels).build());
    }

    /** Who may reach the operator's pods: see NetworkPolicyChecks. */
    static Map<String, Map<String, Set<String>>> expectedReach(Rendered r) {
        Map<String, Map<String, Set<String>>> expected = new LinkedHashMap<>();
        for (GenericKubernetesResource cluster : custom(r, CNPG, "Cluster")) {
            String name = cluster.getMetadata().getName();
            Set<String> clients = new TreeSet<>(Set.of(name, NetworkPolicyChecks.OPERATOR));
            custom(r, CNPG, "Pooler").stream().filter(p -> name.equals(text(p, "spec.cluster.name")))
                    .forEach(p -> clients.add(p.getMetadata().getName()));
            clients.addAll(directClients(r, name));
            expected.put(name, Map.of("postgresql", clients, "status", Set.of(name, NetworkPolicyChecks.OPERATOR),
                    "metrics", Set.of(NetworkPolicyChecks.PROMETHEUS)));
        }
        for (GenericKubernetesResource pooler : custom(r, CNPG, "Pooler")) {
            expected.put(pooler.getMetadata().getName(), Map.of("pgbouncer", new TreeSet<>(directClients(r, pooler.getMetadata().getName())),
                    "metrics", Set.of(NetworkPolicyChecks.PROMETHEUS)));
        }
        return expected;
    }

    /** The workloads whose JDBC URL names Service {@code host} (a pooler) or the Cluster {@code host}'s Services. */
    private static Set<String> directClients(Rendered r, String host) {
        Set<String> clients = new TreeSet<>();
        for (Connection c : connections(r)) {
            if (c.host().equals(host) || c.host().startsWith(host + "-r")) {
                clients.add(c.workload().name());
            }
        }
        return clients;
    }

    // ------------------------------------------------------------------ connections

    /** A workload's connection pool to one database host: its replicas at full scale and its pool size. */
    record Connection(Workload workload, String host, String database, int replicas, int pool) {
        int total() {
            return replicas * pool;
        }
    }

    static List<Connection> connections(Rendered r) {
        List<Connection> list = new ArrayList<>();
        for (Workload w : r.workloads()) {
            if (w.selector() == null) {
                continue;
            }
            Map<String, String> env = Rendered.values(r.environment(w, w.container()));
            String url;
            int pool;
            if (env.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
                url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
                ServiceConfig app = r.services.get(w.name());
                pool = Integer.parseInt(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                        app == null ? "20" : app.get("quarkus.datasource.jdbc.max-size", "20")));
            } else if (env.containsKey("KC_DB_URL")) {
                url = env.get("KC_DB_URL");
                pool = Integer.parseInt(env.getOrDefault("KC_DB_POOL_MAX_SIZE", "100"));
            } else {
                continue;
            }
            if (url == null || !url.startsWith("jdbc:postgresql://")) {
                continue;
            }
            String rest = url.substring("jdbc:postgresql://".length());
            String host = rest.replaceFirst("[:/,?].*$", "");
            String database = rest.contains("/") ? rest.substring(rest.indexOf('/') + 1).replaceFirst("\\?.*$", "") : "";
            list.add(new Connection(w, host, database, replicas(w), pool));
        }
        return list;
    }

    private static int replicas(Workload w) {
        return w.object() instanceof Deployment d ? d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas() : 1;
    }

    /** At full scale (HPA maxReplicas). */
    private int fullScale(Connection c) {
        return r.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(c.workload().name()))
                .map(h -> h.getSpec().getMaxReplicas()).findFirst().orElse(c.replicas());
    }

    // ------------------------------------------------------------------ checks

    void check() {
        checkStatefulSetConnections();
        List<GenericKubernetesResource> clusters = custom(r, CNPG, "Cluster");
        for (GenericKubernetesResource cluster : clusters) {
            new OperatorDatabaseChecks(r, this, cluster).check();
        }
    }

    /** Pools at full scale, per host, as "name replicas x pool" and their sum. */
    int sumAtFullScale(List<Connection> connections, List<String> parts) {
        int total = 0;
        for (Connection c : connections) {
            int replicas = fullScale(c);
            total += replicas * c.pool();
            parts.add(c.workload().name() + " " + replicas + " x " + c.pool());
        }
        return total;
    }

    /** Dev's StatefulSet: at full scale, every connection pool together fits PostgreSQL's max_connections. */
    private void checkStatefulSetConnections() {
        Workload postgres = r.workload("postgres");
        if (postgres == null) {
            return;
        }
        Container db = postgres.container();
        int max = 100;
        List<String> args = db.getArgs() == null ? List.of() : db.getArgs();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("-c") && args.get(i + 1).startsWith("max_connections=")) {
                max = Integer.parseInt(args.get(i + 1).substring("max_connections=".length()));
            }
        }
        List<String> parts = new ArrayList<>();
        int total = sumAtFullScale(connections(r).stream().filter(c -> c.host().equals("postgres")).toList(), parts);
        if (total > max - RESERVED) {
            r.problem(postgres.object(), "spec.template.spec.containers[" + db.getName() + "].args (max_connections)",
                    "pools at full scale need " + total + " connections (" + String.join(", ", parts) + ") but max_connections "
                    + max + " leaves " + (max - RESERVED) + " after " + RESERVED + " reserved: raise it or shrink pools/maxReplicas");
        }
    }

    static boolean hasSecretKey(Rendered r, String secret, String key) {
        Secret s = r.find(Secret.class, secret);
        return s != null && Rendered.secretData(s).containsKey(key);
    }
}

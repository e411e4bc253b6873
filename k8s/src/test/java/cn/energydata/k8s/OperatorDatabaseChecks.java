package cn.energydata.k8s;

import cn.energydata.k8s.DatabaseChecks.Connection;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CloudNativePG Cluster and what belongs to it: three instances, synchronous replication that never acknowledges
 * a commit only the primary has, WAL archiving and scheduled base backups to the object store (credentials from a
 * Secret), a Database and a managed role for each database the workloads use, the same Secret for the role and its
 * users, the services through a read-write Pooler, and pools that fit the pooler and the server.
 */
final class OperatorDatabaseChecks {

    static final int MIN_INSTANCES = 3;

    private final Rendered r;
    private final DatabaseChecks databases;
    private final GenericKubernetesResource cluster;
    private final String name;

    OperatorDatabaseChecks(Rendered rendered, DatabaseChecks databases, GenericKubernetesResource cluster) {
        this.r = rendered;
        this.databases = databases;
        this.cluster = cluster;
        this.name = cluster.getMetadata().getName();
    }

    void check() {
        checkInstancesAndReplication();
        String objectStore = checkArchiving();
        checkScheduledBackup(objectStore);
        List<Connection> connections = DatabaseChecks.connections(r).stream()
                .filter(c -> c.host().equals(name + "-rw") || poolers().stream().anyMatch(p -> p.getMetadata().getName().equals(c.host())))
                .toList();
        for (Connection c : connections) {
            checkDatabaseAndRole(c);
        }
        checkServicesUseThePooler();
        checkConnectionLimits(connections);
    }

    private List<GenericKubernetesResource> poolers() {
        return DatabaseChecks.custom(r, DatabaseChecks.CNPG, "Pooler").stream()
                .filter(p -> name.equals(DatabaseChecks.text(p, "spec.cluster.name"))).toList();
    }

    private void checkInstancesAndReplication() {
        int instances = DatabaseChecks.number(cluster, "spec.instances", 1);
        if (instances < MIN_INSTANCES) {
            r.problem(cluster, "spec.instances", instances + ": a primary and two standbys survive the loss of a node"
                    + " with a synchronous standby left; at least " + MIN_INSTANCES);
        }
        String method = DatabaseChecks.text(cluster, "spec.postgresql.synchronous.method");
        int number = DatabaseChecks.number(cluster, "spec.postgresql.synchronous.number", 0);
        String durability = DatabaseChecks.text(cluster, "spec.postgresql.synchronous.dataDurability");
        if (method == null || number < 1 || !(durability == null || "required".equals(durability))) {
            r.problem(cluster, "spec.postgresql.synchronous", "the " + DatabaseChecks.SYNCHRONOUS + " databases need synchronous"
                    + " replication to at least one standby with dataDurability required (default): an acknowledged write"
                    + " must be on a standby before the answer");
        }
        String commit = DatabaseChecks.text(cluster, "spec.postgresql.parameters.synchronous_commit");
        if (commit != null && Set.of("off", "local").contains(commit)) {
            r.problem(cluster, "spec.postgresql.parameters.synchronous_commit", commit + " acknowledges commits before a"
                    + " standby has them");
        }
    }

    /** The ObjectStore the cluster archives its WAL to (Barman Cloud plugin), or null (reported). */
    private String checkArchiving() {
        Object plugins = DatabaseChecks.at(cluster, "spec.plugins");
        String objectStore = null;
        if (plugins instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> plugin && DatabaseChecks.BARMAN_PLUGIN.equals(plugin.get("name"))
                        && Boolean.TRUE.equals(plugin.get("isWALArchiver")) && plugin.get("parameters") instanceof Map<?, ?> parameters) {
                    objectStore = String.valueOf(parameters.get("barmanObjectName"));
                }
            }
        }
        if (objectStore == null) {
            r.problem(cluster, "spec.plugins", "no WAL archiver: plugin " + DatabaseChecks.BARMAN_PLUGIN + " with isWALArchiver"
                    + " true and parameters.barmanObjectName (continuous archiving is what point-in-time recovery replays)");
            return null;
        }
        String storeName = objectStore;
        GenericKubernetesResource store = DatabaseChecks.custom(r, DatabaseChecks.BARMAN, "ObjectStore").stream()
                .filter(s -> s.getMetadata().getName().equals(storeName)).findFirst().orElse(null);
        if (store == null) {
            r.problem(cluster, "spec.plugins[" + DatabaseChecks.BARMAN_PLUGIN + "].parameters.barmanObjectName",
                    "ObjectStore " + objectStore + " does not exist");
            return objectStore;
        }
        for (String credential : List.of("accessKeyId", "secretAccessKey")) {
            String path = "spec.configuration.s3Credentials." + credential;
            String secret = DatabaseChecks.text(store, path + ".name");
            String key = DatabaseChecks.text(store, path + ".key");
            if (secret == null || !DatabaseChecks.hasSecretKey(r, secret, key)) {
                r.problem(store, path, "Secret " + secret + " with key " + key + " does not exist: the backups need S3 credentials");
            }
        }
        if (DatabaseChecks.text(store, "spec.retentionPolicy") == null) {
            r.problem(store, "spec.retentionPolicy", "missing: without it the bucket grows forever");
        }
        return objectStore;
    }

    private void checkScheduledBackup(String objectStore) {
        boolean scheduled = DatabaseChecks.custom(r, DatabaseChecks.CNPG, "ScheduledBackup").stream().anyMatch(b ->
                name.equals(DatabaseChecks.text(b, "spec.cluster.name")) && "plugin".equals(DatabaseChecks.text(b, "spec.method"))
                        && DatabaseChecks.BARMAN_PLUGIN.equals(DatabaseChecks.text(b, "spec.pluginConfiguration.name")));
        if (!scheduled && objectStore != null) {
            r.problem(cluster, "(ScheduledBackup)", "no ScheduledBackup of cluster " + name + " with method plugin and"
                    + " pluginConfiguration.name " + DatabaseChecks.BARMAN_PLUGIN + ": WAL alone cannot be restored without a base backup");
        }
    }

    /** The database exists in the cluster, its owner is a managed role, and role and workload use the same Secret. */
    private void checkDatabaseAndRole(Connection c) {
        GenericKubernetesResource database = DatabaseChecks.custom(r, DatabaseChecks.CNPG, "Database").stream()
                .filter(d -> name.equals(DatabaseChecks.text(d, "spec.cluster.name")) && c.database().equals(DatabaseChecks.text(d, "spec.name")))
                .findFirst().orElse(null);
        if (database == null) {
            r.problem(c.workload().object(), "JDBC URL", "database " + c.database() + " is no Database of cluster " + name);
            return;
        }
        String owner = DatabaseChecks.text(database, "spec.owner");
        Map<?, ?> role = managedRole(owner);
        if (role == null || !Boolean.TRUE.equals(role.get("login")) || !(role.get("passwordSecret") instanceof Map<?, ?> secretRef)) {
            r.problem(cluster, "spec.managed.roles[" + owner + "]", "the owner of database " + c.database()
                    + " must be a managed role with login and a passwordSecret");
            return;
        }
        String secret = String.valueOf(secretRef.get("name"));
        if (!DatabaseChecks.hasSecretKey(r, secret, "username") || !DatabaseChecks.hasSecretKey(r, secret, "password")) {
            r.problem(cluster, "spec.managed.roles[" + owner + "].passwordSecret", "Secret " + secret
                    + " must have keys username and password (kubernetes.io/basic-auth)");
        } else if (!owner.equals(Rendered.secretData(r.find(Secret.class, secret)).get("username"))) {
            r.problem(cluster, "spec.managed.roles[" + owner + "].passwordSecret", "Secret " + secret + " names another user"
                    + " than the role " + owner + ": the workload would log in as a role the operator does not manage");
        }
        for (EnvVar var : c.workload().container().getEnv() == null ? List.<EnvVar>of() : c.workload().container().getEnv()) {
            if ((var.getName().endsWith("_PASSWORD") && (var.getName().contains("DATASOURCE") || var.getName().startsWith("KC_DB")))
                    && var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null
                    && !secret.equals(var.getValueFrom().getSecretKeyRef().getName())) {
                r.problem(c.workload().object(), "env[" + var.getName() + "]", "from Secret " + var.getValueFrom().getSecretKeyRef().getName()
                        + " but the operator sets role " + owner + "'s password from Secret " + secret);
            }
        }
    }

    private Map<?, ?> managedRole(String role) {
        Object roles = DatabaseChecks.at(cluster, "spec.managed.roles");
        if (roles instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && String.valueOf(role).equals(m.get("name"))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** catalog-service and policy-service reach the database through a read-write Pooler (PgBouncer). */
    private void checkServicesUseThePooler() {
        for (Connection c : DatabaseChecks.connections(r)) {
            if (!Consistency.SERVICES.contains(c.workload().name())) {
                continue;
            }
            boolean pooled = poolers().stream().anyMatch(p -> p.getMetadata().getName().equals(c.host())
                    && "rw".equals(DatabaseChecks.text(p, "spec.type")));
            if (!pooled) {
                r.problem(c.workload().object(), "QUARKUS_DATASOURCE_JDBC_URL", c.host() + " is not a read-write Pooler of"
                        + " cluster " + name + ": the services connect through PgBouncer");
            }
        }
    }

    /**
     * Clients of each pooler at full scale fit its max_client_conn; its server connections (instances x
     * default_pool_size per database/user pair) plus the clients connecting directly fit max_connections.
     */
    private void checkConnectionLimits(List<Connection> connections) {
        int max = DatabaseChecks.number(cluster, "spec.postgresql.parameters.max_connections", 100);
        List<String> parts = new ArrayList<>();
        int server = databases.sumAtFullScale(connections.stream().filter(c -> c.host().startsWith(name + "-r")).toList(), parts);
        for (GenericKubernetesResource pooler : poolers()) {
            String poolerName = pooler.getMetadata().getName();
            List<Connection> clients = connections.stream().filter(c -> c.host().equals(poolerName)).toList();
            List<String> clientParts = new ArrayList<>();
            int total = databases.sumAtFullScale(clients, clientParts);
            int maxClients = DatabaseChecks.number(pooler, "spec.pgbouncer.parameters.max_client_conn", 100);
            if (total > maxClients) {
                r.problem(pooler, "spec.pgbouncer.parameters.max_client_conn", "pools at full scale open " + total + " client"
                        + " connections (" + String.join(", ", clientParts) + ") per PgBouncer instance, more than " + maxClients);
            }
            int pairs = (int) clients.stream().map(Connection::database).distinct().count();
            int instances = DatabaseChecks.number(pooler, "spec.instances", 1);
            int poolSize = DatabaseChecks.number(pooler, "spec.pgbouncer.parameters.default_pool_size", 20);
            server += instances * poolSize * pairs;
            parts.add(poolerName + " " + instances + " x " + poolSize + " x " + pairs + " databases");
        }
        if (server > max - DatabaseChecks.RESERVED) {
            r.problem(cluster, "spec.postgresql.parameters.max_connections", "server connections at full scale: " + server
                    + " (" + String.join(", ", parts) + ") but max_connections " + max + " leaves " + (max - DatabaseChecks.RESERVED)
                    + " after " + DatabaseChecks.RESERVED + " reserved");
        }
    }
}

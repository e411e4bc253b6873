package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Env;
import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the workloads scale and roll: HPAs own their Deployments' replica count, every long-running pod is under a
 * PodDisruptionBudget, rolling updates never take a serving pod away before its successor is ready, and the
 * catalog's spool is one volume every replica shares, large enough, encrypted, and not the database's.
 */
final class ScalingChecks {

    static final List<String> AUTOSCALED = List.of("classifier-service", "policy-service");
    /** The spool volume holds catalog.spool.max-bytes plus this share: files being written, filesystem overhead. */
    static final double SPOOL_HEADROOM = 1.25;
    /** Deployments that roll with maxUnavailable 0: every replica keeps serving until its successor is ready. */
    static final List<String> ROLLED_WITHOUT_GAP = List.of("classifier-service", "catalog-service", "policy-service",
            "discovery-service", "review-console", "keycloak");

    private final Rendered r;

    ScalingChecks(Rendered rendered) {
        this.r = rendered;
    }

    void check() {
        checkAutoscalers();
        checkBudgets();
        checkRollingUpdates();
        checkKeycloakCluster();
        checkCatalogSpool();
    }

    /** Several Keycloak replicas share their caches: a Kubernetes-ready JGroups stack (jdbc-ping, Keycloak 26's default). */
    private void checkKeycloakCluster() {
        Workload keycloak = r.workload("keycloak");
        if (keycloak == null || !(keycloak.object() instanceof Deployment d) || d.getSpec().getReplicas() == null
                || d.getSpec().getReplicas() < 2) {
            return;
        }
        String stack = Rendered.values(r.environment(keycloak, keycloak.container())).get("KC_CACHE_STACK");
        if (!"jdbc-ping".equals(stack)) {
            r.problem(d, "KC_CACHE_STACK", stack + ": " + d.getSpec().getReplicas() + " replicas need distributed caches that"
                    + " find each other on Kubernetes: jdbc-ping (members registered in Keycloak's database)");
        }
    }

    private void checkAutoscalers() {
        for (HorizontalPodAutoscaler hpa : r.all(HorizontalPodAutoscaler.class)) {
            var ref = hpa.getSpec().getScaleTargetRef();
            Workload target = r.workload(ref.getName());
            if (target == null || !target.object().getKind().equals(ref.getKind())) {
                r.problem(hpa, "spec.scaleTargetRef", ref.getKind() + "/" + ref.getName() + " does not exist");
            }
            if (target != null && target.object() instanceof Deployment d && d.getSpec().getReplicas() != null) {
                r.problem(d, "spec.replicas", "set, but HorizontalPodAutoscaler/" + hpa.getMetadata().getName()
                        + " owns the replica count: every apply would reset it");
            }
            Integer min = hpa.getSpec().getMinReplicas();
            if (min != null && min > hpa.getSpec().getMaxReplicas()) {
                r.problem(hpa, "spec.minReplicas", min + " is above maxReplicas " + hpa.getSpec().getMaxReplicas());
            }
        }
        for (String name : AUTOSCALED) {
            if (r.all(HorizontalPodAutoscaler.class).stream().noneMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(name))) {
                r.problem("HorizontalPodAutoscaler", "none scales Deployment/" + name);
            }
        }
    }

    private void checkBudgets() {
        for (PodDisruptionBudget pdb : r.all(PodDisruptionBudget.class)) {
            if (r.workloads().stream().noneMatch(w -> Rendered.matches(pdb.getSpec().getSelector(), w.labels()))) {
                r.problem(pdb, "spec.selector", "selects no pods");
            }
        }
        for (String name : ROLLED_WITHOUT_GAP) {
            Workload w = r.workload(name);
            if (w != null && r.all(PodDisruptionBudget.class).stream().noneMatch(p -> Rendered.matches(p.getSpec().getSelector(), w.labels()))) {
                r.problem("PodDisruptionBudget", "none covers Deployment/" + name);
            }
        }
    }

    private void checkRollingUpdates() {
        for (String name : ROLLED_WITHOUT_GAP) {
            Workload w = r.workload(name);
            if (w == null || !(w.object() instanceof Deployment d)) {
                continue;
            }
            var strategy = d.getSpec().getStrategy();
            var rolling = strategy == null ? null : strategy.getRollingUpdate();
            IntOrString unavailable = rolling == null ? null : rolling.getMaxUnavailable();
            boolean zero = unavailable != null && (Integer.valueOf(0).equals(unavailable.getIntVal()) || "0%".equals(unavailable.getStrVal()));
            if (strategy == null || !"RollingUpdate".equals(strategy.getType()) || !zero) {
                r.problem(d, "spec.strategy.rollingUpdate.maxUnavailable", "must be 0 (type RollingUpdate): an upgrade must"
                        + " not stop a serving pod before its successor is ready");
            }
        }
    }

    /**
     * The catalog's spool (issue 17 item 6): a volume of its own at the spool directory, at least
     * catalog.spool.max-bytes plus headroom; shared by every replica (a ReadWriteMany claim) unless one replica runs
     * (then an emptyDir will do); never a volume of the database, whose WAL archives and backups must not hold raw
     * content; its content encrypted with CATALOG_SPOOL_KEY from a Secret.
     */
    private void checkCatalogSpool() {
        Workload catalog = r.workload("catalog-service");
        ServiceConfig app = r.services.get("catalog-service");
        if (catalog == null || app.get("catalog.spool.dir", null) == null) {
            return;
        }
        Container c = catalog.container();
        List<Env> environment = r.environment(catalog, c);
        Map<String, String> env = Rendered.values(environment);
        String dir = env.getOrDefault("CATALOG_SPOOL_DIR", app.get("catalog.spool.dir", ""));
        long maxBytes = Long.parseLong(env.getOrDefault("CATALOG_SPOOL_MAX_BYTES", app.get("catalog.spool.max-bytes", "0")));
        String base = "spec.template.spec.containers[" + c.getName() + "]";
        checkSpoolKey(catalog, environment, base);
        var mount = c.getVolumeMounts().stream().filter(m -> dir.startsWith(m.getMountPath())).findFirst().orElse(null);
        if (mount == null) {
            r.problem(catalog.object(), base + ".volumeMounts", "nothing mounted at the spool directory " + dir
                    + " (catalog.spool.dir): the root filesystem is read-only");
            return;
        }
        Volume volume = catalog.template().getSpec().getVolumes().stream().filter(v -> v.getName().equals(mount.getName()))
                .findFirst().orElse(null);
        if (volume == null) {
            return; // reported by ReferenceChecks
        }
        String field = "spec.template.spec.volumes[" + volume.getName() + "]";
        int replicas = maxReplicas(catalog);
        if (volume.getEmptyDir() != null) {
            if (replicas > 1) {
                r.problem(catalog.object(), field + ".emptyDir", "an emptyDir is one pod's: with " + replicas + " replicas an"
                        + " upload spooled by one could be graded by no other, and is lost with its pod (issue 17 item 6): use"
                        + " a ReadWriteMany PersistentVolumeClaim");
            }
            checkSpoolSize(catalog.object(), field + ".emptyDir.sizeLimit", volume.getEmptyDir().getSizeLimit(), maxBytes);
        } else if (volume.getPersistentVolumeClaim() != null) {
            String claimName = volume.getPersistentVolumeClaim().getClaimName();
            checkNotTheDatabasesVolume(catalog, claimName, field + ".persistentVolumeClaim.claimName");
            PersistentVolumeClaim claim = r.find(PersistentVolumeClaim.class, claimName);
            if (claim == null) {
                r.problem(catalog.object(), field + ".persistentVolumeClaim.claimName", "PersistentVolumeClaim " + claimName
                        + " does not exist");
                return;
            }
            if (replicas > 1 && !claim.getSpec().getAccessModes().contains("ReadWriteMany")) {
                r.problem(claim, "spec.accessModes", claim.getSpec().getAccessModes() + ": " + replicas + " catalog replicas"
                        + " share the spool, which needs ReadWriteMany (issue 17 item 6)");
            }
            Quantity storage = claim.getSpec().getResources() == null || claim.getSpec().getResources().getRequests() == null
                    ? null : claim.getSpec().getResources().getRequests().get("storage");
            checkSpoolSize(claim, "spec.resources.requests.storage", storage, maxBytes);
        } else {
            r.problem(catalog.object(), field, "the spool is an emptyDir (one replica) or a ReadWriteMany"
                    + " PersistentVolumeClaim of its own");
        }
    }

    /** Spooled uploads are raw content: encrypted at rest with a key from a Secret. */
    private void checkSpoolKey(Workload catalog, List<Env> environment, String base) {
        Env key = environment.stream().filter(e -> e.name().equals("CATALOG_SPOOL_KEY")).reduce((a, b) -> b).orElse(null);
        if (key == null || !(key.definedIn() instanceof io.fabric8.kubernetes.api.model.Secret)) {
            r.problem(catalog.object(), base + ".envFrom", "CATALOG_SPOOL_KEY " + (key == null ? "is not set" : "is not from a Secret")
                    + ": the spool holds raw uploads, encrypted at rest with that key (Secret catalog-spool-key)");
        }
    }

    private void checkSpoolSize(HasMetadata where, String field, Quantity size, long maxBytes) {
        long needed = (long) Math.ceil(maxBytes * SPOOL_HEADROOM);
        if (size == null) {
            r.problem(where, field, "missing: the spool volume must be bounded and hold catalog.spool.max-bytes " + maxBytes
                    + " plus " + Math.round((SPOOL_HEADROOM - 1) * 100) + " % headroom (" + needed + " bytes)");
        } else if (Quantity.getAmountInBytes(size).longValue() < needed) {
            r.problem(where, field, size + " is below catalog.spool.max-bytes " + maxBytes + " plus "
                    + Math.round((SPOOL_HEADROOM - 1) * 100) + " % headroom (" + needed + " bytes): a full spool would not fit");
        }
    }

    /**
     * The spool's claim is the catalog's alone and none of the database's: raw content must not reach the database's
     * volumes, and with them its WAL archives and backups.
     */
    private void checkNotTheDatabasesVolume(Workload catalog, String name, String field) {
        for (Workload w : r.workloads()) {
            boolean mounts = !w.name().equals(catalog.name()) && w.template().getSpec().getVolumes().stream()
                    .anyMatch(v -> v.getPersistentVolumeClaim() != null && name.equals(v.getPersistentVolumeClaim().getClaimName()));
            if (mounts) {
                r.problem(catalog.object(), field, "the spool's claim " + name + " is also mounted by " + w.object().getKind() + "/" + w.name()
                        + ": it holds raw uploads and is the catalog's alone");
            }
        }
        List<String> databaseClaims = new ArrayList<>();
        for (StatefulSet s : r.all(StatefulSet.class)) {
            s.getSpec().getVolumeClaimTemplates().forEach(t -> databaseClaims.add(t.getMetadata().getName() + "-" + s.getMetadata().getName() + "-"));
        }
        DatabaseChecks.custom(r, DatabaseChecks.CNPG, "Cluster").forEach(cluster -> databaseClaims.add(cluster.getMetadata().getName() + "-"));
        for (String prefix : databaseClaims) {
            if (name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d+(-wal)?")) {
                r.problem(catalog.object(), field, name + " is a database volume: the spool's raw uploads would reach the"
                        + " database's volumes, WAL archives and backups (issue 17 item 6)");
            }
        }
    }

    /** The most replicas the Deployment runs: its HorizontalPodAutoscaler's maximum, else its replicas field. */
    private int maxReplicas(Workload w) {
        return r.all(HorizontalPodAutoscaler.class).stream().filter(h -> h.getSpec().getScaleTargetRef().getName().equals(w.name()))
                .map(h -> h.getSpec().getMaxReplicas()).findFirst()
                .orElse(w.object() instanceof Deployment d && d.getSpec().getReplicas() != null ? d.getSpec().getReplicas() : 1);
    }
}

package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.List;
import java.util.Map;

/**
 * How the workloads scale and roll: HPAs own their Deployments' replica count, every long-running pod is under a
 * PodDisruptionBudget, rolling updates never take a serving pod away before its successor is ready, and the
 * catalog's spool volume holds a full spool.
 */
final class ScalingChecks {

    static final List<String> AUTOSCALED = List.of("classifier-service", "policy-service");
    /** Deployments that roll with maxUnavailable 0: every replica keeps serving until its successor is ready. */
    static final List<String> ROLLED_WITHOUT_GAP = List.of("classifier-service", "catalog-service", "policy-service",
            "review-console", "keycloak");

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

    /** The catalog's spool directory is a volume at least catalog.spool.max-bytes large. */
    private void checkCatalogSpool() {
        Workload catalog = r.workload("catalog-service");
        ServiceConfig app = r.services.get("catalog-service");
        if (catalog == null || app.get("catalog.spool.dir", null) == null) {
            return;
        }
        Container c = catalog.container();
        Map<String, String> env = Rendered.values(r.environment(catalog, c));
        String dir = env.getOrDefault("CATALOG_SPOOL_DIR", app.get("catalog.spool.dir", ""));
        long maxBytes = Long.parseLong(env.getOrDefault("CATALOG_SPOOL_MAX_BYTES", app.get("catalog.spool.max-bytes", "0")));
        String base = "spec.template.spec.containers[" + c.getName() + "]";
        var mount = c.getVolumeMounts().stream().filter(m -> dir.startsWith(m.getMountPath())).findFirst().orElse(null);
        if (mount == null) {
            r.problem(catalog.object(), base + ".volumeMounts", "nothing mounted at the spool directory " + dir
                    + " (catalog.spool.dir): the root filesystem is read-only");
            return;
        }
        Volume volume = catalog.template().getSpec().getVolumes().stream().filter(v -> v.getName().equals(mount.getName()))
                .findFirst().orElse(null);
        if (volume != null && volume.getEmptyDir() != null && volume.getEmptyDir().getSizeLimit() != null
                && Quantity.getAmountInBytes(volume.getEmptyDir().getSizeLimit()).longValue() < maxBytes) {
            r.problem(catalog.object(), "spec.template.spec.volumes[" + volume.getName() + "].emptyDir.sizeLimit",
                    volume.getEmptyDir().getSizeLimit() + " is below catalog.spool.max-bytes " + maxBytes
                    + ": a full spool would get the pod evicted");
        }
    }
}

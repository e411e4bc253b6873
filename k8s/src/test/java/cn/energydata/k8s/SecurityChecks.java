package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every pod passes the restricted Pod Security Standard and more; every image has a fixed tag. */
final class SecurityChecks {

    private final Rendered r;

    SecurityChecks(Rendered rendered) {
        this.r = rendered;
    }

    void check() {
        for (Workload w : r.workloads()) {
            checkPod(w);
            Set<String> emptyDirs = new LinkedHashSet<>();
            var spec = w.template().getSpec();
            (spec.getVolumes() == null ? List.<Volume>of() : spec.getVolumes()).stream()
                    .filter(v -> v.getEmptyDir() != null).forEach(v -> emptyDirs.add(v.getName()));
            for (Container c : spec.getContainers()) {
                checkContainer(w, c, emptyDirs, false);
            }
            // e.g. one that copies JDBC drivers into discovery-service's drivers volume (k8s/README.md)
            for (Container c : spec.getInitContainers()) {
                checkContainer(w, c, emptyDirs, true);
            }
        }
        checkClassifierMemory();
        checkImages();
    }

    private void checkPod(Workload w) {
        var spec = w.template().getSpec();
        PodSecurityContext pod = spec.getSecurityContext();
        if (pod == null || !Boolean.TRUE.equals(pod.getRunAsNonRoot())) {
            r.problem(w.object(), "spec.template.spec.securityContext.runAsNonRoot", "must be true");
        }
        if (pod == null || pod.getSeccompProfile() == null || !"RuntimeDefault".equals(pod.getSeccompProfile().getType())) {
            r.problem(w.object(), "spec.template.spec.securityContext.seccompProfile.type", "must be RuntimeDefault");
        }
        if (!Boolean.FALSE.equals(spec.getAutomountServiceAccountToken())) {
            r.problem(w.object(), "spec.template.spec.automountServiceAccountToken", "must be false: no pod talks to the API server");
        }
    }

    private void checkContainer(Workload w, Container c, Set<String> emptyDirs, boolean init) {
        String base = "spec.template.spec." + (init ? "initContainers[" : "containers[") + c.getName() + "]";
        SecurityContext sc = c.getSecurityContext();
        if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            r.problem(w.object(), base + ".securityContext.allowPrivilegeEscalation", "must be false");
        }
        if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            r.problem(w.object(), base + ".securityContext.readOnlyRootFilesystem", "must be true");
        }
        if (sc == null || sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")
                || !sc.getCapabilities().getAdd().isEmpty()) {
            r.problem(w.object(), base + ".securityContext.capabilities", "must drop ALL and add none");
        }
        if (sc == null || Boolean.TRUE.equals(sc.getPrivileged()) || Boolean.FALSE.equals(sc.getRunAsNonRoot())
                || (sc.getRunAsUser() != null && sc.getRunAsUser() == 0)) {
            r.problem(w.object(), base + ".securityContext", "must not run privileged or as root");
        }
        boolean tmp = c.getVolumeMounts() != null && c.getVolumeMounts().stream()
                .anyMatch(m -> m.getMountPath().equals("/tmp") && emptyDirs.contains(m.getName()));
        if (!tmp && !init) {
            r.problem(w.object(), base + ".volumeMounts", "no emptyDir mounted at /tmp (the root filesystem is read-only)");
        }
        var resources = c.getResources();
        for (String kind : List.of("requests", "limits")) {
            Map<String, Quantity> map = resources == null ? null : kind.equals("requests") ? resources.getRequests() : resources.getLimits();
            for (String resource : List.of("cpu", "memory")) {
                if (map == null || !map.containsKey(resource)) {
                    r.problem(w.object(), base + ".resources." + kind + "." + resource, "missing");
                }
            }
        }
        if (w.selector() == null || init) {
            return; // a Job or an init container: runs to completion, no probes
        }
        if (c.getLivenessProbe() == null) {
            r.problem(w.object(), base + ".livenessProbe", "missing");
        }
        if (c.getReadinessProbe() == null) {
            r.problem(w.object(), base + ".readinessProbe", "missing");
        }
    }

    private void checkClassifierMemory() {
        Workload classifier = r.workload("classifier-service");
        if (classifier == null) {
            return;
        }
        Container c = classifier.container();
        Quantity limit = c.getResources() == null || c.getResources().getLimits() == null ? null : c.getResources().getLimits().get("memory");
        if (limit != null && Quantity.getAmountInBytes(limit).compareTo(Quantity.getAmountInBytes(new Quantity("1Gi"))) < 0) {
            r.problem(classifier.object(), "spec.template.spec.containers[" + c.getName() + "].resources.limits.memory",
                    limit + " is too small for Tika: at least 1Gi");
        }
    }

    private void checkImages() {
        for (Workload w : r.workloads()) {
            for (Container c : w.template().getSpec().getContainers()) {
                String image = c.getImage();
                String field = "spec.template.spec.containers[" + c.getName() + "].image";
                int slash = image == null ? -1 : image.lastIndexOf('/');
                int colon = image == null ? -1 : image.lastIndexOf(':');
                if (image == null || colon <= slash || image.endsWith(":latest")) {
                    r.problem(w.object(), field, "\"" + image + "\" has no fixed tag (set one with the overlay's images:)");
                }
                if (Consistency.SERVICES.contains(w.name()) && image != null && !image.substring(slash + 1).startsWith(w.name() + ":")) {
                    r.problem(w.object(), field, "\"" + image + "\" is not the image built for " + w.name()
                            + " (k8s/images/service/Dockerfile, named after the module)");
                }
            }
        }
    }
}

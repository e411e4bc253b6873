package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Env;
import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one object names exists: workload selectors match their pods, volumes, ConfigMaps, Secrets and keys exist,
 * Services select pods and target real container ports, and in-cluster URLs name real Services and ports.
 */
final class ReferenceChecks {

    private static final Pattern IN_CLUSTER = Pattern.compile("^(?:jdbc:[a-z]+:)?(https?|postgresql)?:?//([^/:,]+)(?::(\\d+))?");

    private final Rendered r;

    ReferenceChecks(Rendered rendered) {
        this.r = rendered;
    }

    void check() {
        checkWorkloadSelectors();
        checkVolumesAndEnvironment();
        checkServices();
        checkInClusterUrls();
    }

    private void checkWorkloadSelectors() {
        for (Workload w : r.workloads()) {
            if (w.selector() != null && !Rendered.matches(w.selector(), w.labels())) {
                r.problem(w.object(), "spec.selector", "does not match the pod template's labels " + w.labels());
            }
        }
        for (StatefulSet s : r.all(StatefulSet.class)) {
            if (s.getSpec().getServiceName() != null && r.find(Service.class, s.getSpec().getServiceName()) == null) {
                r.problem(s, "spec.serviceName", "Service " + s.getSpec().getServiceName() + " does not exist");
            }
        }
    }

    private void checkVolumesAndEnvironment() {
        for (Workload w : r.workloads()) {
            List<Volume> volumes = w.template().getSpec().getVolumes() == null ? List.of() : w.template().getSpec().getVolumes();
            Set<String> volumeNames = new LinkedHashSet<>();
            volumes.forEach(v -> volumeNames.add(v.getName()));
            if (w.object() instanceof StatefulSet s && s.getSpec().getVolumeClaimTemplates() != null) {
                s.getSpec().getVolumeClaimTemplates().forEach(t -> volumeNames.add(t.getMetadata().getName()));
            }
            for (Volume v : volumes) {
                String field = "spec.template.spec.volumes[" + v.getName() + "]";
                if (v.getConfigMap() != null && r.find(ConfigMap.class, v.getConfigMap().getName()) == null) {
                    r.problem(w.object(), field + ".configMap.name", "ConfigMap " + v.getConfigMap().getName() + " does not exist");
                }
                if (v.getSecret() != null && r.find(Secret.class, v.getSecret().getSecretName()) == null) {
                    r.problem(w.object(), field + ".secret.secretName", "Secret " + v.getSecret().getSecretName() + " does not exist");
                }
            }
            for (Container c : w.template().getSpec().getContainers()) {
                for (VolumeMount mount : c.getVolumeMounts() == null ? List.<VolumeMount>of() : c.getVolumeMounts()) {
                    if (!volumeNames.contains(mount.getName())) {
                        r.problem(w.object(), "spec.template.spec.containers[" + c.getName() + "].volumeMounts[" + mount.getName() + "].name",
                                "no volume named " + mount.getName());
                    }
                }
                r.environment(w, c); // reports missing ConfigMaps, Secrets and keys
            }
        }
    }

    private void checkServices() {
        for (Service service : r.all(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            List<Workload> selected = r.workloads().stream().filter(w -> Rendered.matchesMap(selector, w.labels())).toList();
            if (selected.isEmpty()) {
                r.problem(service, "spec.selector", "selects no pods: no workload's pod template has the labels " + selector);
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                for (Workload w : selected) {
                    if (Rendered.containerPort(w, target) == null) {
                        r.problem(service, "spec.ports[" + port.getName() + "].targetPort", "no container port " + Rendered.show(target)
                                + " in " + w.object().getKind() + "/" + w.name());
                    }
                }
            }
        }
    }

    /** The host and port a URL (http, https, jdbc:postgresql) connects to. */
    record Endpoint(String host, int port) {
        /** Whether the host is a Service of the namespace (no dots) or a cluster DNS name (….svc…). */
        boolean inCluster() {
            return !host.contains(".") || host.endsWith(".svc") || host.contains(".svc.");
        }

        /** The Service's name of an in-cluster host. */
        String service() {
            return host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
        }
    }

    /** The endpoint of a URL-valued variable, or null when the value is no URL. */
    static Endpoint endpoint(String value) {
        if (value == null || !value.contains("://")) {
            return null;
        }
        Matcher m = IN_CLUSTER.matcher(value);
        if (!m.find()) {
            return null;
        }
        int port = m.group(3) != null ? Integer.parseInt(m.group(3)) : value.startsWith("https") ? 443 : 80;
        return new Endpoint(m.group(2), port);
    }

    /**
     * URLs to other components (http://classifier-service:8081, jdbc:postgresql://energy-db-pooler-rw:5432/...) name
     * real Services and ports: the overlay's own, or those the PostgreSQL operator creates for a Cluster or Pooler.
     */
    private void checkInClusterUrls() {
        Map<String, Set<Integer>> operatorServices = DatabaseChecks.operatorServices(r);
        for (Workload w : r.workloads()) {
            for (Container c : w.template().getSpec().getContainers()) {
                for (Env e : r.environment(w, c)) {
                    Endpoint endpoint = endpoint(e.value());
                    if (endpoint == null || !endpoint.inCluster()) {
                        continue; // a public host name, checked by IssuerChecks
                    }
                    String service = endpoint.service();
                    int port = endpoint.port();
                    if (operatorServices.containsKey(service)) {
                        if (!operatorServices.get(service).contains(port)) {
                            r.problem(e.definedIn(), e.field(), e.value() + ": the operator's Service " + service + " has no port " + port);
                        }
                    } else if (r.find(Service.class, service) == null) {
                        r.problem(e.definedIn(), e.field(), e.value() + " names Service " + service + ", which does not exist");
                    } else if (r.servicePort(service, port) == null) {
                        r.problem(e.definedIn(), e.field(), e.value() + ": Service " + service + " has no port " + port);
                    }
                }
            }
        }
    }
}

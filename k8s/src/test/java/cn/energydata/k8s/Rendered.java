package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rendered overlay and the lookups every check needs: objects by kind and name, workloads and their pods'
 * labels, a container's resolved environment, ports; problems are collected here, naming the file an object comes
 * from.
 */
final class Rendered {

    final String overlay;
    final List<HasMetadata> objects;
    final Manifests manifests;
    final List<Problem> problems;
    final Map<String, ServiceConfig> services = new LinkedHashMap<>();

    Rendered(String overlay, List<HasMetadata> objects, Manifests manifests, List<Problem> problems) {
        this.overlay = overlay;
        this.objects = objects;
        this.manifests = manifests;
        this.problems = problems;
        for (String module : Consistency.SERVICES) {
            services.put(module, new ServiceConfig(manifests.repo, module));
        }
    }

    void problem(HasMetadata where, String field, String message) {
        problems.add(new Problem(overlay + " rendered " + where.getKind() + "/" + where.getMetadata().getName()
                + " (" + manifests.origin(where, overlay) + ")", field, message));
    }

    /** A problem of the overlay as a whole (something missing), not of one object. */
    void problem(String what, String message) {
        problems.add(new Problem(overlay, what, message));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T find(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst().orElse(null);
    }

    /** A Deployment, StatefulSet or Job (a Job has no selector). */
    record Workload(HasMetadata object, PodTemplateSpec template, LabelSelector selector) {
        String name() {
            return object.getMetadata().getName();
        }

        Map<String, String> labels() {
            return template.getMetadata() == null || template.getMetadata().getLabels() == null ? Map.of()
                    : template.getMetadata().getLabels();
        }

        Container container() {
            return template.getSpec().getContainers().get(0);
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
        for (Job j : all(Job.class)) {
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
                if (!matches(r, labels.get(r.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean matches(LabelSelectorRequirement r, String value) {
        List<String> values = r.getValues() == null ? List.of() : r.getValues();
        return switch (r.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }

    static boolean matchesMap(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static Map<String, String> secretData(Secret secret) {
        Map<String, String> data = new LinkedHashMap<>();
        // The MIME decoder: kustomize wraps long base64 values over several lines.
        if (secret.getData() != null) {
            secret.getData().forEach((k, v) -> data.put(k, new String(Base64.getMimeDecoder().decode(v), StandardCharsets.UTF_8)));
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
            addEnvFrom(w, envFrom.get(i), base + ".envFrom[" + i + "]", env);
        }
        for (EnvVar var : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            String field = base + ".env[" + var.getName() + "]";
            env.add(new Env(var.getName(), resolve(w, var, field), w.object(), field));
        }
        return env;
    }

    private void addEnvFrom(Workload w, EnvFromSource from, String field, List<Env> env) {
        if (from.getConfigMapRef() != null) {
            String name = from.getConfigMapRef().getName();
            ConfigMap cm = find(ConfigMap.class, name);
            if (cm == null) {
                if (!Boolean.TRUE.equals(from.getConfigMapRef().getOptional())) {
                    problem(w.object(), field + ".configMapRef.name", "ConfigMap " + name + " does not exist");
                }
            } else if (cm.getData() != null) {
                cm.getData().forEach((k, v) -> env.add(new Env(k, v, cm, "data." + k)));
            }
        }
        if (from.getSecretRef() != null) {
            String name = from.getSecretRef().getName();
            Secret secret = find(Secret.class, name);
            if (secret == null) {
                if (!Boolean.TRUE.equals(from.getSecretRef().getOptional())) {
                    problem(w.object(), field + ".secretRef.name", "Secret " + name + " does not exist");
                }
            } else {
                secretData(secret).forEach((k, v) -> env.add(new Env(k, v, secret, "data." + k)));
            }
        }
    }

    /** The value of an env entry, following secretKeyRef/configMapKeyRef; a missing reference is a problem. */
    private String resolve(Workload w, EnvVar var, String field) {
        if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
            var ref = var.getValueFrom().getSecretKeyRef();
            Secret secret = find(Secret.class, ref.getName());
            if (secret == null) {
                problem(w.object(), field + ".valueFrom.secretKeyRef.name", "Secret " + ref.getName() + " does not exist");
            } else if (!secretData(secret).containsKey(ref.getKey())) {
                problem(w.object(), field + ".valueFrom.secretKeyRef.key", "Secret " + ref.getName() + " has no key " + ref.getKey());
            } else {
                return secretData(secret).get(ref.getKey());
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
                return cm.getData().get(ref.getKey());
            }
        }
        return var.getValue();
    }

    static Map<String, String> values(List<Env> env) {
        Map<String, String> map = new LinkedHashMap<>();
        env.forEach(e -> map.put(e.name(), e.value()));
        return map;
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
    ServicePort servicePort(String serviceName, int port) {
        Service service = find(Service.class, serviceName);
        if (service == null) {
            return null;
        }
        return service.getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst().orElse(null);
    }
}

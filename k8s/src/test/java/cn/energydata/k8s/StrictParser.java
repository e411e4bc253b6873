package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Kubernetes YAML into fabric8's typed API model, strictly: a value of the wrong type, an unknown field
 * (fabric8 keeps those in {@code additionalProperties}; we walk the whole object graph to find them), a missing
 * required field, an unknown kind or an invalid enumeration value is a {@link Problem} naming the file and the
 * field path.
 */
final class StrictParser {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Fields the Kubernetes API reference marks required, per model class (simple name). */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("Container", List.of("name", "image")),
            Map.entry("ContainerPort", List.of("containerPort")),
            Map.entry("EnvVar", List.of("name")),
            Map.entry("VolumeMount", List.of("name", "mountPath")),
            Map.entry("Volume", List.of("name")),
            Map.entry("SecretKeySelector", List.of("key")),
            Map.entry("ConfigMapKeySelector", List.of("key")),
            Map.entry("HTTPGetAction", List.of("port")),
            Map.entry("ServicePort", List.of("port")),
            Map.entry("PodSpec", List.of("containers")),
            Map.entry("DeploymentSpec", List.of("selector", "template")),
            Map.entry("StatefulSetSpec", List.of("selector", "template")),
            Map.entry("HorizontalPodAutoscalerSpec", List.of("scaleTargetRef", "maxReplicas")),
            Map.entry("CrossVersionObjectReference", List.of("kind", "name")),
            Map.entry("MetricSpec", List.of("type")),
            Map.entry("MetricTarget", List.of("type")),
            Map.entry("ResourceMetricSource", List.of("name", "target")),
            Map.entry("NetworkPolicySpec", List.of("podSelector")),
            Map.entry("HTTPIngressRuleValue", List.of("paths")),
            Map.entry("HTTPIngressPath", List.of("pathType", "backend")),
            Map.entry("IngressServiceBackend", List.of("name")),
            Map.entry("LabelSelectorRequirement", List.of("key", "operator")),
            Map.entry("SeccompProfile", List.of("type")));

    /** Enumerations the model types as plain strings. */
    private static final Map<String, Set<String>> ENUMS = Map.ofEntries(
            Map.entry("ContainerPort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("ServicePort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("NetworkPolicyPort.protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("HTTPIngressPath.pathType", Set.of("Exact", "Prefix", "ImplementationSpecific")),
            Map.entry("Container.imagePullPolicy", Set.of("Always", "IfNotPresent", "Never")),
            Map.entry("SeccompProfile.type", Set.of("RuntimeDefault", "Localhost", "Unconfined")),
            Map.entry("ServiceSpec.type", Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
            Map.entry("LabelSelectorRequirement.operator", Set.of("In", "NotIn", "Exists", "DoesNotExist")),
            Map.entry("MetricSpec.type", Set.of("Resource", "Pods", "Object", "External", "ContainerResource")),
            Map.entry("MetricTarget.type", Set.of("Utilization", "Value", "AverageValue")),
            Map.entry("NetworkPolicySpec.policyTypes", Set.of("Ingress", "Egress")),
            Map.entry("PersistentVolumeClaimSpec.accessModes",
                    Set.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")));

    private static final Set<String> RESOURCE_NAMES = Set.of("cpu", "memory", "ephemeral-storage", "storage");

    private static final Pattern CHAIN = Pattern.compile("\\[(?:\"([^\"]*)\"|(\\d+))]");

    private StrictParser() {
    }

    /** A parsed document and where it came from. */
    record Parsed(HasMetadata resource, String source, int document) {
        String id() {
            return resource.getKind() + "/" + resource.getMetadata().getName();
        }
    }

    /**
     * @param yaml     one or more YAML documents
     * @param source   what to name in messages (a file, or an overlay and the file it was rendered from)
     * @param partial  true for kustomize patches: only the fields they set are there, so required fields are not
     *                 checked
     */
    static List<Parsed> parse(String yaml, String source, boolean partial, List<Problem> problems) {
        return parse(yaml, source, partial, null, problems);
    }

    /**
     * @param crds the vendored CRD schemas that custom resources are validated against, or null: every custom
     *             resource is then an unknown kind
     */
    static List<Parsed> parse(String yaml, String source, boolean partial, CustomResources crds, List<Problem> problems) {
        List<Parsed> parsed = new ArrayList<>();
        String[] documents = yaml.split("(?m)^---[ \\t]*$");
        int index = 0;
        for (String document : documents) {
            if (document.lines().allMatch(line -> line.isBlank() || line.trim().startsWith("#"))) {
                continue;
            }
            index++;
            String where = documents.length > 1 ? source + " (document " + index + ")" : source;
            Object object;
            try {
                object = SERIALIZATION.unmarshal(document, KubernetesResource.class);
            } catch (RuntimeException e) {
                problems.add(new Problem(where, fieldOf(e), "wrong type or malformed YAML: " + firstLine(e)));
                continue;
            }
            if (!(object instanceof HasMetadata resource)) {
                problems.add(new Problem(where, "kind", "not a Kubernetes object"));
                continue;
            }
            if (resource instanceof GenericKubernetesResource) {
                if (crds == null || !crds.knows(resource.getApiVersion(), resource.getKind())) {
                    problems.add(new Problem(where, "kind", "unknown kind " + resource.getApiVersion() + "/"
                            + resource.getKind() + " (not in the Kubernetes API nor in the CRDs vendored under k8s/crds)"));
                    continue;
                }
                if (resource.getMetadata() == null || blank(resource.getMetadata().getName())) {
                    problems.add(new Problem(where, "metadata.name", "missing (required)"));
                    continue;
                }
                if (!partial) {
                    String at = where + " " + resource.getKind() + "/" + resource.getMetadata().getName();
                    crds.validate(resource.getApiVersion(), resource.getKind(), SERIALIZATION.unmarshal(document, Map.class))
                            .forEach(p -> problems.add(new Problem(at, p.substring(0, p.indexOf(": ")),
                                    p.substring(p.indexOf(": ") + 2) + " (CRD schema " + resource.getApiVersion() + " " + resource.getKind() + ")")));
                }
                parsed.add(new Parsed(resource, source, index));
                continue;
            }
            String id = resource.getKind() + "/" + (resource.getMetadata() == null ? "?" : resource.getMetadata().getName());
            String at = where + " " + id;
            if (resource.getMetadata() == null || blank(resource.getMetadata().getName())) {
                problems.add(new Problem(where, "metadata.name", "missing (required)"));
                continue;
            }
            walk(resource, "", at, partial, problems);
            parsed.add(new Parsed(resource, source, index));
        }
        return parsed;
    }

    /** Jackson's reference chain ["spec"]->...[0]->...["containerPort"] as spec.template...[0].containerPort. */
    static String fieldOf(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int chain = message.indexOf("reference chain:");
        if (chain < 0) {
            return "(document)";
        }
        StringBuilder path = new StringBuilder();
        Matcher m = CHAIN.matcher(message.substring(chain));
        while (m.find()) {
            if (m.group(1) != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(m.group(1));
            } else {
                path.append('[').append(m.group(2)).append(']');
            }
        }
        return path.length() == 0 ? "(document)" : path.toString();
    }

    private static String firstLine(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    private static final String PATCH_DIRECTIVE = "$patch";
    private static final Set<String> PATCH_DIRECTIVES = Set.of("delete", "replace", "merge");

    private static void walk(Object value, String path, String at, boolean partial, List<Problem> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + elementName(list.get(i), i) + "]", at, partial, problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, at, partial, problems));
            return;
        }
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        if (value instanceof io.fabric8.kubernetes.api.model.Quantity quantity) {
            try {
                io.fabric8.kubernetes.api.model.Quantity.getAmountInBytes(quantity);
            } catch (RuntimeException e) {
                problems.add(new Problem(at, path, "invalid quantity \"" + quantity + "\" (e.g. 500m, 2, 512Mi, 2Gi)"));
            }
            return;
        }
        if (value instanceof io.fabric8.kubernetes.api.model.ResourceRequirements resources) {
            for (var map : java.util.Arrays.asList(resources.getRequests(), resources.getLimits())) {
                if (map == null) {
                    continue;
                }
                for (String resource : map.keySet()) {
                    if (!RESOURCE_NAMES.contains(resource) && !resource.contains("/")) {
                        problems.add(new Problem(at, join(path, (map == resources.getRequests() ? "requests." : "limits.") + resource),
                                "unknown resource \"" + resource + "\"; known: " + RESOURCE_NAMES + " or a domain-prefixed extended resource"));
                    }
                }
            }
        }
        try {
            Method getter = type.getMethod("getAdditionalProperties");
            Object extra = getter.invoke(value);
            if (extra instanceof Map<?, ?> unknown) {
                for (Object key : unknown.keySet()) {
                    if (partial && PATCH_DIRECTIVE.equals(key) && PATCH_DIRECTIVES.contains(String.valueOf(unknown.get(key)))) {
                        continue; // a strategic-merge patch directive, e.g. "$patch: delete" of an object in an overlay
                    }
                    problems.add(new Problem(at, join(path, String.valueOf(key)),
                            "unknown field \"" + key + "\" (not in the Kubernetes API for " + type.getSimpleName() + ")"));
                }
            }
        } catch (NoSuchMethodException ignored) {
            // a model class without additional properties
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        for (Field field : fields(type)) {
            Object child;
            try {
                child = field.get(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String name = jsonName(field);
            String childPath = join(path, name);
            String key = type.getSimpleName() + "." + name;
            if (ENUMS.containsKey(key)) {
                Collection<?> values = child instanceof Collection<?> c ? c : child == null ? List.of() : List.of(child);
                for (Object v : values) {
                    if (!ENUMS.get(key).contains(String.valueOf(v))) {
                        problems.add(new Problem(at, childPath, "invalid value \"" + v + "\"; allowed: " + ENUMS.get(key)));
                    }
                }
            }
            walk(child, childPath, at, partial, problems);
        }
        if (!partial) {
            for (String required : REQUIRED.getOrDefault(type.getSimpleName(), List.of())) {
                if (missing(value, required)) {
                    problems.add(new Problem(at, join(path, required), "missing (required in " + type.getSimpleName() + ")"));
                }
            }
        }
    }

    private static boolean missing(Object value, String fieldName) {
        for (Field field : fields(value.getClass())) {
            if (jsonName(field).equals(fieldName)) {
                try {
                    Object v = field.get(value);
                    return v == null || (v instanceof Collection<?> c && c.isEmpty()) || (v instanceof String s && s.isBlank());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("No field " + fieldName + " in " + value.getClass());
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("additionalProperties")) {
                    continue;
                }
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return fields;
    }

    private static String jsonName(Field field) {
        com.fasterxml.jackson.annotation.JsonProperty p = field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : field.getName();
    }

    private static String elementName(Object element, int index) {
        if (element != null && element.getClass().getName().startsWith("io.fabric8")) {
            try {
                Object name = element.getClass().getMethod("getName").invoke(element);
                if (name instanceof String s && !s.isBlank()) {
                    return s;
                }
            } catch (ReflectiveOperationException ignored) {
                // no name: use the index
            }
        }
        return String.valueOf(index);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

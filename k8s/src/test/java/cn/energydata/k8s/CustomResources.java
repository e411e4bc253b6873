package cn.energydata.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Custom resources (CloudNativePG's Cluster, Pooler, ScheduledBackup, Database; the Barman Cloud plugin's
 * ObjectStore) validated against the operators' own CRD schemas, vendored under k8s/crds (see crds/SOURCE.md), the
 * way the API server validates them with strict field validation: types, enumerations, required fields, and no
 * field the schema does not declare (unless it says x-kubernetes-preserve-unknown-fields). CEL rules
 * (x-kubernetes-validations) are not evaluated: the operator's admission webhook checks those at apply time.
 */
final class CustomResources {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, CustomResources> LOADED = new LinkedHashMap<>();

    /** apiVersion + "/" + kind, e.g. postgresql.cnpg.io/v1/Cluster, to its schema. */
    private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();

    private CustomResources(Path crdDirectory) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (Stream<Path> walk = Files.walk(crdDirectory)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode crd = JSON.valueToTree(Manifests.yamlMap(file));
                String group = crd.at("/spec/group").asText();
                String kind = crd.at("/spec/names/kind").asText();
                for (JsonNode version : crd.at("/spec/versions")) {
                    JsonNode schema = strict(version.at("/schema/openAPIV3Schema").deepCopy());
                    schemas.put(group + "/" + version.get("name").asText() + "/" + kind, factory.getSchema(schema));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vendored CRDs of a k8s directory (loaded once: the schemas are large). */
    static synchronized CustomResources of(Path k8s) {
        return LOADED.computeIfAbsent(k8s.resolve("crds").toAbsolutePath().normalize(), CustomResources::new);
    }

    boolean knows(String apiVersion, String kind) {
        return schemas.containsKey(apiVersion + "/" + kind);
    }

    /** The problems of one custom resource, as "field: message". */
    List<String> validate(String apiVersion, String kind, Map<?, ?> document) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schemas.get(apiVersion + "/" + kind).validate(JSON.valueToTree(document))) {
            String field = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            problems.add((field.isEmpty() ? "(document)" : field) + ": " + m.getMessage().replaceFirst("^\\$[^:]*: ", ""));
        }
        return problems;
    }

    /**
     * Unknown fields are errors, as with kubectl's strict field validation: every object schema that lists its
     * properties and neither allows additional ones nor preserves unknown fields gets additionalProperties false.
     */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                strict(children.next());
            }
        } else if (schema instanceof ArrayNode array) {
            array.forEach(CustomResources::strict);
        }
        return schema;
    }
}

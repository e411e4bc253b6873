package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The manifests on disk: every YAML file under base/, components/ and overlays/, which of them are kustomize patches, and an
 * index from Kind/name to the files that define or patch it (so that a problem in a rendered overlay names the
 * file to fix).
 */
final class Manifests {

    final Path k8s;
    final Path repo;
    /** Relative file name (k8s/...) to whether it is a patch. */
    final Map<Path, Boolean> files = new LinkedHashMap<>();
    /** Kind/name to the files that define it, then the files that patch it. */
    final Map<String, List<String>> origins = new LinkedHashMap<>();
    /** Generated ConfigMap/Secret name to the kustomization that generates it. */
    final Map<String, List<String>> generators = new LinkedHashMap<>();
    /** kustomize transformer configurations (the configurations: field): YAML, but no Kubernetes objects. */
    final List<Path> configurations = new ArrayList<>();
    static final List<String> TOP = List.of("base", "components", "overlays");

    Manifests(Path k8s, Path repo) {
        this.k8s = k8s;
        this.repo = repo;
        List<Path> kustomizations;
        try (Stream<Path> walk = walk(k8s)) {
            kustomizations = walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        }
        for (Path kustomization : kustomizations) {
            Map<String, Object> k = yamlMap(kustomization);
            Path dir = kustomization.getParent();
            for (Object resource : list(k.get("resources"))) {
                Path file = dir.resolve(String.valueOf(resource)).normalize();
                if (Files.isRegularFile(file)) {
                    files.put(file, false);
                }
            }
            for (Object patch : list(k.get("patches"))) {
                Object path = patch instanceof Map<?, ?> m ? m.get("path") : patch;
                if (path != null) {
                    files.put(dir.resolve(String.valueOf(path)).normalize(), true);
                }
            }
            for (Object configuration : list(k.get("configurations"))) {
                configurations.add(dir.resolve(String.valueOf(configuration)).normalize());
            }
            for (String generator : List.of("configMapGenerator", "secretGenerator")) {
                for (Object g : list(k.get(generator))) {
                    if (g instanceof Map<?, ?> m) {
                        generators.computeIfAbsent(String.valueOf(m.get("name")), x -> new ArrayList<>())
                                .add(relative(kustomization) + " " + generator);
                    }
                }
            }
        }
        for (Map.Entry<Path, Boolean> file : files.entrySet()) {
            List<Problem> ignored = new ArrayList<>();
            for (StrictParser.Parsed parsed : StrictParser.parse(read(file.getKey()), relative(file.getKey()), true,
                    CustomResources.of(k8s), ignored)) {
                List<String> list = origins.computeIfAbsent(parsed.id(), x -> new ArrayList<>());
                String name = relative(file.getKey());
                if (file.getValue()) {
                    list.add("patched by " + name);
                } else {
                    list.add(0, name);
                }
            }
        }
    }

    /** Every file under base/, components/ and overlays/ of a k8s directory. */
    static Stream<Path> walk(Path k8s) {
        return TOP.stream().map(k8s::resolve).filter(Files::isDirectory).flatMap(dir -> {
            try {
                return Files.walk(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    String relative(Path file) {
        return "k8s/" + k8s.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Where an object rendered from an overlay comes from, e.g. "k8s/base/catalog/deployment.yaml, patched by
     * k8s/overlays/prod/…".
     *
     * @param overlay the rendered overlay, e.g. "k8s/overlays/prod": files of other overlays are left out
     */
    String origin(HasMetadata resource, String overlay) {
        String name = resource.getMetadata().getName();
        List<String> list = origins.get(resource.getKind() + "/" + name);
        if (list == null) {
            list = generators.get(name.replaceFirst("-[a-z0-9]{10}$", ""));
        }
        if (list == null) {
            return "(unknown file)";
        }
        String overlayDir = overlay.split(" ")[0];
        List<String> relevant = list.stream().filter(f -> {
            String file = f.replaceFirst("^patched by ", "");
            return file.startsWith("k8s/base/") || file.startsWith("k8s/components/") || file.startsWith(overlayDir + "/");
        }).toList();
        return relevant.isEmpty() ? "(unknown file)" : String.join(", ", relevant);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlMap(Path file) {
        Object parsed = StrictParser.SERIALIZATION.unmarshal(read(file), Map.class);
        return parsed == null ? Map.of() : (Map<String, Object>) parsed;
    }

    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}

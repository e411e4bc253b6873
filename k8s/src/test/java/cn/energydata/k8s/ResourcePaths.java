package cn.energydata.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The HTTP paths a service serves, read from the JAX-RS {@code @Path} annotations of its REST resources (its
 * {@code rest/} package, and service-common's for a module that depends on it), reduced to their first two
 * segments: {@code /api/assets/{id}/reviews} is under the root {@code /api/assets}. Roots under
 * {@code /api/internal} are the service-to-service endpoints, which the Ingress must never route.
 */
final class ResourcePaths {

    static final String INTERNAL = "/api/internal";

    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern CLASS = Pattern.compile("(?m)^(public\\s+)?(final\\s+)?(class|interface)\\s");

    private ResourcePaths() {
    }

    /** The roots of every resource path the module serves, e.g. [/api/assets, /api/internal, /api/me]. */
    static Set<String> roots(Path repo, String module, boolean usesServiceCommon) {
        Set<String> roots = new TreeSet<>();
        List<Path> dirs = new ArrayList<>(List.of(repo.resolve(module).resolve("src/main/java")));
        if (usesServiceCommon) {
            dirs.add(repo.resolve("service-common/src/main/java"));
        }
        for (Path dir : dirs) {
            for (Path file : resourceFiles(dir)) {
                roots.addAll(rootsOf(Manifests.read(file)));
            }
        }
        return roots;
    }

    static Set<String> publicRoots(Set<String> roots) {
        Set<String> result = new TreeSet<>(roots);
        result.removeIf(root -> covers(INTERNAL, root));
        return result;
    }

    /** Whether a request to {@code path} falls under {@code prefix}, matched element by element as Ingress Prefix paths are. */
    static boolean covers(String prefix, String path) {
        String p = prefix.replaceAll("/+$", "");
        return p.isEmpty() || path.equals(p) || path.startsWith(p + "/");
    }

    private static List<Path> resourceFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java") && p.getParent().getFileName().toString().equals("rest"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class-level @Path (before the class declaration) joined with each method-level @Path, cut to two segments. */
    private static Set<String> rootsOf(String source) {
        Set<String> roots = new TreeSet<>();
        Matcher declaration = CLASS.matcher(source);
        int classAt = declaration.find() ? declaration.start() : 0;
        String classPath = null;
        List<String> methodPaths = new ArrayList<>();
        Matcher m = PATH.matcher(source);
        while (m.find()) {
            if (m.start() < classAt && classPath == null) {
                classPath = m.group(1);
            } else if (m.start() > classAt) {
                methodPaths.add(m.group(1));
            }
        }
        if (classPath == null) {
            return roots;
        }
        if (methodPaths.isEmpty()) {
            methodPaths.add("");
        }
        for (String method : methodPaths) {
            roots.add(root(classPath + "/" + method));
        }
        return roots;
    }

    private static String root(String path) {
        String[] segments = path.replaceAll("/+", "/").replaceAll("^/|/$", "").split("/");
        return segments.length == 1 ? "/" + segments[0] : "/" + segments[0] + "/" + segments[1];
    }
}

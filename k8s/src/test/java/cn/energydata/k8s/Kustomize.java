package cn.energydata.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an overlay with the real kustomize built into kubectl ({@code kubectl kustomize DIR}: no cluster
 * needed). The overlays use kustomize v5 features (resources, patches, images, configMapGenerator,
 * secretGenerator with envs, namespace), so kubectl must embed kustomize v5 or newer (kubectl 1.27+).
 */
final class Kustomize {

    private static final String HOW_TO_INSTALL = "Run k8s/tools/install-tools.sh, or put a kubectl 1.27 or newer"
            + " (kustomize v5 inside) on the PATH, or point -Dkubectl=/path/to/kubectl at one.";
    private static volatile String checkedVersion;

    private Kustomize() {
    }

    static String kubectl() {
        return System.getProperty("kubectl", "kubectl");
    }

    /** Fails with a clear message (never skips) when kubectl or its kustomize is missing or too old. */
    static synchronized String requireKustomize() {
        if (checkedVersion != null) {
            return checkedVersion;
        }
        Result result;
        try {
            result = run(List.of(kubectl(), "version", "--client"), null);
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is not installed (" + e.getMessage() + "): the overlays cannot be"
                    + " rendered and validated. " + HOW_TO_INSTALL, e);
        }
        Matcher m = Pattern.compile("Kustomize Version: v(\\d+)\\.(\\d+)").matcher(result.out);
        if (result.exit != 0 || !m.find()) {
            throw new IllegalStateException("`" + kubectl() + " version --client` did not report a kustomize version (exit "
                    + result.exit + "): " + result.out + result.err + " " + HOW_TO_INSTALL);
        }
        if (Integer.parseInt(m.group(1)) < 5) {
            throw new IllegalStateException("kubectl embeds kustomize v" + m.group(1) + "." + m.group(2)
                    + "; the overlays need v5 or newer. " + HOW_TO_INSTALL);
        }
        checkedVersion = "v" + m.group(1) + "." + m.group(2);
        return checkedVersion;
    }

    /** The rendered YAML of an overlay or base directory; a kustomize error is returned as a problem. */
    static String render(Path directory, String name, List<Problem> problems) {
        requireKustomize();
        try {
            Result result = run(List.of(kubectl(), "kustomize", directory.toString()), directory.toFile());
            if (result.exit != 0) {
                // The overlay is rendered from a temporary copy: name the project's files instead.
                String root = directory.getParent().getParent().toString();
                String error = result.err.trim().replace(root + "/", "k8s/").replace(root, "k8s");
                problems.add(new Problem(name + "/kustomization.yaml", "(kustomize build)", "kustomize failed: " + error));
                return "";
            }
            return result.out;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run kubectl kustomize: " + e.getMessage(), e);
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command, java.io.File directory) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory);
        }
        Path err = java.nio.file.Files.createTempFile("kustomize", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return new Result(process.exitValue(), out, java.nio.file.Files.readString(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            java.nio.file.Files.deleteIfExists(err);
        }
    }
}

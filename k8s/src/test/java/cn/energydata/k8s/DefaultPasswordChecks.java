package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * No default password outside the dev overlay (issue 17 item 9): prod's committed Secret templates leave every
 * password and secret blank, no manifest, script or image outside overlays/dev sets one literally, and no Secret
 * rendered for prod holds a value anyone could know: dev's, the realm file's client secrets, or the usual defaults.
 */
final class DefaultPasswordChecks {

    static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|secret|passwd|_key)$");
    static final Set<String> WELL_KNOWN = Set.of("admin", "password", "change-me", "changeme", "secret", "keycloak", "postgres",
            "root", "123456");
    /** A literal (not $VAR, not empty) assigned to a password in a script or Dockerfile. */
    private static final Pattern LITERAL = Pattern.compile("(?i)(--[a-z-]*password|\\b[A-Z0-9_]*PASSW(?:OR)?D[A-Z0-9_]*)(?:=|\\s+)[\"']?([^\\s\"'$:;][^\\s\"';]*)");

    private final Validator validator;

    DefaultPasswordChecks(Validator validator) {
        this.validator = validator;
    }

    /** The committed files outside overlays/dev. */
    List<Problem> checkFiles() {
        List<Problem> problems = new ArrayList<>();
        Path dev = validator.k8s.resolve("overlays/dev");
        try (Stream<Path> walk = Stream.of("base", "components", "overlays", "images", "tools").map(validator.k8s::resolve)
                .filter(Files::isDirectory).flatMap(DefaultPasswordChecks::walk)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(dev)).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".env.example")) {
                    checkTemplate(file, problems);
                } else if (name.endsWith(".sh") || name.equals("Dockerfile")) {
                    checkScript(file, problems);
                }
            }
        }
        return problems;
    }

    private void checkTemplate(Path file, List<Problem> problems) {
        for (String line : Manifests.read(file).lines().toList()) {
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            if (SENSITIVE.matcher(key).matches() && !line.substring(eq + 1).isBlank()) {
                problems.add(new Problem(validator.manifests.relative(file), key, "has a value: a template left unchanged"
                        + " would deploy a password everyone can read here; leave it blank"));
            }
        }
    }

    private void checkScript(Path file, List<Problem> problems) {
        for (String line : Manifests.read(file).lines().toList()) {
            Matcher m = LITERAL.matcher(line);
            if (!line.trim().startsWith("#") && m.find()) {
                problems.add(new Problem(validator.manifests.relative(file), m.group(1), "set to the literal \"" + m.group(2)
                        + "\": passwords come from Secrets"));
            }
        }
    }

    /** A rendered overlay other than dev. */
    List<Problem> checkRendered(String overlay, List<HasMetadata> objects, Set<String> known) {
        List<Problem> problems = new ArrayList<>();
        String name = Validator.label(overlay);
        for (HasMetadata o : objects) {
            String where = name + " rendered " + o.getKind() + "/" + o.getMetadata().getName() + " ("
                    + validator.manifests.origin(o, name) + ")";
            if (o instanceof Secret secret) {
                for (Map.Entry<String, String> e : Rendered.secretData(secret).entrySet()) {
                    if (SENSITIVE.matcher(e.getKey()).matches() && known.contains(e.getValue().toLowerCase(Locale.ROOT))) {
                        problems.add(new Problem(where, "data." + e.getKey(), "a well-known or dev value: choose a new one"));
                    }
                }
            }
            for (Container c : containers(o)) {
                for (EnvVar var : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                    if (SENSITIVE.matcher(var.getName()).matches() && var.getValue() != null && !var.getValue().isEmpty()) {
                        problems.add(new Problem(where, "containers[" + c.getName() + "].env[" + var.getName() + "].value",
                                "a literal password: take it from a Secret"));
                    }
                }
            }
        }
        return problems;
    }

    /** Values nobody may use outside dev: dev's Secret literals, the realm file's client secrets, the usual defaults. */
    Set<String> knownValues() {
        Set<String> known = new TreeSet<>(WELL_KNOWN);
        Map<String, Object> dev = Manifests.yamlMap(validator.k8s.resolve("overlays/dev/kustomization.yaml"));
        for (Object generator : Manifests.list(dev.get("secretGenerator"))) {
            if (generator instanceof Map<?, ?> g) {
                for (Object literal : Manifests.list(g.get("literals"))) {
                    String text = String.valueOf(literal);
                    known.add(text.substring(text.indexOf('=') + 1).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (Object client : Manifests.list(RealmFile.json(validator.repo).get("clients"))) {
            if (client instanceof Map<?, ?> c && c.get("secret") != null) {
                known.add(String.valueOf(c.get("secret")).toLowerCase(Locale.ROOT));
            }
        }
        known.remove("");
        return known;
    }

    private static List<Container> containers(HasMetadata o) {
        PodTemplateSpec template = o instanceof Deployment d ? d.getSpec().getTemplate()
                : o instanceof StatefulSet s ? s.getSpec().getTemplate() : o instanceof Job j ? j.getSpec().getTemplate() : null;
        return template == null ? List.of() : template.getSpec().getContainers();
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

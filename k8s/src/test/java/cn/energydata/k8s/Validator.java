package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything the tests check, as a list of problems: each manifest file parsed strictly, each overlay rendered by
 * kustomize and parsed strictly, then the consistency checks. The negative tests run the same on broken copies.
 */
final class Validator {

    /** The prod overlay with the external-postgres component in place of cloudnative-pg, as k8s/README.md tells. */
    static final String PROD_EXTERNAL_POSTGRES = "prod-external-postgres";
    static final List<String> OVERLAYS = List.of("dev", "prod", PROD_EXTERNAL_POSTGRES);

    final Path k8s;
    final Path repo;
    final Manifests manifests;
    final Map<String, List<HasMetadata>> rendered = new LinkedHashMap<>();
    private String currentOverlay = "";

    Validator(Path k8s, Path repo) {
        this.k8s = k8s;
        this.repo = repo;
        this.manifests = new Manifests(k8s, repo);
    }

    static Path k8sDir() {
        return Path.of(System.getProperty("k8s.dir", ".")).toAbsolutePath().normalize();
    }

    static Path repoDir() {
        return Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();
    }

    /** Every YAML file under base/, components/ and overlays/ parsed on its own (patches without the required-field check). */
    List<Problem> checkFiles() {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Path, Boolean> file : manifests.files.entrySet()) {
            StrictParser.parse(Manifests.read(file.getKey()), manifests.relative(file.getKey()), file.getValue(),
                    CustomResources.of(k8s), problems);
        }
        try (Stream<Path> walk = Manifests.walk(k8s)) {
            walk.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !manifests.files.containsKey(p.normalize()) && !manifests.configurations.contains(p.normalize()))
                    .forEach(p -> problems.add(new Problem(manifests.relative(p), "(file)",
                            "listed in no kustomization.yaml (resources or patches): it would never be deployed")));
        }
        return problems;
    }

    /** One overlay rendered, parsed strictly and checked for consistency. */
    List<Problem> checkOverlay(String overlay) {
        List<Problem> problems = new ArrayList<>();
        String name = label(overlay);
        Path copy = renderableCopy(overlay);
        String yaml;
        try {
            yaml = Kustomize.render(copy, name, problems);
        } finally {
            deleteTree(copy.getParent().getParent());
        }
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---[ \\t]*$")) {
            if (document.isBlank()) {
                continue;
            }
            currentOverlay = overlay;
            String label = name + " rendered " + describe(document);
            StrictParser.parse(document, label, false, CustomResources.of(k8s), problems).forEach(p -> objects.add(p.resource()));
        }
        rendered.put(overlay, objects);
        if (!objects.isEmpty()) {
            new Consistency(name, objects, manifests, problems).checkAll();
            checkRealm(overlay, objects, problems);
            checkImageVersions(overlay, objects, problems);
        }
        return problems;
    }

    /** How problems name a rendered overlay: its directory, and for the variant the component it swaps in. */
    static String label(String overlay) {
        return overlay.equals(PROD_EXTERNAL_POSTGRES) ? "k8s/overlays/prod (with components/external-postgres)" : "k8s/overlays/" + overlay;
    }

    private String describe(String document) {
        try {
            Map<?, ?> map = StrictParser.SERIALIZATION.unmarshal(document, Map.class);
            Map<?, ?> metadata = (Map<?, ?>) map.get("metadata");
            String kind = String.valueOf(map.get("kind"));
            String name = metadata == null ? "?" : String.valueOf(metadata.get("name"));
            io.fabric8.kubernetes.api.model.GenericKubernetesResource probe = new io.fabric8.kubernetes.api.model.GenericKubernetesResource();
            probe.setKind(kind);
            probe.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name).build());
            return kind + "/" + name + " (" + manifests.origin(probe, label(currentOverlay)) + ")";
        } catch (RuntimeException e) {
            return "(unparseable document)";
        }
    }

    /**
     * A copy of base/, components/ and overlays/ in a temporary directory, with every secrets/*.env written from the
     * committed *.env.example files, so that rendering never reads an operator's real secrets. The variant
     * prod-external-postgres is prod with its database component swapped, the edit k8s/README.md tells operators.
     */
    private Path renderableCopy(String overlay) {
        try {
            Path copy = Files.createTempDirectory("k8s-render");
            for (String top : Manifests.TOP) {
                if (Files.isDirectory(k8s.resolve(top))) {
                    copyTree(k8s.resolve(top), copy.resolve(top));
                }
            }
            try (Stream<Path> walk = Files.walk(copy)) {
                for (Path example : walk.filter(p -> p.toString().endsWith(".env.example")).toList()) {
                    String env = example.getFileName().toString().replaceFirst("\\.example$", "");
                    Files.copy(example, example.resolveSibling(env), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (overlay.equals(PROD_EXTERNAL_POSTGRES)) {
                Path kustomization = copy.resolve("overlays/prod/kustomization.yaml");
                String text = Files.readString(kustomization);
                String swapped = text.replace("  - ../../components/cloudnative-pg\n", "  - ../../components/external-postgres\n");
                if (swapped.equals(text)) {
                    throw new IllegalStateException("k8s/overlays/prod/kustomization.yaml does not list ../../components/cloudnative-pg");
                }
                Files.writeString(kustomization, swapped);
                return copy.resolve("overlays/prod");
            }
            return copy.resolve("overlays").resolve(overlay);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".env")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The realm Keycloak imports is identity/energy-realm.json, and the service accounts are clients of it. */
    private void checkRealm(String overlay, List<HasMetadata> objects, List<Problem> problems) {
        String name = label(overlay);
        String identity = Manifests.read(RealmFile.path(repo));
        ConfigMap realm = objects.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .filter(cm -> cm.getData() != null && cm.getData().containsKey("energy-realm.json")).findFirst().orElse(null);
        if (realm == null) {
            problems.add(new Problem(name, "ConfigMap keycloak-realm", "no ConfigMap carries energy-realm.json"));
        } else if (!realm.getData().get("energy-realm.json").equals(identity)) {
            problems.add(new Problem(name + " rendered ConfigMap/" + realm.getMetadata().getName() + " ("
                    + manifests.origin(realm, name) + ")", "data.energy-realm.json", "differs from " + RealmFile.PATH
                    + ": copy it again (cp identity/energy-realm.json k8s/" + RealmFile.COPY + ")"));
        }
        if (!overlay.equals("dev")) {
            checkHardening(name, objects, problems);
        }
        for (HasMetadata o : objects) {
            if (!(o instanceof io.fabric8.kubernetes.api.model.apps.Deployment d)) {
                continue;
            }
            Rendered view = new Rendered(name, objects, manifests, new ArrayList<>());
            Rendered.Workload w = view.workload(d.getMetadata().getName());
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                List<Rendered.Env> environment = view.environment(w, c);
                Map<String, String> env = Rendered.values(environment);
                String where = name + " rendered Deployment/" + d.getMetadata().getName() + " (" + manifests.origin(d, name) + ")";
                // A service account (quarkus-oidc-client) or a web application logging users in (quarkus-oidc).
                for (String[] keys : new String[][] {{"QUARKUS_OIDC_CLIENT_CLIENT_ID", "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "service account"},
                        {"QUARKUS_OIDC_CLIENT_ID", "QUARKUS_OIDC_CREDENTIALS_SECRET", "web application"}}) {
                    String clientId = env.get(keys[0]);
                    if (clientId == null) {
                        continue;
                    }
                    if (!RealmFile.hasClient(repo, clientId)) {
                        problems.add(new Problem(where, keys[0], "client " + clientId + " is not in " + RealmFile.PATH));
                    } else if (overlay.equals("dev") && !RealmFile.clientSecret(repo, clientId).equals(env.get(keys[1]))) {
                        problems.add(new Problem(where, keys[1], "differs from the secret of client " + clientId + " in "
                                + RealmFile.PATH + ": the " + keys[2] + " could not get a token"));
                    } else if (!overlay.equals("dev")) {
                        environment.stream().filter(e -> e.name().equals(keys[1]) && e.definedIn() instanceof io.fabric8.kubernetes.api.model.Secret)
                                .findFirst().ifPresent(e -> checkSecretRotated(name, objects, clientId, e.definedIn().getMetadata().getName(),
                                        keys[1], where, problems));
                    }
                }
            }
        }
    }

    /**
     * Prod: Job keycloak-harden sets the secret of a client a Deployment authenticates as to the value of the Secret
     * the Deployment reads; otherwise Keycloak keeps the realm file's dev secret and the Deployment's secret is wrong.
     */
    private void checkSecretRotated(String name, List<HasMetadata> objects, String clientId, String secret, String key,
            String where, List<Problem> problems) {
        io.fabric8.kubernetes.api.model.batch.v1.Job job = hardenJob(objects);
        if (job == null) {
            return; // reported by checkHardening
        }
        ConfigMap scripts = objects.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .filter(cm -> cm.getMetadata().getName().startsWith("keycloak-harden-")).findFirst().orElse(null);
        String script = scripts == null || scripts.getData() == null ? "" : String.join("\n", scripts.getData().values());
        boolean rotated = job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null
                        && secret.equals(e.getValueFrom().getSecretKeyRef().getName()) && key.equals(e.getValueFrom().getSecretKeyRef().getKey()))
                .anyMatch(e -> Pattern.compile("(?m)^\\s*set_secret\\s+" + Pattern.quote(clientId) + "\\s+\"\\$\\{?"
                        + Pattern.quote(e.getName()) + "\\}?\"").matcher(script).find());
        if (!rotated) {
            problems.add(new Problem(where, key + " (Secret " + secret + ")", "Job keycloak-harden does not set the secret of client "
                    + clientId + " from Secret " + secret + " key " + key + " (env secretKeyRef and `set_secret " + clientId
                    + " \"$…\"` in keycloak-harden.sh): Keycloak would keep the realm file's dev secret"));
        }
    }

    private static io.fabric8.kubernetes.api.model.batch.v1.Job hardenJob(List<HasMetadata> objects) {
        return objects.stream().filter(io.fabric8.kubernetes.api.model.batch.v1.Job.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.batch.v1.Job.class::cast)
                .filter(j -> j.getMetadata().getName().equals("keycloak-harden")).findFirst().orElse(null);
    }

    /** Prod removes every demo user of the realm file (Job keycloak-harden, DEMO_USERS). */
    private void checkHardening(String name, List<HasMetadata> objects, List<Problem> problems) {
        io.fabric8.kubernetes.api.model.batch.v1.Job job = objects.stream()
                .filter(io.fabric8.kubernetes.api.model.batch.v1.Job.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.batch.v1.Job.class::cast)
                .filter(j -> j.getMetadata().getName().equals("keycloak-harden")).findFirst().orElse(null);
        if (job == null) {
            problems.add(new Problem(name, "Job/keycloak-harden", "missing: prod would keep the realm file's demo users"
                    + " and dev client secrets"));
            return;
        }
        checkConsoleUrl(name, objects, job, problems);
        List<String> expected = RealmFile.usersWithCredentials(repo);
        String demo = job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals("DEMO_USERS")).map(io.fabric8.kubernetes.api.model.EnvVar::getValue)
                .findFirst().orElse("");
        List<String> actual = java.util.Arrays.stream(demo.trim().split("\\s+")).filter(u -> !u.isEmpty()).sorted().toList();
        if (!actual.equals(expected)) {
            problems.add(new Problem(name + " rendered Job/keycloak-harden (" + manifests.origin(job, name) + ")",
                    "spec.template.spec.containers[keycloak-harden].env[DEMO_USERS]", actual + " but the users with a"
                    + " password in " + RealmFile.PATH + " are " + expected));
        }
    }

    /**
     * Prod: the console's public URL that Job keycloak-harden gives client review-console (redirect URIs, web origin)
     * is an https URL whose host the Ingress serves over TLS and routes to the console; otherwise Keycloak refuses
     * every login ("invalid redirect_uri").
     */
    private void checkConsoleUrl(String name, List<HasMetadata> objects, io.fabric8.kubernetes.api.model.batch.v1.Job job,
            List<Problem> problems) {
        boolean console = objects.stream().anyMatch(o -> o instanceof io.fabric8.kubernetes.api.model.apps.Deployment
                && o.getMetadata().getName().equals("review-console"));
        if (!console) {
            return;
        }
        String where = name + " rendered Job/keycloak-harden (" + manifests.origin(job, name) + ")";
        String field = "spec.template.spec.containers[keycloak-harden].env[CONSOLE_URL]";
        String url = job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals("CONSOLE_URL")).map(io.fabric8.kubernetes.api.model.EnvVar::getValue)
                .findFirst().orElse(null);
        if (url == null || !url.startsWith("https://")) {
            problems.add(new Problem(where, field, url + ": must be the console's public https:// URL (client review-console's"
                    + " redirect URIs)"));
            return;
        }
        String host = java.net.URI.create(url).getHost();
        boolean served = objects.stream().filter(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class::cast)
                .anyMatch(i -> i.getSpec().getTls() != null && i.getSpec().getTls().stream().anyMatch(t -> t.getHosts().contains(host))
                        && i.getSpec().getRules().stream().anyMatch(r -> host.equals(r.getHost()) && r.getHttp().getPaths().stream()
                                .anyMatch(p -> "/".equals(p.getPath()) && p.getBackend().getService() != null
                                        && "review-console".equals(p.getBackend().getService().getName()))));
        if (!served) {
            problems.add(new Problem(where, field, url + ": no Ingress serves host " + host + " over TLS with / routed to"
                    + " Service review-console, so Keycloak would redirect the browser nowhere"));
        }
    }

    /** The Keycloak image is built from the same Keycloak version the local stack runs (root pom keycloak.version). */
    private void checkImageVersions(String overlay, List<HasMetadata> objects, List<Problem> problems) {
        String version = keycloakVersion();
        for (HasMetadata o : objects) {
            if (o instanceof io.fabric8.kubernetes.api.model.apps.Deployment d && d.getMetadata().getName().equals("keycloak")) {
                String image = d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
                if (!image.endsWith(":" + version)) {
                    problems.add(new Problem(label(overlay) + " rendered Deployment/keycloak (" + manifests.origin(d, label(overlay)) + ")",
                            "spec.template.spec.containers[keycloak].image", image + " is not Keycloak " + version
                            + " (keycloak.version in the root pom.xml)"));
                }
            }
        }
    }

    String keycloakVersion() {
        Matcher m = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>").matcher(Manifests.read(repo.resolve("pom.xml")));
        if (!m.find()) {
            throw new IllegalStateException("No keycloak.version in the root pom.xml");
        }
        return m.group(1);
    }

    /** All problems of all files and overlays. */
    List<Problem> checkEverything() {
        return checkEverything(OVERLAYS);
    }

    /** All problems of all files and of the given overlays. */
    List<Problem> checkEverything(List<String> overlays) {
        List<Problem> problems = new ArrayList<>(checkFiles());
        overlays.forEach(o -> problems.addAll(checkOverlay(o)));
        problems.addAll(checkRealmCopy());
        problems.addAll(checkNoDefaultPasswords(overlays));
        return problems;
    }

    /** No default password outside overlays/dev: the committed files, and the given overlays once rendered. */
    List<Problem> checkNoDefaultPasswords(List<String> overlays) {
        DefaultPasswordChecks passwords = new DefaultPasswordChecks(this);
        List<Problem> problems = new ArrayList<>(passwords.checkFiles());
        for (String overlay : overlays) {
            if (!overlay.equals("dev")) {
                if (!rendered.containsKey(overlay)) {
                    problems.addAll(checkOverlay(overlay));
                }
                problems.addAll(passwords.checkRendered(overlay, rendered.get(overlay), passwords.knownValues()));
            }
        }
        return problems;
    }

    List<Problem> checkRealmCopy() {
        List<Problem> problems = new ArrayList<>();
        byte[] identity;
        byte[] copy;
        try {
            identity = Files.readAllBytes(RealmFile.path(repo));
            copy = Files.readAllBytes(k8s.resolve(RealmFile.COPY));
        } catch (IOException e) {
            problems.add(new Problem("k8s/" + RealmFile.COPY, "(file)", "cannot be read: " + e.getMessage()));
            return problems;
        }
        if (!java.util.Arrays.equals(identity, copy)) {
            problems.add(new Problem("k8s/" + RealmFile.COPY, "(whole file)", "differs from " + RealmFile.PATH
                    + ", the one realm file: cp identity/energy-realm.json k8s/" + RealmFile.COPY));
        }
        return problems;
    }
}

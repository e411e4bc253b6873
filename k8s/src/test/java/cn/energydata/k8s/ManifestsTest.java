package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed manifests: strictly valid Kubernetes objects, consistent with each other and with the services. */
class ManifestsTest {

    static Validator validator;

    @BeforeAll
    static void load() {
        validator = new Validator(Validator.k8sDir(), Validator.repoDir());
    }

    static void assertNoProblems(List<Problem> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    }

    @Test
    void kubectlWithKustomizeV5IsInstalled() {
        String version = Kustomize.requireKustomize();
        assertTrue(version.startsWith("v"), version);
    }

    @Test
    void everyManifestFileIsStrictlyValidAndDeployed() {
        assertFalse(validator.manifests.files.isEmpty());
        assertNoProblems(validator.checkFiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", Validator.PROD_EXTERNAL_POSTGRES})
    void overlayRendersToValidConsistentObjects(String overlay) {
        assertNoProblems(validator.checkOverlay(overlay));
        List<HasMetadata> objects = validator.rendered.get(overlay);
        String namespace = overlay.equals("dev") ? "energy-dev" : "energy";
        for (HasMetadata o : objects) {
            if (!o.getKind().equals("Namespace")) {
                assertEquals(namespace, o.getMetadata().getNamespace(), o.getKind() + "/" + o.getMetadata().getName());
            }
        }
        List<String> kinds = new java.util.ArrayList<>(List.of("Deployment", "Service", "ConfigMap", "Secret",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Ingress", "Namespace"));
        // The database: dev's StatefulSet, prod's CloudNativePG resources, or nothing but connection Secrets.
        kinds.addAll(switch (overlay) {
            case "dev" -> List.of("StatefulSet");
            case "prod" -> List.of("Cluster", "Pooler", "Database", "ScheduledBackup", "ObjectStore");
            default -> List.of();
        });
        for (String kind : kinds) {
            assertTrue(objects.stream().anyMatch(o -> o.getKind().equals(kind)), overlay + " renders no " + kind);
        }
        if (overlay.equals(Validator.PROD_EXTERNAL_POSTGRES)) {
            assertTrue(objects.stream().noneMatch(o -> o.getKind().equals("StatefulSet") || o.getApiVersion().contains("cnpg.io")),
                    "an external PostgreSQL means no database in the namespace");
        }
    }

    @Test
    void noDefaultPasswordOutsideTheDevOverlay() {
        assertNoProblems(validator.checkNoDefaultPasswords(List.of("prod", Validator.PROD_EXTERNAL_POSTGRES)));
    }

    @Test
    void realmCopyIsTheIdentityRealmFile() {
        assertNoProblems(validator.checkRealmCopy());
    }

    @Test
    void prodRunsSeveralReplicasOfEachServiceAndOfKeycloak() {
        validator.checkOverlay("prod");
        for (HasMetadata o : validator.rendered.get("prod")) {
            if (o instanceof Deployment d && (Consistency.SERVICES.contains(d.getMetadata().getName())
                    || d.getMetadata().getName().equals("keycloak"))) {
                String name = d.getMetadata().getName();
                int replicas = validator.rendered.get("prod").stream()
                        .filter(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class::isInstance)
                        .map(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class::cast)
                        .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name))
                        .map(h -> h.getSpec().getMinReplicas()).findFirst().orElse(d.getSpec().getReplicas());
                assertTrue(replicas >= 2, name + " runs " + replicas + " replica(s) in prod");
            }
        }
    }

    @Test
    void serviceImageLetsMalformedUrisReachTheRequestGuard() {
        // Issue 17: without this JVM flag Vert.x answers a malformed URI with an empty 400 before service-common's
        // RequestGuard can answer it with a problem (the local stack sets the same flag).
        String dockerfile = Manifests.read(validator.k8s.resolve("images/service/Dockerfile"));
        Matcher options = Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(options.find(), "k8s/images/service/Dockerfile: no JAVA_OPTS_APPEND");
        assertTrue(options.group(1).contains("-Dvertx.disableURIValidation=true"),
                "k8s/images/service/Dockerfile: JAVA_OPTS_APPEND must contain -Dvertx.disableURIValidation=true");
    }

    @Test
    void serviceImageRunsAsTheUserTheManifestsDeclare() {
        String dockerfile = Manifests.read(validator.k8s.resolve("images/service/Dockerfile"));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)").matcher(dockerfile);
        assertTrue(user.find(), "k8s/images/service/Dockerfile: no numeric USER");
        assertTrue(dockerfile.contains("target/quarkus-app"), "k8s/images/service/Dockerfile must package the fast-jar layout");
        validator.checkOverlay("prod");
        for (HasMetadata o : validator.rendered.get("prod")) {
            if (o instanceof Deployment d && Consistency.SERVICES.contains(d.getMetadata().getName())) {
                assertEquals(Long.parseLong(user.group(1)), d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser(),
                        "k8s/images/service/Dockerfile USER vs " + d.getMetadata().getName() + " runAsUser");
            }
        }
    }

    @Test
    void keycloakImageIsBuiltFromTheProjectsKeycloakVersion() {
        String dockerfile = Manifests.read(validator.k8s.resolve("images/keycloak/Dockerfile"));
        String version = validator.keycloakVersion();
        assertTrue(dockerfile.contains("ARG KEYCLOAK_VERSION=" + version),
                "k8s/images/keycloak/Dockerfile: ARG KEYCLOAK_VERSION must be " + version + " (root pom keycloak.version)");
    }

    @Test
    void allowListIsSmallAndExplained() {
        assertTrue(AllowedEnvironment.QUARKUS.size() <= 8, "keep the allow-list small");
        AllowedEnvironment.QUARKUS.forEach(a -> {
            int colon = a.reason().indexOf(':');
            assertTrue(colon > 0 && a.reason().length() > colon + 20, a.env() + ": the reason must name the property and explain it");
            assertEquals(a.env(), ServiceConfig.envName(a.reason().substring(0, colon)),
                    a.env() + ": the reason must start with the property it stands for");
        });
    }
}

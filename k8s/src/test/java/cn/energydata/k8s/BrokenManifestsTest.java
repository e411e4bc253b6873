package cn.energydata.k8s;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Copies of the manifests with one mistake each: the validation must fail, naming the file and the field.
 */
class BrokenManifestsTest {

    @TempDir
    Path temp;

    /** Copies k8s/base and k8s/overlays, replaces {@code from} by {@code to} once in one file, validates the copy. */
    List<Problem> breakAndValidate(String file, String from, String to) {
        try {
            Path k8s = temp.resolve("k8s");
            Validator.copyTree(Validator.k8sDir().resolve("base"), k8s.resolve("base"));
            Validator.copyTree(Validator.k8sDir().resolve("overlays"), k8s.resolve("overlays"));
            Path target = k8s.resolve(file);
            String text = Files.readString(target);
            assertTrue(text.contains(from), file + " does not contain " + from);
            String broken = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
            assertNotEquals(text, broken);
            Files.writeString(target, broken);
            // A broken overlay file is checked through its overlay; a broken base file through prod (the render
            // costs a second or more, and one overlay shows the mistake).
            String overlay = file.startsWith("overlays/dev/") ? "dev" : "prod";
            return new Validator(k8s, Validator.repoDir()).checkEverything(List.of(overlay));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertReported(List<Problem> problems, String... fragments) {
        assertTrue(problems.stream().anyMatch(p -> Arrays.stream(fragments).allMatch(f -> p.toString().contains(f))),
                () -> "expected a problem mentioning " + Arrays.toString(fragments) + ", got:\n  "
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    }

    @Test
    void typoInAFieldName() {
        List<Problem> problems = breakAndValidate("base/classifier/deployment.yaml", "containerPort: 8081", "containerPrt: 8081");
        assertReported(problems, "k8s/base/classifier/deployment.yaml", "containers[classifier-service].ports[http].containerPrt", "unknown field");
        assertReported(problems, "k8s/base/classifier/deployment.yaml", "containerPort", "missing");
    }

    @Test
    void typoInAPatchFieldName() {
        List<Problem> problems = breakAndValidate("overlays/dev/scale.yaml", "maxReplicas: 2", "maxReplica: 2");
        assertReported(problems, "k8s/overlays/dev/scale.yaml", "spec.maxReplica", "unknown field");
    }

    @Test
    void typoInAKustomization() {
        List<Problem> problems = breakAndValidate("base/kustomization.yaml", "configMapGenerator:", "configMapGenerater:");
        assertReported(problems, "k8s/base", "unknown field", "configMapGenerater");
    }

    @Test
    void replicasOnADeploymentTheAutoscalerOwns() {
        List<Problem> problems = breakAndValidate("base/policy/deployment.yaml", "  revisionHistoryLimit: 5", "  replicas: 3\n  revisionHistoryLimit: 5");
        assertReported(problems, "k8s/base/policy/deployment.yaml", "spec.replicas", "HorizontalPodAutoscaler/policy-service");
    }

    @Test
    void wrongTypeOfAValue() {
        List<Problem> problems = breakAndValidate("base/catalog/deployment.yaml", "replicas: 2", "replicas: two");
        assertReported(problems, "k8s/base/catalog/deployment.yaml", "spec.replicas", "wrong type");
    }

    @Test
    void typoInAResourceNameAndAnInvalidQuantity() {
        List<Problem> problems = breakAndValidate("base/classifier/deployment.yaml", "              memory: 2Gi", "              memry: 2GB");
        assertReported(problems, "k8s/base/classifier/deployment.yaml", "resources.limits.memry", "unknown resource");
        assertReported(problems, "k8s/base/classifier/deployment.yaml", "resources.limits.memry", "invalid quantity");
    }

    @Test
    void unknownKind() {
        List<Problem> problems = breakAndValidate("base/catalog/pdb.yaml", "kind: PodDisruptionBudget", "kind: PodDisruptionBudgit");
        assertReported(problems, "k8s/base/catalog/pdb.yaml", "kind", "unknown kind");
    }

    @Test
    void missingRequiredField() {
        List<Problem> problems = breakAndValidate("base/common/ingress.yaml", "            pathType: Prefix\n", "");
        assertReported(problems, "k8s/base/common/ingress.yaml", "pathType", "missing");
    }

    @Test
    void wrongContainerPort() {
        List<Problem> problems = breakAndValidate("base/catalog/deployment.yaml", "containerPort: 8082", "containerPort: 8080");
        assertReported(problems, "k8s/base/catalog/deployment.yaml", "containers[catalog-service].ports[http].containerPort",
                "listens on 8082", "catalog-service/src/main/resources/application.properties");
    }

    @Test
    void wrongServicePortInAUrl() {
        List<Problem> problems = breakAndValidate("base/catalog/configmap.yaml", "http://classifier-service:8081", "http://classifier-service:8080");
        assertReported(problems, "k8s/base/catalog/configmap.yaml", "data.QUARKUS_REST_CLIENT_CLASSIFIER_URL", "no port 8080");
    }

    @Test
    void wrongDatabaseHost() {
        List<Problem> problems = breakAndValidate("base/policy/configmap.yaml", "jdbc:postgresql://postgres:5432/policy",
                "jdbc:postgresql://postgresql:5432/policy");
        assertReported(problems, "k8s/base/policy/configmap.yaml", "data.QUARKUS_DATASOURCE_JDBC_URL", "Service postgresql, which does not exist");
    }

    @Test
    void realmNotMountedWhereKeycloakImportsIt() {
        List<Problem> problems = breakAndValidate("base/keycloak/deployment.yaml", "mountPath: /opt/keycloak/data/import",
                "mountPath: /opt/keycloak/import");
        assertReported(problems, "k8s/base/keycloak/deployment.yaml", "containers[keycloak].volumeMounts", "/opt/keycloak/data/import");
    }

    @Test
    void prodThatKeepsADemoUser() {
        List<Problem> problems = breakAndValidate("overlays/prod/keycloak-harden-job.yaml", "value: alice bob carol", "value: bob carol");
        assertReported(problems, "k8s/overlays/prod/keycloak-harden-job.yaml", "env[DEMO_USERS]", "alice");
    }

    @Test
    void scalingBeyondWhatPostgresCanServe() {
        List<Problem> problems = breakAndValidate("base/policy/hpa.yaml", "maxReplicas: 4", "maxReplicas: 12");
        assertReported(problems, "k8s/base/postgres/statefulset.yaml", "max_connections", "policy-service 12 x 20");
    }

    @Test
    void spoolVolumeSmallerThanTheSpool() {
        List<Problem> problems = breakAndValidate("base/catalog/deployment.yaml", "sizeLimit: 1280Mi", "sizeLimit: 256Mi");
        assertReported(problems, "k8s/base/catalog/deployment.yaml", "volumes[spool].emptyDir.sizeLimit", "catalog.spool.max-bytes");
    }

    @Test
    void missingSecret() {
        List<Problem> problems = breakAndValidate("overlays/dev/kustomization.yaml",
                "  - name: catalog-oidc-client\n    literals:\n      - QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=catalog-service-dev-secret\n", "");
        assertReported(problems, "k8s/overlays/dev", "k8s/base/catalog/deployment.yaml", "envFrom", "secretRef.name",
                "Secret catalog-oidc-client does not exist");
    }

    @Test
    void missingSecretKey() {
        List<Problem> problems = breakAndValidate("overlays/prod/secrets/keycloak-db.env.example", "KC_DB_PASSWORD=", "KC_DB_PASSWD=");
        assertReported(problems, "k8s/overlays/prod", "k8s/base/postgres/statefulset.yaml", "env[KEYCLOAK_DB_PASSWORD].valueFrom.secretKeyRef.key");
    }

    @Test
    void environmentVariableThatIsNoProperty() {
        List<Problem> problems = breakAndValidate("base/catalog/configmap.yaml", "  QUARKUS_REST_CLIENT_CLASSIFIER_URL:",
                "  QUARKUS_HTTP_PROT: \"8082\"\n  QUARKUS_REST_CLIENT_CLASSIFIER_URL:");
        assertReported(problems, "k8s/base/catalog/configmap.yaml", "data.QUARKUS_HTTP_PROT", "maps to no configuration property");
    }

    @Test
    void wrongProbePath() {
        List<Problem> problems = breakAndValidate("base/policy/deployment.yaml", "path: /q/health/ready", "path: /health/ready");
        assertReported(problems, "k8s/base/policy/deployment.yaml", "readinessProbe.httpGet.path", "/q/health/ready");
    }

    @Test
    void serviceSelectorThatSelectsNothing() {
        List<Problem> problems = breakAndValidate("base/classifier/service.yaml",
                "  selector:\n    app.kubernetes.io/name: classifier-service", "  selector:\n    app.kubernetes.io/name: clasifier-service");
        assertReported(problems, "k8s/base/classifier/service.yaml", "spec.selector", "selects no pods");
    }

    @Test
    void issuerThatIsNotKeycloaksPublicUrl() {
        List<Problem> problems = breakAndValidate("overlays/prod/public-urls.yaml",
                "QUARKUS_OIDC_TOKEN_ISSUER: https://auth.energy.example.com", "QUARKUS_OIDC_TOKEN_ISSUER: http://keycloak:8080");
        assertReported(problems, "k8s/overlays/prod/public-urls.yaml", "data.QUARKUS_OIDC_TOKEN_ISSUER",
                "Keycloak issues https://auth.energy.example.com/realms/energy");
    }

    @Test
    void keycloakHostnameWithoutIngress() {
        List<Problem> problems = breakAndValidate("overlays/dev/public-urls.yaml",
                "KC_HOSTNAME: https://auth.dev.energy.example", "KC_HOSTNAME: https://login.dev.energy.example");
        assertReported(problems, "k8s/overlays/dev/public-urls.yaml", "data.KC_HOSTNAME", "no Ingress rule");
        assertReported(problems, "k8s/overlays/dev/public-urls.yaml", "data.QUARKUS_OIDC_TOKEN_ISSUER", "Keycloak issues https://login.dev.energy.example/realms/energy");
    }

    @Test
    void networkPolicyLettingPolicyReachTheClassifier() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "              app.kubernetes.io/name: catalog-service\n      ports:\n        - protocol: TCP\n          port: 8081",
                "              app.kubernetes.io/name: catalog-service\n        - podSelector:\n            matchLabels:\n"
                        + "              app.kubernetes.io/name: policy-service\n      ports:\n        - protocol: TCP\n          port: 8081");
        assertReported(problems, "k8s/base/common/network-policies.yaml", "NetworkPolicy/classifier-service-ingress",
                "spec.ingress", "[catalog-service, policy-service]");
    }

    @Test
    void containerThatMayEscalatePrivileges() {
        List<Problem> problems = breakAndValidate("base/keycloak/deployment.yaml", "allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true");
        assertReported(problems, "k8s/base/keycloak/deployment.yaml", "securityContext.allowPrivilegeEscalation");
    }

    @Test
    void devClientSecretThatIsNotTheRealms() {
        List<Problem> problems = breakAndValidate("overlays/dev/kustomization.yaml",
                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=policy-service-dev-secret", "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=other");
        assertReported(problems, "k8s/base/policy/deployment.yaml", "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "identity/energy-realm.json");
    }

    @Test
    void realmCopyThatDriftedFromTheIdentityFile() {
        List<Problem> problems = breakAndValidate("base/keycloak/energy-realm.json", "\"accessTokenLifespan\": 300", "\"accessTokenLifespan\": 3000");
        assertReported(problems, "k8s/base/keycloak/energy-realm.json", "differs from identity/energy-realm.json");
        assertReported(problems, "data.energy-realm.json", "differs from identity/energy-realm.json");
    }

    @Test
    void consoleGivenAPropertyOnlyServiceCommonDeclares() {
        // The console does not depend on service-common: that module's defaults are no properties of the console.
        List<Problem> problems = breakAndValidate("base/console/configmap.yaml", "  QUARKUS_OIDC_CLIENT_ID: review-console",
                "  QUARKUS_OIDC_TOKEN_ALLOW_JWT_INTROSPECTION: \"false\"\n  QUARKUS_OIDC_CLIENT_ID: review-console");
        assertReported(problems, "k8s/base/console/configmap.yaml", "data.QUARKUS_OIDC_TOKEN_ALLOW_JWT_INTROSPECTION",
                "review-console maps to no configuration property");
    }

    @Test
    void consoleWithoutItsSessionSecret() {
        List<Problem> problems = breakAndValidate("overlays/dev/kustomization.yaml",
                "  - name: console-session\n", "  - name: console-sessions\n");
        assertReported(problems, "k8s/base/console/deployment.yaml", "secretRef.name", "Secret console-session does not exist");
    }

    @Test
    void networkPolicyLettingTheConsoleReachTheClassifier() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "              app.kubernetes.io/name: catalog-service\n      ports:\n        - protocol: TCP\n          port: 8081",
                "              app.kubernetes.io/name: catalog-service\n        - podSelector:\n            matchLabels:\n"
                        + "              app.kubernetes.io/name: review-console\n      ports:\n        - protocol: TCP\n          port: 8081");
        assertReported(problems, "k8s/base/common/network-policies.yaml", "NetworkPolicy/classifier-service-ingress",
                "spec.ingress", "[catalog-service, review-console]");
    }

    @Test
    void networkPolicyThatCutsTheConsoleOffThePolicyService() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: review-console\n"
                        + "        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress-nginx\n"
                        + "      ports:\n        - protocol: TCP\n          port: 8083",
                "        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress-nginx\n"
                        + "      ports:\n        - protocol: TCP\n          port: 8083");
        assertReported(problems, "NetworkPolicy for policy-service", "expected exactly [review-console]");
    }

    @Test
    void devConsoleSecretThatIsNotTheRealms() {
        List<Problem> problems = breakAndValidate("overlays/dev/kustomization.yaml",
                "QUARKUS_OIDC_CREDENTIALS_SECRET=review-console-dev-secret", "QUARKUS_OIDC_CREDENTIALS_SECRET=other");
        assertReported(problems, "k8s/base/console/deployment.yaml", "QUARKUS_OIDC_CREDENTIALS_SECRET", "client review-console",
                "identity/energy-realm.json");
    }

    @Test
    void prodThatKeepsTheConsolesDevSecret() {
        List<Problem> problems = breakAndValidate("overlays/prod/keycloak-harden.sh",
                "set_secret review-console \"$CONSOLE_CLIENT_SECRET\"\n", "");
        assertReported(problems, "k8s/base/console/deployment.yaml", "Secret console-oidc-client", "Job keycloak-harden",
                "client review-console");
    }

    @Test
    void prodConsoleUrlThatNoIngressServes() {
        List<Problem> problems = breakAndValidate("overlays/prod/keycloak-harden-job.yaml",
                "value: https://console.energy.example.com", "value: https://review.energy.example.com");
        assertReported(problems, "k8s/overlays/prod/keycloak-harden-job.yaml", "env[CONSOLE_URL]", "no Ingress serves host review.energy.example.com");
    }
}

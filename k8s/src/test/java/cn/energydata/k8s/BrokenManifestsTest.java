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

    /** Copies k8s/base, components, overlays and crds, replaces {@code from} by {@code to} once in one file, validates the copy. */
    List<Problem> breakAndValidate(String file, String from, String to) {
        try {
            Path k8s = temp.resolve("k8s");
            for (String top : List.of("base", "components", "overlays", "crds")) {
                Validator.copyTree(Validator.k8sDir().resolve(top), k8s.resolve(top));
            }
            Path target = k8s.resolve(file);
            String text = Files.readString(target);
            assertTrue(text.contains(from), file + " does not contain " + from);
            String broken = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
            assertNotEquals(text, broken);
            Files.writeString(target, broken);
            // A broken overlay file is checked through its overlay; a broken base file through prod (the render
            // costs a second or more, and one overlay shows the mistake).
            String overlay = file.startsWith("overlays/dev/") || file.startsWith("components/in-cluster-postgres/") ? "dev"
                    : file.startsWith("components/external-postgres/") ? Validator.PROD_EXTERNAL_POSTGRES : "prod";
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
        List<Problem> problems = breakAndValidate("components/in-cluster-postgres/database-urls.yaml", "jdbc:postgresql://postgres:5432/policy",
                "jdbc:postgresql://postgresql:5432/policy");
        assertReported(problems, "k8s/components/in-cluster-postgres/database-urls.yaml", "data.QUARKUS_DATASOURCE_JDBC_URL",
                "Service postgresql, which does not exist");
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
        List<Problem> problems = breakAndValidate("overlays/dev/scale.yaml", "  name: policy-service\nspec:\n  minReplicas: 1\n  maxReplicas: 2",
                "  name: policy-service\nspec:\n  minReplicas: 1\n  maxReplicas: 12");
        assertReported(problems, "k8s/components/in-cluster-postgres/statefulset.yaml", "max_connections", "policy-service 12 x 20");
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
        List<Problem> problems = breakAndValidate("overlays/prod/secrets/keycloak-db.env.example", "password=", "passwd=");
        assertReported(problems, "k8s/overlays/prod", "k8s/base/keycloak/deployment.yaml", "env[KC_DB_PASSWORD].valueFrom.secretKeyRef.key");
        assertReported(problems, "Cluster/energy-db", "spec.managed.roles[keycloak].passwordSecret", "keys username and password");
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
                "              app.kubernetes.io/name: review-console\n      ports:\n        - protocol: TCP\n          port: 8081",
                "              app.kubernetes.io/name: review-console\n        - podSelector:\n            matchLabels:\n"
                        + "              app.kubernetes.io/name: policy-service\n      ports:\n        - protocol: TCP\n          port: 8081");
        assertReported(problems, "k8s/base/common/network-policies.yaml", "NetworkPolicy/classifier-service-ingress",
                "spec.ingress", "[catalog-service, discovery-service, policy-service, review-console]");
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
    void networkPolicyLettingTheIngressControllerReachTheClassifier() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "              app.kubernetes.io/name: review-console\n      ports:\n        - protocol: TCP\n          port: 8081",
                "              app.kubernetes.io/name: review-console\n        - namespaceSelector:\n            matchLabels:\n"
                        + "              kubernetes.io/metadata.name: ingress-nginx\n      ports:\n        - protocol: TCP\n          port: 8081");
        assertReported(problems, "k8s/base/common/network-policies.yaml", "NetworkPolicy/classifier-service-ingress",
                "[catalog-service, discovery-service, ns:ingress-nginx, review-console]",
                "expected exactly [catalog-service, discovery-service, review-console]");
    }

    @Test
    void networkPolicyThatCutsTheConsoleOffThePolicyService() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: review-console\n"
                        + "        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress-nginx\n"
                        + "      ports:\n        - protocol: TCP\n          port: 8083",
                "        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress-nginx\n"
                        + "      ports:\n        - protocol: TCP\n          port: 8083");
        assertReported(problems, "NetworkPolicy for policy-service", "port http (8083)", "expected exactly [ns:ingress-nginx, review-console]");
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

    // ------------------------------------------------------------ issue 17 item 5: management port, internal paths

    @Test
    void ingressThatRoutesTheWholeApiOfTheCatalog() {
        List<Problem> problems = breakAndValidate("overlays/prod/ingress.yaml", "          - path: /api/assets\n", "          - path: /api\n");
        assertReported(problems, "k8s/overlays/prod/ingress.yaml", "paths[/api]", "routes /api/internal/* of catalog-service");
    }

    @Test
    void publicResourceThatTheIngressDoesNotRoute() {
        List<Problem> problems = breakAndValidate("overlays/prod/ingress.yaml", "          - path: /api/exports\n", "          - path: /api/export\n");
        assertReported(problems, "k8s/overlays/prod/ingress.yaml", "catalog-service serves [", "/api/exports", "does not route them");
        assertReported(problems, "k8s/overlays/prod/ingress.yaml", "[/api/export] routed to catalog-service, which serves no such path");
    }

    @Test
    void ingressThatReachesTheManagementPort() {
        List<Problem> problems = breakAndValidate("base/catalog/service.yaml", "targetPort: http", "targetPort: management");
        assertReported(problems, "k8s/overlays/prod/ingress.yaml", "leads to the management port");
    }

    @Test
    void probeOnTheApiPort() {
        List<Problem> problems = breakAndValidate("base/classifier/deployment.yaml", "              path: /q/health/ready\n              port: management",
                "              path: /q/health/ready\n              port: http");
        assertReported(problems, "k8s/base/classifier/deployment.yaml", "readinessProbe.httpGet.port", "the port named management");
    }

    @Test
    void prometheusAnnotationOnTheApiPort() {
        List<Problem> problems = breakAndValidate("base/policy/deployment.yaml", "prometheus.io/port: \"9000\"", "prometheus.io/port: \"8083\"");
        assertReported(problems, "k8s/base/policy/deployment.yaml", "annotations[prometheus.io/*]", "management port 9000");
    }

    @Test
    void prometheusLetIntoTheApiPort() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml", "          port: management", "          port: 8082");
        assertReported(problems, "NetworkPolicy/metrics-scrape-ingress", "port http (8082) of catalog-service",
                "ns:monitoring/prometheus", "expected exactly [discovery-service, ns:ingress-nginx, policy-service, review-console]");
        assertReported(problems, "NetworkPolicy for catalog-service", "port management (9000)", "expected exactly [ns:monitoring/prometheus]");
    }

    @Test
    void managementPortOpenToAnotherService() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "              app.kubernetes.io/name: review-console\n      ports:\n        - protocol: TCP\n          port: 8081\n",
                "              app.kubernetes.io/name: review-console\n");
        assertReported(problems, "NetworkPolicy/classifier-service-ingress", "port management (9000) of classifier-service",
                "[catalog-service, discovery-service, ns:monitoring/prometheus, review-console]");
    }

    @Test
    void keycloakRollingUpdateThatStopsAPodFirst() {
        List<Problem> problems = breakAndValidate("base/keycloak/deployment.yaml", "      maxUnavailable: 0", "      maxUnavailable: 1");
        assertReported(problems, "k8s/base/keycloak/deployment.yaml", "spec.strategy.rollingUpdate.maxUnavailable", "must be 0");
    }

    // ------------------------------------------------------------ issue 19: PostgreSQL on CloudNativePG, Keycloak HA

    @Test
    void clusterFieldTheOperatorDoesNotKnow() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/cluster.yaml", "  instances: 3", "  instance: 3");
        assertReported(problems, "k8s/components/cloudnative-pg/cluster.yaml", "Cluster/energy-db", "CRD schema postgresql.cnpg.io/v1 Cluster");
    }

    @Test
    void clusterValueOfTheWrongTypeAndEnumeration() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/cluster.yaml", "      method: any", "      method: all");
        assertReported(problems, "Cluster/energy-db", "spec.postgresql.synchronous.method", "CRD schema");
        problems = breakAndValidate("components/cloudnative-pg/pooler.yaml", "  instances: 2", "  instances: two");
        assertReported(problems, "Pooler/energy-db-pooler-rw", "spec.instances", "CRD schema");
    }

    @Test
    void customResourceOfAnUnknownKind() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/scheduled-backup.yaml", "kind: ScheduledBackup", "kind: ScheduledBackups");
        assertReported(problems, "k8s/components/cloudnative-pg/scheduled-backup.yaml", "kind", "unknown kind postgresql.cnpg.io/v1/ScheduledBackups");
    }

    @Test
    void clusterOfTwoInstances() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/cluster.yaml", "  instances: 3", "  instances: 2");
        assertReported(problems, "k8s/components/cloudnative-pg/cluster.yaml", "spec.instances", "at least 3");
    }

    @Test
    void replicationThatAcknowledgesWithoutAStandby() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/cluster.yaml", "dataDurability: required", "dataDurability: preferred");
        assertReported(problems, "Cluster/energy-db", "spec.postgresql.synchronous", "[catalog, policy]");
    }

    @Test
    void clusterWithoutWalArchiving() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/cluster.yaml", "isWALArchiver: true", "isWALArchiver: false");
        assertReported(problems, "Cluster/energy-db", "spec.plugins", "no WAL archiver");
    }

    @Test
    void scheduledBackupOfAnotherCluster() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/scheduled-backup.yaml", "    name: energy-db", "    name: energy");
        assertReported(problems, "Cluster/energy-db", "no ScheduledBackup of cluster energy-db");
    }

    @Test
    void backupCredentialsThatDoNotExist() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/object-store.yaml", "key: ACCESS_SECRET_KEY", "key: SECRET_ACCESS_KEY");
        assertReported(problems, "k8s/components/cloudnative-pg/object-store.yaml", "s3Credentials.secretAccessKey", "SECRET_ACCESS_KEY");
    }

    @Test
    void serviceThatBypassesThePooler() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/database-urls.yaml", "energy-db-pooler-rw:5432/policy", "energy-db-rw:5432/policy");
        assertReported(problems, "QUARKUS_DATASOURCE_JDBC_URL", "energy-db-rw is not a read-write Pooler");
    }

    @Test
    void databaseTheClusterDoesNotHave() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/databases.yaml", "  name: policy\n", "  name: policies\n");
        assertReported(problems, "Deployment/policy-service", "database policy is no Database of cluster energy-db");
    }

    @Test
    void poolerTooSmallForThePoolsAtFullScale() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/pooler.yaml", "max_client_conn: \"400\"", "max_client_conn: \"100\"");
        assertReported(problems, "Pooler/energy-db-pooler-rw", "max_client_conn", "policy-service 4 x 20");
        problems = breakAndValidate("components/cloudnative-pg/cluster.yaml", "max_connections: \"220\"", "max_connections: \"180\"");
        assertReported(problems, "Cluster/energy-db", "max_connections", "energy-db-pooler-rw 2 x 25 x 3 databases", "keycloak 2 x 20");
    }

    @Test
    void networkPolicyLettingTheConsoleReachThePooler() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/network-policies.yaml",
                "              app.kubernetes.io/name: policy-service\n",
                "              app.kubernetes.io/name: policy-service\n        - podSelector:\n            matchLabels:\n"
                        + "              app.kubernetes.io/name: review-console\n");
        assertReported(problems, "NetworkPolicy/energy-db-pooler-ingress", "port pgbouncer (5432) of energy-db-pooler-rw",
                "expected exactly [catalog-service, discovery-service, policy-service]");
    }

    @Test
    void operatorCutOffTheInstances() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/network-policies.yaml",
                "              kubernetes.io/metadata.name: cnpg-system", "              kubernetes.io/metadata.name: cnpg");
        assertReported(problems, "port status (8000) of energy-db", "expected exactly [energy-db, ns:cnpg-system/cloudnative-pg]");
    }

    @Test
    void externalDatabaseUrlSecretWithoutAKey() {
        List<Problem> problems = breakAndValidate("components/external-postgres/secrets/database-urls.env.example", "policy=jdbc", "policies=jdbc");
        assertReported(problems, "k8s/overlays/prod (with components/external-postgres)", "env[QUARKUS_DATASOURCE_JDBC_URL]",
                "has no key policy");
    }

    // ------------------------------------------------------------ issue 17 item 9: no default admin password

    @Test
    void prodSecretTemplateWithAnAdminPassword() {
        List<Problem> problems = breakAndValidate("overlays/prod/secrets/keycloak-admin.env.example", "KC_BOOTSTRAP_ADMIN_PASSWORD=",
                "KC_BOOTSTRAP_ADMIN_PASSWORD=admin");
        assertReported(problems, "k8s/overlays/prod/secrets/keycloak-admin.env.example", "KC_BOOTSTRAP_ADMIN_PASSWORD", "leave it blank");
        assertReported(problems, "Secret/keycloak-admin", "data.KC_BOOTSTRAP_ADMIN_PASSWORD", "a well-known or dev value");
    }

    @Test
    void prodSecretWithTheDevPassword() {
        List<Problem> problems = breakAndValidate("overlays/prod/secrets/catalog-db.env.example", "password=", "password=catalog-dev-password");
        assertReported(problems, "Secret/catalog-db", "data.password", "a well-known or dev value");
    }

    @Test
    void literalPasswordInAManifestOutsideDev() {
        List<Problem> problems = breakAndValidate("overlays/prod/keycloak-harden-job.yaml", "            - name: DEMO_USERS\n",
                "            - name: KC_BOOTSTRAP_ADMIN_PASSWORD\n              value: s3cret-but-committed\n            - name: DEMO_USERS\n");
        assertReported(problems, "Job/keycloak-harden", "env[KC_BOOTSTRAP_ADMIN_PASSWORD].value", "a literal password");
    }

    @Test
    void literalPasswordInAScript() {
        List<Problem> problems = breakAndValidate("overlays/prod/keycloak-harden.sh", "--password \"$KC_BOOTSTRAP_ADMIN_PASSWORD\"", "--password admin");
        assertReported(problems, "k8s/overlays/prod/keycloak-harden.sh", "--password", "literal \"admin\"");
    }

    @Test
    void keycloakReplicasWithoutDistributedCaches() {
        List<Problem> problems = breakAndValidate("base/keycloak/configmap.yaml", "KC_CACHE_STACK: jdbc-ping", "KC_CACHE_STACK: udp");
        assertReported(problems, "k8s/base/keycloak/deployment.yaml", "KC_CACHE_STACK", "2 replicas", "jdbc-ping");
    }

    @Test
    void keycloakClusterPortOpenToTheServices() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "    # Keycloak replicas find each other (JGroups) when scaled out.\n    - from:\n        - podSelector:\n"
                        + "            matchLabels:\n              app.kubernetes.io/name: keycloak\n",
                "    # Keycloak replicas find each other (JGroups) when scaled out.\n    - from:\n        - podSelector: {}\n");
        assertReported(problems, "NetworkPolicy/keycloak-ingress", "port jgroups (7800) of keycloak", "expected exactly [keycloak]");
    }

    @Test
    void databaseSecretForAnotherUserThanTheRole() {
        List<Problem> problems = breakAndValidate("overlays/prod/secrets/policy-db.env.example", "username=policy", "username=policy_app");
        assertReported(problems, "Cluster/energy-db", "spec.managed.roles[policy].passwordSecret", "names another user than the role policy");
    }

    // ------------------------------------------------------------ issue 16: discovery-service

    @Test
    void discoveryWithoutEgressToTheCatalog() {
        List<Problem> problems = breakAndValidate("base/discovery/network-policies.yaml",
                "    - to:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: catalog-service\n"
                        + "      ports:\n        - protocol: TCP\n          port: 8082\n", "");
        assertReported(problems, "k8s/base/discovery/deployment.yaml", "NetworkPolicy egress",
                "cannot reach http://catalog-service:8082 (QUARKUS_REST_CLIENT_CATALOG_URL)", "port http (8082) of catalog-service");
    }

    @Test
    void discoveryEgressToAServiceItDoesNotCall() {
        List<Problem> problems = breakAndValidate("base/discovery/network-policies.yaml",
                "              app.kubernetes.io/name: classifier-service\n",
                "              app.kubernetes.io/name: classifier-service\n        - podSelector:\n            matchLabels:\n"
                        + "              app.kubernetes.io/name: policy-service\n");
        assertReported(problems, "NetworkPolicy/discovery-service-egress", "spec.egress.to.podSelector",
                "lets discovery-service connect to [policy-service]");
    }

    @Test
    void discoveryEgressToEveryAddress() {
        List<Problem> problems = breakAndValidate("base/discovery/network-policies.yaml", "cidr: 192.0.2.0/24", "cidr: 0.0.0.0/0");
        assertReported(problems, "NetworkPolicy/discovery-service-data-sources", "ipBlock.cidr", "0.0.0.0/0 is every address");
    }

    @Test
    void discoveryWithoutDns() {
        List<Problem> problems = breakAndValidate("base/discovery/network-policies.yaml",
                "        - protocol: UDP\n          port: 53\n", "");
        assertReported(problems, "k8s/base/discovery/deployment.yaml", "no egress rule opens DNS");
    }

    @Test
    void discoveryWithoutItsEgressPolicies() {
        List<Problem> problems = breakAndValidate("base/kustomization.yaml", "  - discovery/network-policies.yaml\n", "");
        // The database component's egress rule still restricts the pod: everything else is now unreachable.
        assertReported(problems, "k8s/base/discovery/deployment.yaml", "cannot reach http://classifier-service:8081");
        assertReported(problems, "k8s/base/discovery/deployment.yaml", "no egress rule opens DNS");
    }

    @Test
    void discoveryCutOffItsDatabase() {
        List<Problem> problems = breakAndValidate("components/in-cluster-postgres/network-policy.yaml",
                "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: postgres\n",
                "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: keycloak\n");
        assertReported(problems, "k8s/base/discovery/deployment.yaml",
                "cannot reach jdbc:postgresql://postgres:5432/discovery (QUARKUS_DATASOURCE_JDBC_URL)");
    }

    @Test
    void discoveryCutOffAnExternalDatabase() {
        List<Problem> problems = breakAndValidate("components/external-postgres/secrets/database-urls.env.example",
                "postgres.db.example.internal:5432/discovery", "postgres.db.example.internal:6432/discovery");
        assertReported(problems, "k8s/base/discovery/deployment.yaml",
                "cannot reach its database postgres.db.example.internal:6432 (QUARKUS_DATASOURCE_JDBC_URL)");
    }

    @Test
    void networkPolicyLettingPolicyReachDiscovery() {
        List<Problem> problems = breakAndValidate("base/common/network-policies.yaml",
                "              app.kubernetes.io/name: review-console\n        - namespaceSelector:\n            matchLabels:\n"
                        + "              kubernetes.io/metadata.name: ingress-nginx\n      ports:\n        - protocol: TCP\n          port: 8085",
                "              app.kubernetes.io/name: policy-service\n        - namespaceSelector:\n            matchLabels:\n"
                        + "              kubernetes.io/metadata.name: ingress-nginx\n      ports:\n        - protocol: TCP\n          port: 8085");
        assertReported(problems, "NetworkPolicy/discovery-service-ingress", "port http (8085) of discovery-service",
                "[ns:ingress-nginx, policy-service]", "expected exactly [ns:ingress-nginx, review-console]");
    }

    @Test
    void discoveryResourceThatTheIngressDoesNotRoute() {
        List<Problem> problems = breakAndValidate("overlays/prod/ingress.yaml", "          - path: /api/sources\n", "          - path: /api/source\n");
        assertReported(problems, "k8s/overlays/prod/ingress.yaml", "discovery-service serves [/api/sources]", "does not route them");
    }

    @Test
    void prodThatKeepsTheDiscoveryDevSecret() {
        List<Problem> problems = breakAndValidate("overlays/prod/keycloak-harden.sh",
                "set_secret discovery-service \"$DISCOVERY_CLIENT_SECRET\"\n", "");
        assertReported(problems, "k8s/base/discovery/deployment.yaml", "Secret discovery-oidc-client", "Job keycloak-harden",
                "client discovery-service");
    }

    @Test
    void devDiscoverySecretThatIsNotTheRealms() {
        List<Problem> problems = breakAndValidate("overlays/dev/kustomization.yaml",
                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=discovery-service-dev-secret", "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET=other");
        assertReported(problems, "k8s/base/discovery/deployment.yaml", "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "client discovery-service");
    }

    @Test
    void discoveryWithoutItsCredentialsKey() {
        List<Problem> problems = breakAndValidate("overlays/dev/kustomization.yaml",
                "  - name: discovery-credentials-key\n", "  - name: discovery-credential-key\n");
        assertReported(problems, "k8s/base/discovery/deployment.yaml", "secretRef.name", "Secret discovery-credentials-key does not exist");
    }

    @Test
    void credentialsKeyThatIsNoAes256Key() {
        List<Problem> problems = breakAndValidate("overlays/dev/kustomization.yaml",
                "DISCOVERY_CREDENTIALS_KEY=ukvE+Lc6rcbd1Jy88bb5ZIIQ3FaI1dKKC2TESwLe0XM=", "DISCOVERY_CREDENTIALS_KEY=discovery-dev-key");
        assertReported(problems, "Secret/discovery-credentials-key", "DISCOVERY_CREDENTIALS_KEY is not base64 of 32 bytes");
    }

    @Test
    void prodCredentialsKeyWithADefault() {
        List<Problem> problems = breakAndValidate("overlays/prod/secrets/discovery-credentials-key.env.example", "DISCOVERY_CREDENTIALS_KEY=",
                "DISCOVERY_CREDENTIALS_KEY=ukvE+Lc6rcbd1Jy88bb5ZIIQ3FaI1dKKC2TESwLe0XM=");
        assertReported(problems, "k8s/overlays/prod/secrets/discovery-credentials-key.env.example", "DISCOVERY_CREDENTIALS_KEY", "leave it blank");
        assertReported(problems, "Secret/discovery-credentials-key", "data.DISCOVERY_CREDENTIALS_KEY", "a well-known or dev value");
    }

    @Test
    void discoveryDatabaseWithoutItsRole() {
        List<Problem> problems = breakAndValidate("components/cloudnative-pg/cluster.yaml",
                "      - name: discovery\n        ensure: present\n        login: true\n        passwordSecret:\n          name: discovery-db\n", "");
        assertReported(problems, "Cluster/energy-db", "spec.managed.roles[discovery]", "the owner of database discovery");
    }

    // ------------------------------------------------------------ issue 17 item 6: the catalog's shared spool

    @Test
    void spoolClaimSmallerThanTheSpool() {
        List<Problem> problems = breakAndValidate("base/catalog/spool-pvc.yaml", "storage: 2Gi", "storage: 1Gi");
        assertReported(problems, "PersistentVolumeClaim/catalog-spool", "spec.resources.requests.storage",
                "below catalog.spool.max-bytes 1073741824 plus 25 % headroom");
    }

    @Test
    void devSpoolVolumeSmallerThanTheSpool() {
        List<Problem> problems = breakAndValidate("overlays/dev/catalog-spool.yaml", "sizeLimit: 1280Mi", "sizeLimit: 1Gi");
        assertReported(problems, "k8s/overlays/dev/catalog-spool.yaml", "volumes[spool].emptyDir.sizeLimit", "plus 25 % headroom");
    }

    @Test
    void spoolThatTheReplicasCannotShare() {
        List<Problem> problems = breakAndValidate("base/catalog/spool-pvc.yaml", "    - ReadWriteMany", "    - ReadWriteOnce");
        assertReported(problems, "PersistentVolumeClaim/catalog-spool", "spec.accessModes", "2 catalog replicas", "ReadWriteMany");
    }

    @Test
    void devSpoolOnAnEmptyDirWithTwoReplicas() {
        List<Problem> problems = breakAndValidate("overlays/dev/scale.yaml", "  name: catalog-service\nspec:\n  replicas: 1",
                "  name: catalog-service\nspec:\n  replicas: 2");
        assertReported(problems, "Deployment/catalog-service", "volumes[spool].emptyDir", "with 2 replicas", "ReadWriteMany");
    }

    @Test
    void spoolOnTheDatabasesVolume() {
        List<Problem> problems = breakAndValidate("base/catalog/deployment.yaml", "claimName: catalog-spool", "claimName: energy-db-1");
        assertReported(problems, "k8s/base/catalog/deployment.yaml", "volumes[spool].persistentVolumeClaim.claimName",
                "energy-db-1 is a database volume");
    }

    @Test
    void spoolWithoutItsKey() {
        List<Problem> problems = breakAndValidate("base/catalog/deployment.yaml",
                "            - secretRef:\n                name: catalog-spool-key\n", "");
        assertReported(problems, "k8s/base/catalog/deployment.yaml", "CATALOG_SPOOL_KEY is not set", "Secret catalog-spool-key");
    }

    @Test
    void prodSpoolKeyWithTheDevKey() {
        String devKey = Manifests.read(Validator.k8sDir().resolve("overlays/dev/kustomization.yaml")).lines()
                .filter(l -> l.contains("CATALOG_SPOOL_KEY=")).findFirst().orElseThrow().trim().substring(2);
        List<Problem> problems = breakAndValidate("overlays/prod/secrets/catalog-spool-key.env.example", "CATALOG_SPOOL_KEY=", devKey);
        assertReported(problems, "k8s/overlays/prod/secrets/catalog-spool-key.env.example", "CATALOG_SPOOL_KEY", "leave it blank");
        assertReported(problems, "Secret/catalog-spool-key", "data.CATALOG_SPOOL_KEY", "a well-known or dev value");
    }
}

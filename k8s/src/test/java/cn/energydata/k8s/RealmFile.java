package cn.energydata.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** identity/energy-realm.json: the one realm file of the project. */
final class RealmFile {

    static final String PATH = "identity/energy-realm.json";
    static final String COPY = "base/keycloak/energy-realm.json";

    private RealmFile() {
    }

    static Path path(Path repo) {
        return repo.resolve(PATH);
    }

    static Map<String, Object> json(Path repo) {
        return Manifests.yamlMap(path(repo));
    }

    static String realmName(Path repo) {
        return String.valueOf(json(repo).get("realm"));
    }

    /** The secret of a confidential client, or null when the client does not exist. */
    static String clientSecret(Path repo, String clientId) {
        for (Object client : Manifests.list(json(repo).get("clients"))) {
            if (client instanceof Map<?, ?> c && clientId.equals(c.get("clientId"))) {
                return String.valueOf(c.get("secret"));
            }
        }
        return null;
    }

    static boolean hasClient(Path repo, String clientId) {
        return Manifests.list(json(repo).get("clients")).stream()
                .anyMatch(c -> c instanceof Map<?, ?> m && clientId.equals(m.get("clientId")));
    }

    /** Users the realm file gives a password: demo users for local runs and tests. */
    static List<String> usersWithCredentials(Path repo) {
        return Manifests.list(json(repo).get("users")).stream()
                .filter(u -> u instanceof Map<?, ?> m && !Manifests.list(m.get("credentials")).isEmpty())
                .map(u -> String.valueOf(((Map<?, ?>) u).get("username"))).sorted().toList();
    }
}

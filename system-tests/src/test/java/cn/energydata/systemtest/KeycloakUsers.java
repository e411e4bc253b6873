package cn.energydata.systemtest;

import cn.energydata.stack.StackConfig;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * People the demo realm does not have (a second reviewer of east-grid, a security-admin of north-oil), created
 * through Keycloak's admin API as an operator would. The password equals the user name, as for the demo users.
 */
final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** Creates an enabled user of {@code organisation} holding the realm role {@code role}; returns the user name. */
    static String create(StackConfig config, String prefix, String role, String organisation) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.masterRealmAdmin(config);
        String users = config.keycloakUrl() + "/admin/realms/energy/users";
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true,
                        "email", username + "@" + organisation + ".example", "emailVerified", true,
                        "firstName", "Journey", "lastName", "User",
                        "attributes", Map.of("org", List.of(organisation)),
                        "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .post(users)
                .then().statusCode(201)
                .extract().header("Location");
        Map<String, Object> realmRole = given().auth().oauth2(admin)
                .get(config.keycloakUrl() + "/admin/realms/energy/roles/" + role)
                .then().statusCode(200)
                .extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(realmRole))
                .post(location + "/role-mappings/realm")
                .then().statusCode(204);
        return username;
    }
}

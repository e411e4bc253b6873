package cn.energydata.systemtest;

import cn.energydata.stack.StackConfig;

import static io.restassured.RestAssured.given;

/** Real tokens from the stack's Keycloak, fetched as a user or a script would. */
public final class Tokens {

    private Tokens() {
    }

    /** Password grant on the public client energy-cli; demo passwords equal the user names. */
    public static String user(StackConfig config, String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "energy-cli")
                .formParam("username", username)
                .formParam("password", username)
                .post(config.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Client-credentials grant of a service's confidential client (dev secret from the realm file). */
    static String service(StackConfig config, String clientId) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-dev-secret")
                .post(config.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A genuine token of Keycloak's master realm: signed by a real key, but of another issuer. */
    static String masterRealmAdmin(StackConfig config) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}

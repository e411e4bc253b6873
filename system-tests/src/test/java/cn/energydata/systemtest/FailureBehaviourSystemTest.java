package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stops and restarts real processes of the stack: nothing accepted is lost, and nothing fails open.
 * Each test restarts what it stopped, so the other system tests find the stack whole.
 */
@ExtendWith(StackExtension.class)
class FailureBehaviourSystemTest {

    private static final String CUSTOMER_LIST = """
            客户编号,姓名,身份证号,手机
            C001,张伟,110105201503070021,13812345678
            C002,李娜,320102198506120034,13987654321
            """;

    private static Stack stack;
    private static StackConfig config;

    @BeforeAll
    static void stack(Stack running) {
        stack = running;
        config = running.config();
    }

    @Test
    void uploadWhileTheClassifierIsDownIsKeptAndGradedWhenItReturns() {
        String alice = Tokens.user(config, "alice");
        String id = register(alice, "Customer list (classifier outage)");
        stack.stop(Stack.CLASSIFIER);
        try {
            given().auth().oauth2(alice)
                    .multiPart("file", "customers.csv", CUSTOMER_LIST.getBytes(StandardCharsets.UTF_8), "text/csv")
                    .post(config.catalogUrl() + "/api/assets/" + id + "/content")
                    .then().statusCode(202)
                    .body("status", equalTo("GRADING_PENDING"));
        } finally {
            stack.restart(Stack.CLASSIFIER);
        }
        // Nobody resubmits: the catalog's background job grades it with its own service account.
        String status = awaitStatusOtherThan(alice, id, "GRADING_PENDING", Duration.ofSeconds(90));
        assertEquals("PROPOSED", status);
        given().auth().oauth2(alice).get(config.catalogUrl() + "/api/assets/" + id)
                .then().body("asset.categories", hasItem("pi.resident-id"));
    }

    @Test
    void catalogDownMeansDenyNeverPermit() {
        String alice = Tokens.user(config, "alice");
        String id = register(alice, "Press release (catalog outage)");
        stack.stop(Stack.CATALOG);
        try {
            // A fresh asset id, so no cached lookup can answer for the catalog.
            given().auth().oauth2(alice).contentType(ContentType.JSON)
                    .body(Map.of("action", "VIEW", "assetId", id))
                    .post(config.policyUrl() + "/api/decisions")
                    .then().statusCode(200)
                    .body("effect", equalTo("DENY"))
                    .body("reasons", hasItem(containsString("catalog could not be reached")));
        } finally {
            stack.restart(Stack.CATALOG);
        }
    }

    @Test
    void servicesKeepWorkingAcrossAKeycloakRestart() {
        String issuedBefore = Tokens.user(config, "bob");
        stack.stop(Stack.KEYCLOAK);
        try {
            // Tokens are verified locally with the cached realm keys: Keycloak being down costs nothing.
            for (String service : List.of(config.classifierUrl(), config.catalogUrl(), config.policyUrl())) {
                given().auth().oauth2(issuedBefore).get(service + "/api/me").then().statusCode(200);
            }
        } finally {
            stack.restart(Stack.KEYCLOAK);
        }
        String issuedAfter = Tokens.user(config, "bob");
        for (String service : List.of(config.classifierUrl(), config.catalogUrl(), config.policyUrl())) {
            given().auth().oauth2(issuedAfter).get(service + "/api/me")
                    .then().statusCode(200).body("username", equalTo("bob"));
        }
    }

    @Test
    void servicesRecoverFromAPostgresRestartWithoutRestarting() {
        String alice = Tokens.user(config, "alice");
        String before = register(alice, "Equipment ledger (before the database restart)");
        stack.stop("postgres");
        stack.restart("postgres");
        // Nothing is restarted but PostgreSQL: the services' pools validate connections before use, and
        // Keycloak drops its broken connections after the first failures.
        awaitStatus(config.keycloakUrl() + "/realms/energy/.well-known/openid-configuration", null, 200);
        awaitStatus(config.managementUrl(Stack.CATALOG) + "/q/health/ready", null, 200);
        awaitStatus(config.managementUrl(Stack.POLICY) + "/q/health/ready", null, 200);
        awaitStatus(config.keycloakUrl() + "/realms/energy/protocol/openid-connect/token", "alice", 200);
        String fresh = Tokens.user(config, "alice");
        given().auth().oauth2(fresh).get(config.catalogUrl() + "/api/assets/" + before).then().statusCode(200);
        register(fresh, "Equipment ledger (after the database restart)");
    }

    /** Polls a URL (a token request when {@code user} is given) until it answers {@code expected}, up to 60 s. */
    private static void awaitStatus(String url, String user, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = user == null ? given().get(url).then().extract().statusCode()
                    : given().formParam("grant_type", "password").formParam("client_id", "energy-cli")
                            .formParam("username", user).formParam("password", user)
                            .post(url).then().extract().statusCode();
            if (status == expected) {
                return;
            }
            sleep();
        }
        assertEquals(expected, status, url + " did not recover after PostgreSQL restarted");
    }

    private static String register(String token, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "FILE", "ownerDepartment", "Customer service",
                        "ownerContact", "service@east-grid.example", "energyActivity", "CONSUMPTION"))
                .post(config.catalogUrl() + "/api/assets")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static String awaitStatusOtherThan(String token, String id, String status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String current = status;
        while (Instant.now().isBefore(deadline) && status.equals(current)) {
            sleep();
            current = given().auth().oauth2(token).get(config.catalogUrl() + "/api/assets/" + id)
                    .then().statusCode(200).extract().path("asset.status");
        }
        return current;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

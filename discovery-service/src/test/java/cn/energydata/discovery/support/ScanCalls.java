package cn.energydata.discovery.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Scans over HTTP as a security-admin, waiting for them to end (a bound on waiting, not a speed assertion). */
public final class ScanCalls {

    private static final List<String> FINAL = List.of("SUCCEEDED", "PARTLY_FAILED", "FAILED", "CANCELLED");

    private ScanCalls() {
    }

    public static String register(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/sources")
                .then().statusCode(201).extract().path("id");
    }

    public static String start(String token, String sourceId, String mode) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"mode\":\"" + mode + "\"}")
                .post("/api/sources/" + sourceId + "/scans").then().statusCode(202).extract().path("id");
    }

    public static JsonPath awaitEnd(String token, String scanId) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                FINAL.contains(given().auth().oauth2(token).get("/api/scans/" + scanId).then().statusCode(200)
                        .extract().<String>path("state")));
        return given().auth().oauth2(token).get("/api/scans/" + scanId).then().extract().jsonPath();
    }

    public static JsonPath items(String token, String scanId) {
        return given().auth().oauth2(token).queryParam("size", 200).get("/api/scans/" + scanId + "/items")
                .then().statusCode(200).extract().jsonPath();
    }
}

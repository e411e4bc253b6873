package cn.energydata.classifier;

import cn.energydata.classifier.service.Capacity;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 14 target 3: beyond capacity — every slot taken and no room in the wait queue — a request is answered 503
 * problem+json with {@code Retry-After} at once, for uploads and for text alike, a JSON body before it is read; once
 * a slot is free it is classified.
 */
@QuarkusTest
@TestProfile(CapacityTest.NoWaitQueue.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CapacityTest {

    public static class NoWaitQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("classifier.extraction.max-concurrent", "2", "classifier.extraction.max-queued", "0",
                    "classifier.extraction.queue-wait", "7s");
        }
    }

    private static final String CATALOG = TestTokens.service("catalog-service", "internal-service");

    @Inject
    Capacity capacity;

    @Test
    void overCapacityIsBusyWithRetryAfter() {
        try (Capacity.Slot first = capacity.admit(); Capacity.Slot second = capacity.admit()) {
            given().auth().oauth2(CATALOG)
                    .multiPart("file", "customers.csv", "name,phone\nA,13912345678\n".getBytes(), "text/csv")
                    .when().post("/api/classifications")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "7")
                    .body("type", equalTo("urn:energy-data:problem:busy"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("retry later"));
            given().auth().oauth2(CATALOG).contentType(ContentType.JSON).body(Map.of("text", "hello"))
                    .when().post("/api/classifications")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "7");
            // A JSON body is read only once a slot is held: even a malformed one is refused busy, unread.
            given().auth().oauth2(CATALOG).contentType(ContentType.JSON).body("{\"text\":")
                    .when().post("/api/classifications")
                    .then().statusCode(503).body("type", equalTo("urn:energy-data:problem:busy"));
        }
        given().auth().oauth2(CATALOG).contentType(ContentType.JSON).body(Map.of("text", "hello"))
                .when().post("/api/classifications")
                .then().statusCode(200).body("level", equalTo("GENERAL"));
    }
}

package cn.energydata.policy.rest;

import cn.energydata.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Tokens of the test people and a short way to ask for decisions. */
final class Api {

    static final String DAVE = TestTokens.user("dave", "east-grid", "data-registrant", "security-admin");
    static final String CAROL = TestTokens.user("carol", "east-grid", "security-admin");
    static final String FRANK = TestTokens.user("frank", "east-grid", "security-admin");
    static final String AUDITOR = TestTokens.user("erin", "east-grid", "auditor");
    static final String OLGA = TestTokens.user("olga", "north-oil", "data-registrant", "security-admin", "auditor");
    static final String CATALOG_SERVICE = TestTokens.service("catalog-service", "internal-service");

    private Api() {
    }

    static ValidatableResponse decide(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/decisions").then();
    }

    static ValidatableResponse decide(String token, String assetId, String action, Map<String, Object> context) {
        return decide(token, Map.of("assetId", assetId, "action", action, "context", context));
    }
}

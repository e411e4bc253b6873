package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.AUDITOR;
import static cn.energydata.policy.rest.Api.CAROL;
import static cn.energydata.policy.rest.Api.decide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 13: the catalog's flags stop decisions (docs/service-contracts.md, policy-service → catalog-service). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class SecrecyApiTest {

    private static final String ALICE = TestTokens.user("alice", "east-grid", "data-registrant");
    private static final String DAN = TestTokens.user("dan", "east-grid", "data-registrant");
    private static final String RITA = TestTokens.user("rita", "east-grid", "security-reviewer");
    private static final String NO_PI = "{\"persons\":0,\"sensitive\":false,\"minors\":0,\"children\":0}";

    private static String flagged(String level, String secrecyReview) {
        String id = UUID.randomUUID().toString();
        CatalogWireMock.assetWith(id, "east-grid", level, NO_PI, "\"flags\":[\"POSSIBLE_STATE_SECRET\",\"NEEDS_REVIEW\"],"
                + "\"secrecyReview\":" + secrecyReview + ",\"registeredBy\":\"alice\"");
        return id;
    }

    @Test
    void aPossibleStateSecretIsStoppedAndRoutedToTheSecrecyProcess() {
        String asset = flagged("GENERAL", "null");
        for (String action : List.of("DOWNLOAD", "MODIFY", "SHARE_INTERNAL", "PROVIDE_TO_ENTITY", "PUBLISH", "DELETE")) {
            decide(ALICE, asset, action, Map.of()).statusCode(200)
                    .body("effect", equalTo("DENY"))
                    .body("policyIds", hasItem("secrecy.possible-state-secret"))
                    .body("obligations.secrecyProcess", equalTo(true))
                    .body("obligations", not(hasKey("encryption")))
                    .body("reasons[0]", containsString("secrecy process"));
        }
        decide(CAROL, asset, "TRANSFER_CROSS_BORDER", Map.of("country", "DE")).statusCode(200)
                .body("effect", equalTo("DENY")).body("obligations.secrecyProcess", equalTo(true));
        // The owner's VIEW: the registrant, a reviewer, a security-admin of the organisation.
        for (String token : List.of(ALICE, RITA, CAROL)) {
            decide(token, asset, "VIEW", Map.of()).statusCode(200)
                    .body("effect", equalTo("PERMIT"))
                    .body("policyIds", hasItem("secrecy.possible-state-secret.owner-view"))
                    .body("obligations.secrecyProcess", equalTo(true))
                    .body("obligations.logging.realTimeAlerting", equalTo(true));
        }
        // Nobody else, and not from abroad.
        for (String token : List.of(DAN, AUDITOR)) {
            decide(token, asset, "VIEW", Map.of()).statusCode(200)
                    .body("effect", equalTo("DENY"))
                    .body("policyIds", hasItem("secrecy.possible-state-secret.view"))
                    .body("obligations.secrecyProcess", equalTo(true));
        }
        decide(ALICE, asset, "VIEW", Map.of("destination", "CROSS_BORDER", "country", "DE")).statusCode(200)
                .body("effect", equalTo("DENY"));
        // The log keeps the obligation of the denial.
        given().auth().oauth2(AUDITOR).queryParam("assetId", asset).queryParam("requester", "dan")
                .when().get("/api/decisions").then().statusCode(200)
                .body("items[0].effect", equalTo("DENY"))
                .body("items[0].obligations.secrecyProcess", equalTo(true));
    }

    @Test
    void aClearedSecrecyReviewLiftsTheStop() {
        String cleared = flagged("GENERAL",
                "{\"cleared\":true,\"reference\":\"BM-2026-014\",\"by\":\"carol\",\"at\":\"2026-11-29T10:00:00Z\"}");
        decide(DAN, cleared, "DOWNLOAD", Map.of()).statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("policyIds", not(hasItem("secrecy.possible-state-secret")))
                .body("obligations", not(hasKey("secrecyProcess")));
    }

    @Test
    void outOfScopeChangesNoDecision() {
        String plain = UUID.randomUUID().toString();
        String outOfScope = UUID.randomUUID().toString();
        CatalogWireMock.assetWith(plain, "east-grid", "IMPORTANT", NO_PI, "\"flags\":[],\"registeredBy\":\"alice\"");
        CatalogWireMock.assetWith(outOfScope, "east-grid", "IMPORTANT", NO_PI,
                "\"flags\":[\"OUT_OF_SCOPE\",\"SOMETHING_NEW\"],\"registeredBy\":\"alice\"");
        for (String action : List.of("VIEW", "DOWNLOAD", "PROVIDE_TO_ENTITY", "DELETE")) {
            Map<String, Object> a = decide(DAN, plain, action, Map.of()).statusCode(200).extract().jsonPath().getMap("");
            Map<String, Object> b = decide(DAN, outOfScope, action, Map.of()).statusCode(200).extract().jsonPath().getMap("");
            assertEquals(a.get("effect"), b.get("effect"), action);
            assertEquals(a.get("policyIds"), b.get("policyIds"), action);
            assertEquals(a.get("obligations"), b.get("obligations"), action);
        }
    }
}

package cn.energydata.catalog;

import cn.energydata.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.review;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.version;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * policy-service revalidates a cached classification with {@code If-None-Match} (docs/service-contracts.md, issue 14):
 * the answer carries {@code ETag: "<asset version>"}, and an unchanged asset is 304 without a body.
 */
@QuarkusTest
class ClassificationRevalidationTest {

    private static RequestSpecification policyService() {
        return given().auth().oauth2(TestTokens.service("policy-service", "internal-service"));
    }

    private static ExtractableResponse<Response> classification(String id, String ifNoneMatch) {
        RequestSpecification request = policyService();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/internal/assets/" + id + "/classification").then().extract();
    }

    @Test
    void theEtagIsTheQuotedAssetVersionAndAnUnchangedAssetIs304WithoutABody() {
        String alice = registrant("alice", "etag-org");
        String id = register(alice, asset("Revalidated ledger [IMPORTANT]"));
        Api.gradeDescriptor(alice, id).statusCode(200);

        ExtractableResponse<Response> first = classification(id, null);
        assertEquals(200, first.statusCode());
        assertEquals("\"" + version(alice, id) + "\"", first.header("ETag"));
        assertEquals("IMPORTANT", first.path("level"));

        ExtractableResponse<Response> again = classification(id, first.header("ETag"));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body().asString());
        assertEquals(first.header("ETag"), again.header("ETag"));

        assertEquals(304, classification(id, "\"999999\", " + first.header("ETag")).statusCode(),
                "any of the listed tags");
        assertEquals(304, classification(id, "*").statusCode());
    }

    @Test
    void aChangedAssetIs200WithTheNewBodyAndETag() {
        String alice = registrant("alice", "etag-org");
        String vera = reviewer("vera", "etag-org");
        String id = register(alice, asset("Reviewed ledger [IMPORTANT]"));
        Api.gradeDescriptor(alice, id).statusCode(200);
        String before = classification(id, null).header("ETag");

        review(vera, id, "OVERRIDE", "CORE", version(vera, id)).statusCode(200);

        ExtractableResponse<Response> after = classification(id, before);
        assertEquals(200, after.statusCode());
        assertNotEquals(before, after.header("ETag"));
        assertEquals("\"" + version(alice, id) + "\"", after.header("ETag"));
        assertEquals("CORE", after.path("level"));
        assertEquals("OVERRIDDEN", after.path("status"));
        assertEquals(304, classification(id, after.header("ETag")).statusCode());
    }

    @Test
    void anUnknownAssetIsStill404() {
        assertEquals(404, classification(UUID.randomUUID().toString(), "\"1\"").statusCode());
    }
}

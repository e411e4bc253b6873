package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.ErrorLog;
import cn.energydata.testing.RawHttp;
import cn.energydata.testing.TestTokens;
import cn.energydata.testing.UriValidationByTheGuard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.energydata.policy.rest.Api.AUDITOR;
import static cn.energydata.policy.rest.Api.CAROL;
import static cn.energydata.policy.rest.Api.DAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every malformed request gets a 4xx problem+json with a stable type, naming the field or parameter where one is
 * to blame, and nothing at ERROR in the log (issue 17), on the policy service's own endpoints. The NUL rows would
 * otherwise reach PostgreSQL, which refuses the character (500); so would a person's token without org on the
 * decision log. The service takes no multipart bodies, so the part-limit row lives in the other two tables.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
@QuarkusTestResource(UriValidationByTheGuard.class)
class HostileRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    record Case(String name, String method, String target, String token, Map<String, String> headers, byte[] body,
                int status, String slug, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws Exception {
        return Stream.of(
                json("NUL in a JSON string", "/api/decisions", DAVE, Map.of("action", "VIEW", "assetId", "a\u0000"),
                        400, "validation", "assetId"),
                json("NUL in a nested JSON string", "/api/decisions", DAVE, Map.of("action", "VIEW", "assetId", "a",
                        "context", Map.of("purpose", "billing\u0000")), 400, "validation", "context.purpose"),
                json("NUL in an assessment", "/api/assessments", CAROL, Map.of("type", "PI_IMPACT",
                        "reference", "PIA-1", "scope", "all\u0000"), 400, "validation", "scope"),
                json("an unknown action", "/api/decisions", DAVE, Map.of("action", "NOPE", "assetId", "a"),
                        400, "malformed-json", "action"),
                get("?effect=NOPE", "/api/decisions?effect=NOPE", AUDITOR, 400, "validation", "effect"),
                get("?page=abc", "/api/decisions?page=abc", AUDITOR, 400, "validation", "page"),
                get("?size=1e3", "/api/decisions?size=1e3", AUDITOR, 400, "validation", "size"),
                get("?status=NOPE", "/api/approvals?status=NOPE", CAROL, 400, "validation", "status"),
                get("?year=abc", "/api/cross-border-ledger?year=abc", CAROL, 400, "validation", "year"),
                get("?page=abc on incidents", "/api/incidents?page=abc", CAROL, 400, "validation", "page"),
                get("NUL in a query parameter", "/api/decisions?assetId=%00", AUDITOR, 400, "validation", "assetId"),
                get("an id that is no UUID", "/api/approvals/not-a-uuid", CAROL, 404, "not-found", null),
                new Case("a declared body over the limit", "POST", "/api/decisions", DAVE,
                        Map.of("Content-Type", "application/json", "Content-Length", "1073741824"), "{".getBytes(),
                        413, "payload-too-large", null),
                get("a raw % in the query", "/api/decisions?requester=%", AUDITOR, 400, "malformed-uri", null),
                get("a raw % in the path", "/api/approvals/%", CAROL, 400, "malformed-uri", null),
                get("a 5 000-character query", "/api/decisions?requester=" + "a".repeat(5000), AUDITOR, 414,
                        "uri-too-long", null),
                get("a token without preferred_username", "/api/me", nameless(), 401, "unauthorized", null),
                json("a decision with a token without preferred_username", "/api/decisions", nameless(),
                        Map.of("action", "VIEW", "assetId", "a"), 401, "unauthorized", null),
                get("an auditor's token without org", "/api/decisions",
                        TestTokens.user("zed", null, "auditor"), 403, "forbidden", null),
                get("an admin's token without org", "/api/approvals",
                        TestTokens.user("zed", null, "security-admin"), 403, "forbidden", null),
                json("a decision for a person without org", "/api/decisions",
                        TestTokens.user("zed", null, "data-registrant"), Map.of("action", "VIEW", "assetId", "a"),
                        403, "forbidden", null));
    }

    private static Case json(String name, String target, String token, Object body, int status, String slug,
                             String field) throws Exception {
        return new Case(name, "POST", target, token, Map.of("Content-Type", "application/json"),
                JSON.writeValueAsBytes(body), status, slug, field);
    }

    private static Case get(String name, String target, String token, int status, String slug, String field) {
        return new Case(name, "GET", target, token, Map.of(), null, status, slug, field);
    }

    /** What a password grant through admin-cli gives: roles, but neither preferred_username nor org. */
    static String nameless() {
        return Jwt.claims().issuer(TestTokens.ISSUER).claim("azp", "admin-cli")
                .claim("realm_access", Map.of("roles", List.of("data-registrant", "auditor"))).sign();
    }

    /**
     * A streamed body (no declared length) over the limit (10 MiB here) is refused with 413 while it is read: the
     * payload-too-large problem (service-common's StreamedBodyLimit counts the entity stream), and nothing at ERROR
     * (it used to log the IOException and an IllegalStateException).
     */
    @Test
    void streamedBodyOverTheLimitIs413AndNoError() throws Exception {
        byte[] body = ("{\"action\":\"VIEW\",\"assetId\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        try (ErrorLog log = ErrorLog.capture()) {
            RawHttp.Answer answer = RawHttp.send(base, "POST", "/api/decisions", Map.of("Authorization",
                    "Bearer " + DAVE, "Content-Type", "application/json", "Transfer-Encoding", "chunked"),
                    RawHttp.chunked(body));
            assertEquals(413, answer.status());
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
            assertEquals("urn:energy-data:problem:payload-too-large", JSON.readTree(answer.body()).get("type").asText());
            assertEquals(List.of(), log.errors());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answeredWithAProblem(Case c) throws Exception {
        try (ErrorLog log = ErrorLog.capture()) {
            Map<String, String> headers = new LinkedHashMap<>(c.headers());
            headers.put("Authorization", "Bearer " + c.token());
            RawHttp.Answer answer = RawHttp.send(base, c.method(), c.target(), headers, c.body());

            assertEquals(c.status(), answer.status(), answer.body());
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals("urn:energy-data:problem:" + c.slug(), problem.path("type").asText(), answer.body());
            assertEquals(c.status(), problem.path("status").asInt());
            if (c.field() != null) {
                assertEquals(c.field(), problem.path("errors").path(0).path("field").asText(), answer.body());
            }
            assertEquals(List.of(), log.errors());
        }
    }
}

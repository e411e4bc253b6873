package cn.energydata.classifier;

import cn.energydata.testing.ErrorLog;
import cn.energydata.testing.RawHttp;
import cn.energydata.testing.TestTokens;
import cn.energydata.testing.UriValidationByTheGuard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every malformed request gets a 4xx problem+json with a stable type, naming the field where one is to blame,
 * and nothing at ERROR in the log (issue 17), on the classifier's own endpoints. The classifier takes no typed query
 * parameters, so the invalid-value rows live in the catalog's and the policy service's tables. The body limit is
 * 1 MiB here (100 MiB in production), so that a streamed body can outgrow it quickly.
 */
@QuarkusTest
@TestProfile(HostileRequestsTest.SmallBodyLimit.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(UriValidationByTheGuard.class)
class HostileRequestsTest {

    public static class SmallBodyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "1M");
        }
    }

    private static final String USER = TestTokens.user("alice", "east-grid", "data-registrant");
    private static final String JSON = "application/json";
    private static final String TWO_MIB = "a".repeat(2 * 1024 * 1024);

    @TestHTTPResource("/")
    URL base;

    record Case(String name, String method, String target, String token, Map<String, String> headers, byte[] body,
                int status, String slug, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                json("NUL in a JSON string", "{\"text\":\"a\\u0000b\"}", 400, "validation", "text"),
                json("NUL in a nested JSON string", "{\"descriptor\":{\"name\":\"x\\u0000\"}}", 400, "validation",
                        "descriptor.name"),
                json("a string where an object belongs", "{\"descriptor\":\"x\"}", 400, "malformed-json",
                        "descriptor"),
                json("not JSON at all", "{\"text\":", 400, "malformed-json", null),
                new Case("more multipart parts than the limit", "POST", "/api/classifications", USER,
                        Map.of("Content-Type", "multipart/form-data; boundary=xyz"), RawHttp.multipart("xyz", 1001),
                        413, "too-many-parts", null),
                new Case("a declared body over the limit", "POST", "/api/classifications", USER,
                        Map.of("Content-Type", JSON, "Content-Length", "1073741824"), "{\"text\":\"".getBytes(),
                        413, "payload-too-large", null),
                streamed("a streamed JSON body over the limit", JSON, "{\"text\":\"" + TWO_MIB + "\"}"),
                streamed("a streamed multipart body over the limit", "multipart/form-data; boundary=xyz",
                        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                                + "Content-Type: text/plain\r\n\r\n" + TWO_MIB + "\r\n--xyz--\r\n"),
                get("NUL in a query parameter", "/api/rules?version=%00", USER, 400, "validation", "version"),
                get("NUL in the path", "/api/rules%00", USER, 400, "validation", "path"),
                get("a raw % in the query", "/api/rules?q=%", USER, 400, "malformed-uri", null),
                get("a raw % in the path", "/api/ru%les", USER, 400, "malformed-uri", null),
                get("a 5 000-character URI", "/api/rules?q=" + "a".repeat(5000), USER, 414, "uri-too-long", null),
                get("a 60 000-character URI", "/api/rules?q=" + "a".repeat(60_000), USER, 414, "uri-too-long", null),
                get("a token without preferred_username", "/api/me", nameless(), 401, "unauthorized", null),
                get("a person's token without org", "/api/me", TestTokens.user("zed", null, "data-registrant"),
                        403, "forbidden", null));
    }

    private static Case json(String name, String body, int status, String slug, String field) {
        return new Case(name, "POST", "/api/classifications", USER, Map.of("Content-Type", JSON),
                body.getBytes(StandardCharsets.UTF_8), status, slug, field);
    }

    /** Sent in chunks without a declared length, so only reading it shows that it is too large. */
    private static Case streamed(String name, String contentType, String body) {
        return new Case(name, "POST", "/api/classifications", USER,
                Map.of("Content-Type", contentType, "Transfer-Encoding", "chunked"),
                RawHttp.chunked(body.getBytes(StandardCharsets.UTF_8)), 413, "payload-too-large", null);
    }

    private static Case get(String name, String target, String token, int status, String slug, String field) {
        return new Case(name, "GET", target, token, Map.of(), null, status, slug, field);
    }

    /** What a password grant through admin-cli gives: roles, but neither preferred_username nor org. */
    static String nameless() {
        return Jwt.claims().issuer(TestTokens.ISSUER).claim("azp", "admin-cli")
                .claim("realm_access", Map.of("roles", List.of("data-registrant"))).sign();
    }

    @Test
    void streamedBodyWithinTheLimitIsClassified() throws Exception {
        byte[] body = ("{\"text\":\"" + "a".repeat(500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send(base, "POST", "/api/classifications", Map.of("Authorization",
                "Bearer " + USER, "Content-Type", JSON, "Transfer-Encoding", "chunked"), RawHttp.chunked(body));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("GENERAL", new ObjectMapper().readTree(answer.body()).path("level").asText());
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
            JsonNode problem = new ObjectMapper().readTree(answer.body());
            assertEquals("urn:energy-data:problem:" + c.slug(), problem.path("type").asText(), answer.body());
            assertEquals(c.status(), problem.path("status").asInt());
            if (c.field() != null) {
                assertEquals(c.field(), problem.path("errors").path(0).path("field").asText(), answer.body());
            }
            assertEquals(List.of(), log.errors());
        }
    }
}

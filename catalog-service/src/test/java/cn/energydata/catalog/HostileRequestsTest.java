package cn.energydata.catalog;

import cn.energydata.testing.ErrorLog;
import cn.energydata.testing.RawHttp;
import cn.energydata.testing.TestTokens;
import cn.energydata.testing.UriValidationByTheGuard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every malformed request gets a 4xx problem+json with a stable type, naming the field or parameter where one is
 * to blame, and nothing at ERROR in the log (issue 17), on the catalog's own endpoints. The NUL rows would otherwise
 * reach PostgreSQL, which refuses the character (500).
 */
@QuarkusTest
@QuarkusTestResource(UriValidationByTheGuard.class)
class HostileRequestsTest {

    private static final String REGISTRANT = Api.registrant("alice", "east-grid");
    private static final String ADMIN = Api.admin("carol", "east-grid");
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
        Map<String, Object> nulName = Api.asset("Meter readings\u0000");
        Map<String, Object> nulRegion = Api.asset("Meter readings");
        nulRegion.put("storageRegions", List.of("Jiangsu\u0000"));
        Map<String, Object> wrongType = Api.asset("Meter readings");
        wrongType.put("volume", Map.of("records", "many"));
        String someAsset = "/api/assets/" + UUID.randomUUID();
        return Stream.of(
                json("NUL in a JSON string", "POST", "/api/assets", REGISTRANT, nulName, 400, "validation", "name"),
                json("NUL in a JSON array", "POST", "/api/assets", REGISTRANT, nulRegion, 400, "validation",
                        "storageRegions[0]"),
                json("NUL in the organisation profile", "PUT", "/api/organisation/profile", ADMIN,
                        Map.of("legalName", "测试\u0000"), 400, "validation", "legalName"),
                json("a word where a number belongs", "POST", "/api/assets", REGISTRANT, wrongType, 400,
                        "malformed-json", "volume.records"),
                get("?level=core", "/api/assets?level=core", REGISTRANT, 400, "validation", "level"),
                get("?status=NOPE", "/api/assets?status=NOPE", REGISTRANT, 400, "validation", "status"),
                get("?activity=MINING", "/api/assets?activity=MINING", REGISTRANT, 400, "validation", "activity"),
                get("?page=abc", "/api/assets?page=abc", REGISTRANT, 400, "validation", "page"),
                get("?size=1e3", "/api/assets?size=1e3", REGISTRANT, 400, "validation", "size"),
                get("?page=abc on the review queue", "/api/review-queue?page=abc", Api.reviewer("bob", "east-grid"),
                        400, "validation", "page"),
                get("?size=0", "/api/assets?size=0", REGISTRANT, 400, "validation", "size"),
                get("NUL in the search text", "/api/assets?q=%00", REGISTRANT, 400, "validation", "q"),
                get("NUL in a path parameter", "/api/internal/organisations/%00/profile",
                        TestTokens.service("policy-service", "internal-service"), 400, "validation", "path"),
                get("an id that is no UUID", "/api/assets/not-a-uuid", REGISTRANT, 404, "not-found", null),
                new Case("more multipart parts than the limit", "POST", someAsset + "/content", REGISTRANT,
                        Map.of("Content-Type", "multipart/form-data; boundary=xyz"), RawHttp.multipart("xyz", 1001),
                        413, "too-many-parts", null),
                new Case("a declared body over the limit", "POST", "/api/assets", REGISTRANT,
                        Map.of("Content-Type", "application/json", "Content-Length", "1073741824"), "{".getBytes(),
                        413, "payload-too-large", null),
                get("a raw % in the query", "/api/assets?q=100%", REGISTRANT, 400, "malformed-uri", null),
                get("a raw % in the path", "/api/assets/%zz", REGISTRANT, 400, "malformed-uri", null),
                get("a 5 000-character q", "/api/assets?q=" + "a".repeat(5000), REGISTRANT, 414, "uri-too-long", null),
                get("a token without preferred_username", "/api/assets", nameless(), 401, "unauthorized", null),
                json("registering with a token without preferred_username", "POST", "/api/assets", nameless(),
                        Api.asset("Meter readings"), 401, "unauthorized", null),
                get("a person's token without org", "/api/assets", TestTokens.user("zed", null, "data-registrant"),
                        403, "forbidden", null));
    }

    private static Case json(String name, String method, String target, String token, Object body, int status,
                             String slug, String field) throws Exception {
        return new Case(name, method, target, token, Map.of("Content-Type", "application/json"),
                JSON.writeValueAsBytes(body), status, slug, field);
    }

    private static Case get(String name, String target, String token, int status, String slug, String field) {
        return new Case(name, "GET", target, token, Map.of(), null, status, slug, field);
    }

    /** What a password grant through admin-cli gives: roles, but neither preferred_username nor org. */
    static String nameless() {
        return Jwt.claims().issuer(TestTokens.ISSUER).claim("azp", "admin-cli")
                .claim("realm_access", Map.of("roles", List.of("data-registrant"))).sign();
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

package cn.energydata.systemtest;

import cn.energydata.stack.StackConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The HTTP steps the journeys repeat, as the people of the journeys do them: each call carries that person's
 * real Keycloak token. Every journey gets its own instance, with a suffix that makes its data unique on the
 * shared stack.
 */
final class Journey {

    /** Keycloak's access tokens live 5 minutes; a cached one is renewed well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    private record CachedToken(String value, Instant fetched) {
    }

    final StackConfig config;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, CachedToken> tokens = new HashMap<>();

    Journey(StackConfig config) {
        this.config = config;
    }

    /** A name unique to this journey. */
    String name(String base) {
        return base + " [" + suffix + "]";
    }

    String token(String user) {
        CachedToken cached = tokens.get(user);
        if (cached == null || cached.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            cached = new CachedToken(Tokens.user(config, user), Instant.now());
            tokens.put(user, cached);
        }
        return cached.value();
    }

    RequestSpecification as(String user) {
        return given().auth().oauth2(token(user));
    }

    // ---- catalog-service ----

    /** A file asset's registration body (organisation comes from the token). */
    Map<String, Object> fileAsset(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name(name));
        body.put("type", "FILE");
        body.put("ownerDepartment", "Dispatch and control centre");
        body.put("ownerContact", "dispatch@east-grid.example");
        body.put("energyActivity", "PRODUCTION");
        body.put("provinces", List.of("Jiangsu"));
        // The filing fields the regulator's catalogue asks of important and core assets (issue 13).
        body.put("system", "EMS");
        body.put("format", "file");
        body.put("storageLocation", "East China dispatch data centre");
        body.put("storageRegions", List.of("Jiangsu"));
        body.put("volume", Map.of("records", 1000));
        body.put("purpose", "Grid operation and planning");
        body.put("securityMeasures", "SM4 encryption at rest, named-user access, tamper-evident logs");
        return body;
    }

    /** A database asset graded from its descriptor (no file). */
    Map<String, Object> databaseAsset(String name, String description, List<String> provinces) {
        Map<String, Object> body = fileAsset(name);
        body.put("type", "DATABASE");
        body.put("description", description);
        body.put("provinces", provinces);
        return body;
    }

    String register(String user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body)
                .post(config.catalogUrl() + "/api/assets")
                .then().statusCode(201)
                .extract().path("id");
    }

    ValidatableResponse upload(String user, String id, Document document) {
        return as(user).multiPart("file", document.fileName(), document.bytes(), document.mediaType())
                .post(config.catalogUrl() + "/api/assets/" + id + "/content")
                .then();
    }

    /** Registers a file asset, uploads its document and checks the level the classifier gave it. */
    String registerGraded(String user, String name, Document document, String expectedLevel) {
        String id = register(user, fileAsset(name));
        upload(user, id, document).statusCode(200).body("level", equalTo(expectedLevel));
        return id;
    }

    /**
     * A backbone-grid model database of three provinces, graded from its descriptor: grid topology is important,
     * and grid data covering three or more provinces is core (threshold.multi-province).
     */
    String registerCoreGridModel(String user) {
        String id = register(user, databaseAsset("East China backbone grid model",
                "华东500千伏主网架电网模型，含稳控策略与断面限额", List.of("Jiangsu", "Zhejiang", "Anhui")));
        // Core data of three provinces is a possible state secret (issue 13) until the secrecy review clears it.
        gradeDescriptor(user, id).statusCode(200).body("level", equalTo("CORE"))
                .body("flags", org.hamcrest.Matchers.hasItem("POSSIBLE_STATE_SECRET"));
        return id;
    }

    /** carol (security-admin of east-grid) records that the secrecy review cleared a possible state secret. */
    void clearSecrecy(String id) {
        as("carol").contentType(ContentType.JSON)
                .body(Map.of("reference", "BM-" + suffix, "justification", "Secrecy office: not a state secret"))
                .post(config.catalogUrl() + "/api/assets/" + id + "/secrecy-review")
                .then().statusCode(200);
    }

    ValidatableResponse gradeDescriptor(String user, String id) {
        return as(user).post(config.catalogUrl() + "/api/assets/" + id + "/grading").then();
    }

    /** The asset detail: asset, gradings with masked evidence, reviews, lineage, open proposal. */
    JsonPath detail(String user, String id) {
        return as(user).get(config.catalogUrl() + "/api/assets/" + id)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    long version(String user, String id) {
        return detail(user, id).getLong("asset.version");
    }

    ValidatableResponse review(String reviewer, String id, Map<String, Object> body) {
        return as(reviewer).contentType(ContentType.JSON).body(body)
                .post(config.catalogUrl() + "/api/assets/" + id + "/reviews")
                .then();
    }

    ValidatableResponse confirm(String reviewer, String id, String justification) {
        return review(reviewer, id, Map.of("decision", "CONFIRM", "justification", justification,
                "version", version(reviewer, id)));
    }

    ValidatableResponse override(String reviewer, String id, String level, String justification) {
        return review(reviewer, id, Map.of("decision", "OVERRIDE", "level", level, "justification", justification,
                "version", version(reviewer, id)));
    }

    ValidatableResponse secondReview(String reviewer, String id, long reviewId, boolean approve, String justification) {
        return as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("approve", approve, "justification", justification, "version", version(reviewer, id)))
                .post(config.catalogUrl() + "/api/assets/" + id + "/reviews/" + reviewId + "/second-review")
                .then();
    }

    /** The first page (200 entries) of the caller's review queue. */
    JsonPath reviewQueue(String user) {
        return as(user).queryParam("size", 200)
                .get(config.catalogUrl() + "/api/review-queue")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** Search restricted to this journey's assets (their names carry the suffix). */
    JsonPath searchOwn(String user) {
        return as(user).queryParam("q", suffix).queryParam("size", 200)
                .get(config.catalogUrl() + "/api/assets")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /**
     * Polls {@code probe} every half second until {@code done} holds, and returns that value; fails after
     * {@code timeout} saying what did not happen.
     */
    static <T> T await(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }

    // ---- policy-service ----

    ValidatableResponse decide(String user, String action, String assetId, Map<String, Object> context) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("assetId", assetId);
        if (context != null) {
            body.put("context", context);
        }
        return as(user).contentType(ContentType.JSON).body(body)
                .post(config.policyUrl() + "/api/decisions")
                .then().statusCode(200);
    }

    /** An assessment on file for one asset only, so other journeys' decisions are not affected. */
    ValidatableResponse recordAssessment(String admin, String type, String assetId) {
        LocalDate today = LocalDate.now();
        return as(admin).contentType(ContentType.JSON)
                .body(Map.of("type", type, "reference", type + "-" + suffix,
                        "scope", "Journey " + suffix + ": one asset",
                        "assetIds", List.of(assetId),
                        "validFrom", today.minusDays(1).toString(), "validUntil", today.plusYears(1).toString()))
                .post(config.policyUrl() + "/api/assessments")
                .then();
    }

    ValidatableResponse approve(String admin, String approvalId, String comment) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("comment", comment))
                .post(config.policyUrl() + "/api/approvals/" + approvalId + "/approve")
                .then();
    }
}

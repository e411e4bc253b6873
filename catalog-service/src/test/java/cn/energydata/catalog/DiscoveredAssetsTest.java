package cn.energydata.catalog;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AuditRecord;
import cn.energydata.catalog.domain.DiscoveryOrigin;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.AuditRepository;
import cn.energydata.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.review;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** discovery-service keeps the catalogue in step: PUT /api/internal/discovered-assets (issue 16). */
@QuarkusTest
class DiscoveredAssetsTest {

    private static final String ORG = "east-grid";

    @Inject
    AssetRepository assets;

    @Inject
    AuditRepository audits;

    @Inject
    EntityManager em;

    static ValidatableResponse put(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.service("discovery-service", "internal-service"))
                .contentType("application/json").body(body).put("/api/internal/discovered-assets").then();
    }

    static Map<String, Object> found(UUID sourceId, String key, String level, String... categories) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisation", ORG);
        body.put("registeredBy", "carol");
        body.put("source", Map.of("id", sourceId.toString(), "name", "billing-db", "kind", "JDBC",
                "location", "jdbc:postgresql://scanner:s3cret@db:5432/billing?password=s3cret&ssl=true"));
        body.put("key", key);
        body.put("name", "billing-db " + key);
        body.put("description", "Customer master data");
        body.put("assetType", "TABLE");
        body.put("department", "Marketing");
        body.put("classification", classification(level, categories));
        body.put("facts", Map.of("rows", 120000, "distinctPersons", 100000, "personsBasis", "EXACT",
                "partlyRead", false));
        return body;
    }

    static Map<String, Object> classification(String level, String... categories) {
        List<Map<String, Object>> cats = new ArrayList<>();
        for (String c : categories) {
            cats.add(Map.of("id", c, "name", c, "level", level, "count", 3));
        }
        Map<String, Object> result = new HashMap<>();
        result.put("level", level);
        result.put("levelBasis", "CONTENT");
        result.put("needsReview", false);
        result.put("flags", List.of());
        result.put("categories", cats);
        result.put("reasons", List.of(Map.of("level", level, "source", "RULE", "ref", "r1",
                "explanation", "column id_no holds resident IDs")));
        result.put("findings", List.of(Map.of("ruleId", "pi.resident-id", "category", cats.isEmpty() ? "none"
                : categories[0], "maskedSnippet", "3201**********1234")));
        result.put("rulePack", Map.of("version", "2026.11.1", "hash", "h1"));
        return result;
    }

    private static String admin() {
        return Api.admin("carol", ORG);
    }

    @Test
    void firstTimeRegistersGradesAndLinksToTheDataSource() {
        UUID source = UUID.randomUUID();
        ValidatableResponse answer = put(found(source, "public.customers", "IMPORTANT", "pi.identity"))
                .statusCode(200).body("outcome", equalTo("CREATED"));
        String id = answer.extract().path("assetId");
        String sourceAsset = answer.extract().path("sourceAssetId");

        Api.get(admin(), id).statusCode(200)
                .body("asset.status", equalTo("PROPOSED"))
                .body("asset.level", equalTo("IMPORTANT"))
                .body("asset.type", equalTo("TABLE"))
                .body("asset.registeredBy", equalTo("carol"))
                .body("asset.volume.records", equalTo(120000))
                .body("asset.discovery.sourceId", equalTo(source.toString()))
                .body("asset.discovery.sourceName", equalTo("billing-db"))
                .body("asset.discovery.kind", equalTo("JDBC"))
                .body("asset.discovery.location", equalTo("jdbc:postgresql://db:5432/billing?password=***&ssl=true"))
                .body("asset.discovery.key", equalTo("public.customers"))
                .body("gradings[0].trigger", equalTo("DISCOVERY"))
                .body("gradings[0].gradedBy", equalTo("discovery:billing-db"))
                .body("lineage.derived[0].assetId", equalTo(sourceAsset));
        Api.get(admin(), sourceAsset).statusCode(200)
                .body("asset.type", equalTo("DATABASE"))
                .body("asset.level", nullValue())
                .body("asset.discovery.key", equalTo(""))
                .body("lineage.sources[0].assetId", equalTo(id))
                .body("lineage.sources[0].method", equalTo("FUSED"))
                .body("lineage.floor", equalTo("IMPORTANT"));

        List<AuditRecord> trail = QuarkusTransaction.requiringNew().call(() ->
                audits.forAsset(UUID.fromString(id), ORG));
        assertEquals(List.of("REGISTERED", "GRADED"), trail.stream().map(r -> r.action).toList());
        for (AuditRecord r : trail) {
            assertEquals("discovery:billing-db", r.actor);
            assertTrue(r.detail.contains("\"onBehalfOf\":\"carol\""), r.detail);
        }

        // A second table of the same source shares the data source's asset.
        put(found(source, "public.meters", "GENERAL")).statusCode(200)
                .body("outcome", equalTo("CREATED")).body("sourceAssetId", equalTo(sourceAsset));
    }

    @Test
    void anObjectStoreSourceIsADocumentCollectionAndAPartlyReadObjectNeedsReview() {
        Map<String, Object> body = found(UUID.randomUUID(), "grid/plan.pdf", "GENERAL");
        body.put("source", Map.of("id", UUID.randomUUID().toString(), "name", "lake", "kind", "S3",
                "location", "s3://lake/grid/"));
        body.put("assetType", "FILE");
        body.put("facts", Map.of("partlyRead", true));
        ValidatableResponse answer = put(body).statusCode(200);
        Api.get(admin(), answer.extract().path("sourceAssetId")).body("asset.type", equalTo("DOCUMENT_COLLECTION"));
        Api.get(admin(), answer.extract().path("assetId")).body("asset.needsReview", equalTo(true));
    }

    @Test
    void againUnreviewedIsRegradedInPlaceOrUnchanged() {
        UUID source = UUID.randomUUID();
        String id = put(found(source, "public.orders", "GENERAL")).statusCode(200).extract().path("assetId");

        put(found(source, "public.orders", "GENERAL")).statusCode(200)
                .body("outcome", equalTo("UNCHANGED")).body("assetId", equalTo(id));
        Api.get(admin(), id).body("gradings.size()", equalTo(1));

        put(found(source, "public.orders", "IMPORTANT", "pi.identity")).statusCode(200)
                .body("outcome", equalTo("GRADED")).body("assetId", equalTo(id));
        Api.get(admin(), id).body("asset.level", equalTo("IMPORTANT"))
                .body("asset.status", equalTo("PROPOSED"))
                .body("gradings.size()", equalTo(2));
    }

    @Test
    void againReviewedIsNeverOverwrittenButRaisesAProposal() {
        UUID source = UUID.randomUUID();
        String id = put(found(source, "public.payroll", "GENERAL")).statusCode(200).extract().path("assetId");
        String rita = reviewer("rita", ORG);
        review(rita, id, "CONFIRM", null, version(rita, id)).statusCode(200);

        put(found(source, "public.payroll", "GENERAL")).statusCode(200).body("outcome", equalTo("UNCHANGED"));

        put(found(source, "public.payroll", "IMPORTANT", "pi.identity")).statusCode(200)
                .body("outcome", equalTo("PROPOSED"));
        Api.get(rita, id).statusCode(200)
                .body("asset.status", equalTo("CONFIRMED"))
                .body("asset.level", equalTo("GENERAL"))
                .body("openProposal.proposedLevel", equalTo("IMPORTANT"))
                .body("openProposal.addedCategories", hasItem("pi.identity"))
                .body("openProposal.trigger", equalTo("DISCOVERY"));

        // The same finding again proposes nothing new; the reviewer decides the open proposal as for a rule-pack change.
        put(found(source, "public.payroll", "IMPORTANT", "pi.identity")).statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));
        long revision = ((Number) Api.get(rita, id).extract().path("openProposal.revisionId")).longValue();
        as(rita).body(Map.of("accept", true, "justification", "new column holds IDs", "version", version(rita, id)))
                .post("/api/assets/" + id + "/proposals/" + revision + "/decision").then().statusCode(200);
        Api.get(rita, id).body("asset.level", equalTo("IMPORTANT"));
    }

    @Test
    void unknownOrganisationOrNoClassificationIs400AndOnlyServicesMayCall() {
        Map<String, Object> unknown = found(UUID.randomUUID(), "public.x", "GENERAL");
        unknown.put("organisation", "no-such-org-" + UUID.randomUUID());
        put(unknown).statusCode(400).body("errors[0].field", equalTo("organisation"));

        Map<String, Object> noClassification = found(UUID.randomUUID(), "public.x", "GENERAL");
        noClassification.remove("classification");
        put(noClassification).statusCode(400);

        as(admin()).body(found(UUID.randomUUID(), "public.x", "GENERAL")).put("/api/internal/discovered-assets")
                .then().statusCode(403);
        long created = QuarkusTransaction.requiringNew().call(() ->
                assets.count("organisation = ?1 and name = ?2", unknown.get("organisation"), "billing-db public.x"));
        assertEquals(0, created);
    }

    @Test
    void simultaneousFirstCallsForOneKeyCreateOneAsset() throws Exception {
        UUID source = UUID.randomUUID();
        int calls = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<Future<Map<String, Object>>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                Callable<Map<String, Object>> call = () -> {
                    start.await();
                    return put(found(source, "public.contracts", "IMPORTANT", "pi.identity")).statusCode(200)
                            .extract().as(Map.class);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            Set<Object> ids = new HashSet<>();
            Set<Object> sourceIds = new HashSet<>();
            int createdCount = 0;
            for (Future<Map<String, Object>> answer : answers) {
                Map<String, Object> a = answer.get();
                ids.add(a.get("assetId"));
                sourceIds.add(a.get("sourceAssetId"));
                createdCount += "CREATED".equals(a.get("outcome")) ? 1 : 0;
            }
            assertEquals(1, ids.size(), "one asset for the key");
            assertEquals(1, sourceIds.size(), "one asset for the data source");
            assertEquals(1, createdCount, "created once, found by the others");
        } finally {
            pool.shutdownNow();
        }
        long rows = QuarkusTransaction.requiringNew().call(() ->
                assets.count("organisation = ?1 and discovery.sourceId = ?2", ORG, source));
        assertEquals(2, rows, "the table and its data source");
    }

    @Test
    void theDatabaseRefusesASecondAssetForTheSameKey() {
        UUID source = UUID.randomUUID();
        put(found(source, "public.unique", "GENERAL")).statusCode(200);
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Asset copy = Asset.discovered(ORG, "carol", "test",
                    DiscoveryOrigin.of(source, "billing-db", "JDBC", null, "public.unique", Instant.now()),
                    Instant.now());
            copy.name = "duplicate";
            copy.assetType = cn.energydata.catalog.domain.AssetType.TABLE;
            copy.ownerDepartment = "x";
            copy.ownerContact = "x";
            copy.energyActivity = cn.energydata.catalog.domain.EnergyActivity.PRODUCTION;
            assets.persist(copy);
            em.flush();
        }));
        assertFalse(QuarkusTransaction.requiringNew().call(() ->
                assets.count("name = ?1", "duplicate")) > 0);
    }
}

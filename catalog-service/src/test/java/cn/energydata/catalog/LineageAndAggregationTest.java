package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.version;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The lineage floor and the organisation's aggregation-risk view. */
@QuarkusTest
class LineageAndAggregationTest {

    private static final String ORG = "lineage-org";
    private final String alice = registrant("alice", ORG);
    private final String bob = reviewer("bob", ORG);

    @Test
    void aDerivedAssetIsGradedAtLeastAsHighAsItsSources() {
        String source = register(alice, asset("Provincial grid model [IMPORTANT]"));
        Api.gradeDescriptor(alice, source).statusCode(200).body("level", equalTo("IMPORTANT"));
        String copy = register(alice, derived("Copy of the model", source, "COPY"));
        Api.gradeDescriptor(alice, copy).statusCode(200).body("level", equalTo("IMPORTANT"));
        Api.get(alice, copy).body("lineage.floor", equalTo("IMPORTANT"))
                .body("lineage.sources[0].method", equalTo("COPY"))
                .body("gradings[0].evidence.classifierLevel", equalTo("GENERAL"));
        Api.get(alice, source).body("lineage.derived[0].assetId", equalTo(copy));

        // A copy may never go below its source, justification or not.
        overrideToGeneral(copy, "only a copy").statusCode(409)
                .body("type", equalTo("urn:energy-data:problem:lineage-floor"));
    }

    @Test
    void aStatisticalDerivativeMayGoLowerOnlyWithAReviewersJustification() {
        String source = register(alice, asset("Customer ledger [IMPORTANT]"));
        Api.gradeDescriptor(alice, source).statusCode(200);
        String stats = register(alice, derived("Consumption by county", source, "STATISTICS"));
        Api.gradeDescriptor(alice, stats).statusCode(200).body("level", equalTo("IMPORTANT"));
        overrideToGeneral(stats, null).statusCode(409);
        overrideToGeneral(stats, "aggregated to counties of >10 000 households, no re-identification").statusCode(200)
                .body("asset.level", equalTo("GENERAL"))
                .body("asset.lineageException", equalTo("aggregated to counties of >10 000 households, no re-identification"));
    }

    @Test
    void generalAssetsThatTogetherHoldManyPeopleAreFlagged() {
        String org = "aggregation-org";
        String registrant = registrant("ann", org);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = asset("Meter readings district " + i);
            body.put("volume", Map.of("records", 80000, "distinctPersons", 60000));
            body.put("provinces", List.of("Anhui"));
            register(registrant, body);
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = asset("Substation ledger " + i + " [INFRA]");
            body.put("provinces", List.of("Hubei"));
            String id = register(registrant, body);
            Api.gradeDescriptor(registrant, id).statusCode(200);
        }
        // Graded general assets only: grade the meter readings too.
        as(registrant).queryParam("q", "Meter readings").get("/api/assets").then()
                .extract().<List<String>>path("items.id").forEach(id -> Api.gradeDescriptor(registrant, id));
        as(reviewer("rex", org)).get("/api/organisation/aggregation-risk").then().statusCode(200)
                .body("risks.findAll { it.kind == 'PERSONAL_INFORMATION' }", hasSize(1))
                .body("risks.find { it.kind == 'PERSONAL_INFORMATION' }.region", equalTo("Anhui"))
                .body("risks.find { it.kind == 'PERSONAL_INFORMATION' }.persons", equalTo(120000))
                .body("risks.find { it.kind == 'INFRASTRUCTURE' }.region", equalTo("Hubei"))
                .body("risks.find { it.kind == 'INFRASTRUCTURE' }.assets", equalTo(3))
                .body("risks.kind", hasItem("PERSONAL_INFORMATION"));
    }

    private io.restassured.response.ValidatableResponse overrideToGeneral(String id, String lineageJustification) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "OVERRIDE");
        body.put("level", "GENERAL");
        body.put("justification", "reviewed");
        body.put("version", version(bob, id));
        body.put("lineageJustification", lineageJustification);
        return as(bob).body(body).post("/api/assets/" + id + "/reviews").then();
    }

    private static Map<String, Object> derived(String name, String source, String method) {
        Map<String, Object> body = asset(name);
        body.put("derivedFrom", List.of(Map.of("assetId", source, "method", method)));
        return body;
    }
}

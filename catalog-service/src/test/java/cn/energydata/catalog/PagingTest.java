package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Bounded answers (issue 20 item 2): counts with paged lists behind them, keyset pages, capped sizes and offsets. */
@QuarkusTest
class PagingTest {

    /** Follows {@code next} from the first page; the ids of every page in order. */
    private static List<String> allPages(String token, String path, String idPath) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = as(token).queryParam("size", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<String> pageIds = page.getList(idPath);
            ids.addAll(pageIds);
            after = page.getString("next");
        } while (after != null);
        return ids;
    }

    @Test
    void aggregationRiskGivesCountsAndPagesTheAssetsBehindEachRisk() {
        String org = "risk-paging-org";
        String ann = registrant("ann", org);
        List<String> infrastructure = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = asset("Substation ledger " + i + " [INFRA]");
            body.put("provinces", List.of("Hubei"));
            String id = register(ann, body);
            Api.gradeDescriptor(ann, id).statusCode(200);
            infrastructure.add(id);
        }
        String rex = reviewer("rex", org);
        JsonPath view = as(rex).get("/api/organisation/aggregation-risk").then().statusCode(200)
                .body("risks", hasSize(1))
                .body("risks[0].kind", equalTo("INFRASTRUCTURE"))
                .body("risks[0].region", equalTo("Hubei"))
                .body("risks[0].assets", equalTo(5))
                .body("risks[0]", not(hasKey("assetIds")))
                .extract().jsonPath();
        String href = view.getString("risks[0].assetsHref");
        assertEquals("/api/organisation/aggregation-risk/assets?kind=INFRASTRUCTURE&region=Hubei", href);

        assertEquals(infrastructure, allPages(rex, href, "items.id"), "every asset once, in registration order");
        as(rex).queryParam("size", 500).get(href).then().statusCode(400);
        as(rex).get("/api/organisation/aggregation-risk/assets?kind=INFRASTRUCTURE&region=Anhui").then()
                .statusCode(200).body("items", hasSize(0)).body("next", nullValue());
        as(reviewer("rex", "other-risk-org")).get(href).then().statusCode(200).body("items", hasSize(0));
        as(ann).get(href).then().statusCode(403);
    }

    @Test
    void searchAndReviewQueuePageByKeysetAsFarAsNeeded() {
        String org = "keyset-org";
        String ann = registrant("ann", org);
        for (int i = 0; i < 5; i++) {
            String id = register(ann, asset("Keyset asset " + i));
            Api.gradeDescriptor(ann, id).statusCode(200);
        }
        List<String> byOffset = as(ann).queryParam("size", 5).get("/api/assets").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(5, byOffset.size());
        assertEquals(byOffset, allPages(ann, "/api/assets", "items.id"), "newest first, by keyset");
        List<String> oldestFirst = new ArrayList<>(byOffset);
        Collections.reverse(oldestFirst);
        assertEquals(oldestFirst, allPages(ann, "/api/assets?order=asc", "items.id"));

        String rex = reviewer("rex", org);
        List<String> queue = as(rex).queryParam("size", 5).get("/api/review-queue").then().statusCode(200)
                .extract().path("items.asset.id");
        assertEquals(5, queue.size());
        assertEquals(queue, allPages(rex, "/api/review-queue", "items.asset.id"));
    }

    @Test
    void everyOffsetPageTellsTheSameTotalWhetherCountedOrKnownFromAShortLastPage() {
        String org = "totals-org";
        String ann = registrant("ann", org);
        for (int i = 0; i < 5; i++) {
            String id = register(ann, asset("Totals asset " + i));
            Api.gradeDescriptor(ann, id).statusCode(200);
        }
        String rex = reviewer("rex", org);
        for (int page = 0; page <= 3; page++) {
            as(ann).queryParam("size", 2).queryParam("page", page).get("/api/assets").then().statusCode(200)
                    .body("items", hasSize(page < 2 ? 2 : page == 2 ? 1 : 0))
                    .body("total", equalTo(5)).body("totalExact", equalTo(true));
            as(rex).queryParam("size", 2).queryParam("page", page).get("/api/review-queue").then().statusCode(200)
                    .body("items", hasSize(page < 2 ? 2 : page == 2 ? 1 : 0)).body("total", equalTo(5));
        }
        as(ann).queryParam("size", 200).queryParam("status", "PROPOSED").queryParam("level", "GENERAL")
                .get("/api/assets").then().body("total", equalTo(5));
        as(ann).queryParam("size", 200).queryParam("status", "CONFIRMED").get("/api/assets").then()
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void deepOffsetsAndForeignCursorsAreRefused() {
        String ann = registrant("ann", "keyset-org");
        as(ann).queryParam("page", 60).queryParam("size", 200).get("/api/assets").then().statusCode(400);
        as(ann).queryParam("after", "not-a-cursor").get("/api/assets").then().statusCode(400);
        as(ann).queryParam("after", "bm90IGEgY3Vyc29y").get("/api/assets").then().statusCode(400);
        as(ann).queryParam("sort", "name").queryParam("after", "eA").get("/api/assets").then().statusCode(400);
        as(reviewer("rex", "keyset-org")).queryParam("page", 1).queryParam("after", "eA").get("/api/review-queue")
                .then().statusCode(400);
        assertNull(as(ann).queryParam("size", 200).get("/api/assets").then().statusCode(200).extract().path("next"));
    }
}

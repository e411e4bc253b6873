package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/audit/records (issue 15 item 7): the organisation's audit records, paged, filtered, as CSV. */
@QuarkusTest
class AuditRecordsTest {

    private static ExtractableResponse<Response> records(String token, String query) {
        return as(token).get("/api/audit/records" + query).then().statusCode(200).extract();
    }

    @Test
    void pagesNewestFirstWithKeysetAndNamesTheAsset() {
        String org = "audit-list-" + UUID.randomUUID();
        String alice = registrant("alice", org);
        String first = register(alice, asset("Audited ledger one"));
        String second = register(alice, asset("Audited ledger two"));
        Api.gradeDescriptor(alice, second).statusCode(200);
        String auditor = auditor("aud", org);

        List<Long> ids = new ArrayList<>();
        String after = null;
        List<Map<String, Object>> all = new ArrayList<>();
        do {
            ExtractableResponse<Response> page = records(auditor, "?size=2" + (after == null ? "" : "&after=" + after));
            List<Map<String, Object>> items = page.path("items");
            assertTrue(items.size() <= 2);
            all.addAll(items);
            items.forEach(i -> ids.add(((Number) i.get("id")).longValue()));
            after = page.path("next");
        } while (after != null);
        assertEquals(3, all.size(), "two registrations and a grade");
        assertEquals(3, new HashSet<>(ids).size());
        assertEquals(List.of("GRADED", "REGISTERED", "REGISTERED"), all.stream().map(i -> i.get("action")).toList());
        assertEquals(second, all.get(0).get("assetId"));
        assertEquals("Audited ledger two", all.get(0).get("assetName"));
        assertEquals("alice", all.get(0).get("actor"));
        assertTrue(all.get(0).get("summary").toString().contains("level=GENERAL"), all.get(0).get("summary").toString());
        assertEquals("Audited ledger one", all.get(2).get("assetName"));
        assertEquals(first, all.get(2).get("assetId"));
        assertNotNull(all.get(2).get("at"));
    }

    @Test
    void filtersByActionActorAssetAndTime() {
        String org = "audit-filter-" + UUID.randomUUID();
        String alice = registrant("alice", org);
        String bob = registrant("bob", org);
        String a = register(alice, asset("Filtered ledger A"));
        register(bob, asset("Filtered ledger B"));
        Api.gradeDescriptor(alice, a).statusCode(200);
        String auditor = auditor("aud", org);

        as(auditor).get("/api/audit/records?action=REGISTERED").then().statusCode(200)
                .body("items", hasSize(2)).body("items.action", everyItem(equalTo("REGISTERED")));
        as(auditor).get("/api/audit/records?actor=bob").then()
                .body("items", hasSize(1)).body("items[0].assetName", equalTo("Filtered ledger B"));
        as(auditor).get("/api/audit/records?assetId=" + a).then()
                .body("items", hasSize(2)).body("items.assetId", everyItem(equalTo(a)));
        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        String yesterday = LocalDate.now().minusDays(2).toString();
        as(auditor).get("/api/audit/records?from=" + yesterday + "&to=" + tomorrow).then().body("items", hasSize(3));
        as(auditor).get("/api/audit/records?from=" + tomorrow).then().body("items", empty());
        as(auditor).get("/api/audit/records?to=" + yesterday).then().body("items", empty());
        as(auditor).get("/api/audit/records?from=2000-01-01T00:00:00Z").then().body("items", hasSize(3))
                .body("next", nullValue());
        as(auditor).get("/api/audit/records?from=" + today + "x").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(auditor).get("/api/audit/records?after=not-a-cursor").then().statusCode(400);
        as(auditor).get("/api/audit/records?size=201").then().statusCode(400);
    }

    @Test
    void onlyAuditorsAndSecurityAdminsOfTheOrganisationSeeIt() {
        String org = "audit-roles-" + UUID.randomUUID();
        String alice = registrant("alice", org);
        register(alice, asset("Role ledger"));
        as(Api.admin("carol", org)).get("/api/audit/records").then().statusCode(200).body("items", hasSize(1));
        as(alice).get("/api/audit/records").then().statusCode(403);
        as(Api.reviewer("rita", org)).get("/api/audit/records").then().statusCode(403);
        as(auditor("aud", "audit-roles-other-" + UUID.randomUUID())).get("/api/audit/records").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void csvStreamsEveryMatchingRecordWithAByteOrderMark() {
        String org = "audit-csv-" + UUID.randomUUID();
        String alice = registrant("alice", org);
        for (int i = 0; i < 5; i++) {
            register(alice, asset("=HYPERLINK(\"x\") ledger " + i));
        }
        ExtractableResponse<Response> csv = as(auditor("aud", org)).accept("text/csv")
                .get("/api/audit/records?action=REGISTERED").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract();
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,at,actor,onBehalfOf,action,assetId,assetName,summary\r\n"), text);
        String[] lines = text.split("\r\n");
        assertEquals(6, lines.length, "a header and every record, across pages of two: " + text);
        assertTrue(lines[1].contains("'=HYPERLINK"), "formulas are neutralised: " + lines[1]);
        assertFalse(text.contains(",=HYPERLINK"));
    }

    @Test
    void discoveryRecordsNameThePersonOnWhoseBehalfItActs() {
        UUID source = UUID.randomUUID();
        String id = DiscoveredAssetsTest.put(DiscoveredAssetsTest.found(source, "public.audited", "GENERAL"))
                .statusCode(200).extract().path("assetId");
        as(auditor("aud", "east-grid")).get("/api/audit/records?assetId=" + id).then().statusCode(200)
                .body("items.actor", everyItem(equalTo("discovery:billing-db")))
                .body("items.onBehalfOf", everyItem(equalTo("carol")))
                .body("items[1].action", equalTo("REGISTERED"))
                .body("items[1].assetName", equalTo("billing-db public.audited"));
    }
}

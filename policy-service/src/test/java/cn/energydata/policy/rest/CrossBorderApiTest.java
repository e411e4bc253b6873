package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.energydata.policy.rest.Api.decide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 over HTTP: every route abroad meets the export rules, CIIO status from the catalog's organisation
 * profile (fail closed), the cross-border ledger with cumulative thresholds, its hash chain and its API.
 * Each test uses an organisation of its own, so ledgers and cached profiles do not meet.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class CrossBorderApiTest {

    private static final Map<String, Object> ABROAD = Map.of("country", "DE", "purpose", "joint research");

    @Inject
    AgroalDataSource dataSource;

    /**
     * The people of a fresh organisation: a registrant, two security-admins, an auditor. The organisation has an
     * organisation-wide PI impact assessment on file (PIPL art. 55), so these tests see the export rules alone;
     * PiDutiesApiTest shows the assessment's own rule.
     */
    private record Org(String name, String registrant, String admin, String admin2, String auditor) {
        static Org fresh(String prefix) {
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            Org org = new Org(name, TestTokens.user("sam", name, "data-registrant"),
                    TestTokens.user("sara", name, "security-admin"), TestTokens.user("tom", name, "security-admin"),
                    TestTokens.user("aud", name, "auditor"));
            given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                    .body(Map.of("type", "PI_IMPACT", "reference", "PIIA-" + name, "scope", "exports and provision of PI",
                            "validFrom", LocalDate.now().minusDays(1).toString(),
                            "validUntil", LocalDate.now().plusDays(30).toString()))
                    .when().post("/api/assessments").then().statusCode(201);
            return org;
        }
    }

    private static String asset() {
        return UUID.randomUUID().toString();
    }

    private static int thisYear() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    private static Map<String, Object> with(Map<String, Object> context, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(context);
        copy.put(key, value);
        return copy;
    }

    private static void approve(String adminToken, String approvalId) {
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("comment", "standard contract on file"))
                .when().post("/api/approvals/" + approvalId + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void threeExportsOf40000PeopleNeedTheStandardContractAtTheThird() {
        Org org = Org.fresh("city-solar");
        CatalogWireMock.profile(org.name(), false);
        String first = asset();
        String second = asset();
        String third = asset();
        for (String a : List.of(first, second, third)) {
            CatalogWireMock.personalInformation(a, org.name(), 40_000, false);
        }
        decide(org.registrant(), first, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("assetName", equalTo("asset " + first))
                .body("reasons", hasItem(containsString("0 persons (0 with sensitive personal information) sent abroad before")));
        decide(org.registrant(), second, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("reasons", hasItem(containsString("with it 80000")));
        String approvalId = decide(org.registrant(), third, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("policyIds", hasItem("general.cross-border.pi-contract"))
                .body("obligations.contract", equalTo(true))
                .extract().path("approvalId");
        given().auth().oauth2(org.auditor()).queryParam("year", thisYear()).when().get("/api/cross-border-ledger")
                .then().statusCode(200)
                .body("organisation", equalTo(org.name()))
                .body("year", equalTo(thisYear()))
                .body("persons", equalTo(80_000))
                .body("sensitivePersons", equalTo(0))
                .body("total", equalTo(2))
                .body("items[0].assetName", equalTo("asset " + first))
                .body("items[1].assetName", equalTo("asset " + second))
                .body("items.assetId", contains(first, second))
                .body("items[0].seq", equalTo(1))
                .body("items[0].persons", equalTo(40_000))
                .body("items[0].country", equalTo("DE"))
                .body("items[0].requester", equalTo("sam"));

        // The standard contract is confirmed by a security-admin: the approved third export is permitted and counted.
        approve(org.admin(), approvalId);
        decide(org.registrant(), third, "TRANSFER_CROSS_BORDER", with(ABROAD, "approvalId", approvalId)).statusCode(200)
                .body("effect", equalTo("PERMIT")).body("approvalStatus", equalTo("CONSUMED"));
        given().auth().oauth2(org.admin()).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(120_000)).body("total", equalTo(3))
                .body("items[2].approvalId", equalTo(approvalId));
        given().auth().oauth2(org.admin()).queryParam("size", 1).queryParam("page", 1).when().get("/api/cross-border-ledger")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].assetId", equalTo(second))
                .body("persons", equalTo(120_000));
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("records", equalTo(3));
        // Another year holds nothing; a year out of range is a problem.
        given().auth().oauth2(org.auditor()).queryParam("year", thisYear() - 1).when().get("/api/cross-border-ledger")
                .then().statusCode(200).body("persons", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(org.auditor()).queryParam("year", 1900).when().get("/api/cross-border-ledger")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theLedgerCountsAtTheExactBoundary() {
        Org org = Org.fresh("boundary");
        CatalogWireMock.profile(org.name(), false);
        String big = asset();
        String one = asset();
        CatalogWireMock.personalInformation(big, org.name(), 999_999, false);
        CatalogWireMock.personalInformation(one, org.name(), 1, false);
        // 999 999 people: the standard-contract tier, not yet the assessment.
        String approvalId = decide(org.registrant(), big, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("policyIds", not(hasItem("general.cross-border.pi-assessment")))
                .extract().path("approvalId");
        approve(org.admin(), approvalId);
        decide(org.registrant(), big, "TRANSFER_CROSS_BORDER", with(ABROAD, "approvalId", approvalId)).statusCode(200)
                .body("effect", equalTo("PERMIT"));
        // One more person makes 1 000 000 this year (以上: included): a CAC security assessment is needed.
        decide(org.registrant(), one, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("general.cross-border.pi-assessment"))
                .body("reasons", hasItem(containsString("with it 1000000")));
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(999_999)).body("total", equalTo(1));
    }

    @Test
    void everyRouteAbroadMeetsTheExportRules() {
        Org org = Org.fresh("routes");
        CatalogWireMock.profile(org.name(), false);
        String millions = asset();
        CatalogWireMock.personalInformation(millions, org.name(), 2_000_000, false);
        for (String action : List.of("TRANSFER_CROSS_BORDER", "PROVIDE_TO_ENTITY", "VIEW", "SHARE_INTERNAL", "DOWNLOAD")) {
            decide(org.registrant(), millions, action, with(ABROAD, "destination", "CROSS_BORDER")).statusCode(200)
                    .body("effect", equalTo("DENY"))
                    .body("policyIds", hasItem("general.cross-border.pi-assessment"));
        }
        // At home the same asset is provided under a contract, and viewed.
        decide(org.registrant(), millions, "PROVIDE_TO_ENTITY", Map.of()).statusCode(200)
                .body("effect", equalTo("PERMIT")).body("obligations.contract", equalTo(true));
        decide(org.registrant(), millions, "VIEW", Map.of()).statusCode(200).body("effect", equalTo("PERMIT"));
        // Nothing left the country.
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(0));
        // A cross-border transfer that names a domestic destination still leaves the country.
        decide(org.registrant(), millions, "TRANSFER_CROSS_BORDER", with(ABROAD, "destination", "SAME_ENTITY"))
                .statusCode(200).body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("general.cross-border.pi-assessment"));
    }

    @Test
    void aCiioExportsNoPersonalInformationWithoutAnAssessmentOrAClaimedExemption() {
        Org org = Org.fresh("grid");
        CatalogWireMock.profile(org.name(), true);
        String thousand = asset();
        CatalogWireMock.personalInformation(thousand, org.name(), 1_000, false);
        decide(org.registrant(), thousand, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("ciio.cross-border.pi-assessment"))
                .body("reasons[0]", containsString("critical-information-infrastructure operator"));
        decide(org.registrant(), thousand, "PROVIDE_TO_ENTITY", with(ABROAD, "destination", "CROSS_BORDER")).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("ciio.cross-border.pi-assessment"));

        // An exemption needs a reason.
        decide(org.registrant(), thousand, "TRANSFER_CROSS_BORDER",
                with(ABROAD, "exemption", Map.of("type", "CROSS_BORDER_HR"))).statusCode(400)
                .contentType("application/problem+json");
        decide(org.registrant(), thousand, "TRANSFER_CROSS_BORDER",
                with(ABROAD, "exemption", Map.of("type", "NO_SUCH_EXEMPTION", "reason", "x"))).statusCode(400);
        // Claimed with a reason: a security-admin confirms it; the claim and the reason are in the log and the request.
        Map<String, Object> claimed = with(ABROAD, "exemption",
                Map.of("type", "CROSS_BORDER_HR", "reason", "payroll of the staff seconded to the Hamburg office"));
        String approvalId = decide(org.registrant(), thousand, "TRANSFER_CROSS_BORDER", claimed).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("policyIds", hasItem("pi.cross-border.exemption-claimed"))
                .body("policyIds", not(hasItem("ciio.cross-border.pi-assessment")))
                .body("exemption.type", equalTo("CROSS_BORDER_HR"))
                .extract().path("approvalId");
        given().auth().oauth2(org.admin()).when().get("/api/approvals/" + approvalId).then().statusCode(200)
                .body("exemptionType", equalTo("CROSS_BORDER_HR"))
                .body("exemptionReason", containsString("Hamburg"));
        given().auth().oauth2(org.auditor()).queryParam("assetId", thousand).queryParam("effect", "APPROVAL_REQUIRED")
                .when().get("/api/decisions").then().statusCode(200)
                .body("items[0].exemption.type", equalTo("CROSS_BORDER_HR"))
                .body("items[0].exemption.reason", equalTo("payroll of the staff seconded to the Hamburg office"));
        approve(org.admin(), approvalId);
        // The approval covers this claim only.
        decide(org.registrant(), thousand, "TRANSFER_CROSS_BORDER", with(with(ABROAD, "approvalId", approvalId),
                "exemption", Map.of("type", "EMERGENCY", "reason", "other"))).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"));
        decide(org.registrant(), thousand, "TRANSFER_CROSS_BORDER", with(claimed, "approvalId", approvalId)).statusCode(200)
                .body("effect", equalTo("PERMIT"));
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(1_000)).body("items[0].exemptionType", equalTo("CROSS_BORDER_HR"));

        // With a CAC security assessment on file: each transfer approved, no thresholds.
        given().auth().oauth2(org.admin()).contentType(ContentType.JSON)
                .body(Map.of("type", "CAC_CROSS_BORDER", "reference", "CAC-2026-7", "scope", "customer service abroad",
                        "validFrom", LocalDate.now().minusDays(1).toString(),
                        "validUntil", LocalDate.now().plusDays(30).toString()))
                .when().post("/api/assessments").then().statusCode(201);
        decide(org.registrant(), thousand, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("policyIds", hasItem("ciio.cross-border.pi"))
                .body("policyIds", not(hasItem("general.cross-border.pi-contract")));
    }

    @Test
    void noProfileOrNoCatalogMeansCiio() {
        Org missing = Org.fresh("no-profile");
        String a = asset();
        CatalogWireMock.personalInformation(a, missing.name(), 10, false);
        decide(missing.registrant(), a, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("ciio.cross-border.pi-assessment"))
                .body("reasons", hasItem(containsString("no profile of organisation " + missing.name())));

        Org down = Org.fresh("profile-down");
        CatalogWireMock.profileDown(down.name());
        String b = asset();
        CatalogWireMock.personalInformation(b, down.name(), 10, false);
        decide(down.registrant(), b, "VIEW", with(ABROAD, "destination", "CROSS_BORDER")).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("ciio.cross-border.pi-assessment"))
                .body("reasons", hasItem(containsString("could not be read from the catalog")));
        // Decisions at home do not depend on the profile.
        decide(down.registrant(), b, "VIEW", Map.of()).statusCode(200).body("effect", equalTo("PERMIT"));

        // The same export by an organisation that is not a CIIO is exempt (fewer than 100 000 people).
        Org solar = Org.fresh("solar");
        CatalogWireMock.profile(solar.name(), false);
        String c = asset();
        CatalogWireMock.personalInformation(c, solar.name(), 10, false);
        decide(solar.registrant(), c, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200).body("effect", equalTo("PERMIT"));
    }

    @Test
    void concurrentExportsCannotTogetherSlipUnderTheThreshold() throws Exception {
        Org org = Org.fresh("race");
        CatalogWireMock.profile(org.name(), false);
        List<String> assets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String a = asset();
            CatalogWireMock.personalInformation(a, org.name(), 40_000, false);
            assets.add(a);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = assets.stream().<Callable<String>>map(a -> () ->
                    decide(org.registrant(), a, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200)
                            .extract().path("effect")).toList();
            List<String> effects = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                effects.add(f.get());
            }
            assertEquals(2, effects.stream().filter("PERMIT"::equals).count(), effects.toString());
            assertEquals(4, effects.stream().filter("APPROVAL_REQUIRED"::equals).count(), effects.toString());
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(80_000)).body("total", equalTo(2));
    }

    @Test
    void theLedgerIsAppendOnlyAndItsChainShowsTampering() throws SQLException {
        Org org = Org.fresh("tamper");
        CatalogWireMock.profile(org.name(), false);
        for (int i = 0; i < 2; i++) {
            String a = asset();
            CatalogWireMock.personalInformation(a, org.name(), 5, false);
            decide(org.registrant(), a, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200).body("effect", equalTo("PERMIT"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update cross_border_ledger set persons = 1 where organisation = '" + org.name() + "'"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "delete from cross_border_ledger where organisation = '" + org.name() + "'"));
        }
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("records", equalTo(2));
        // Someone with the database owner's rights lowers a count behind the trigger's back: verification says where.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table cross_border_ledger disable trigger cross_border_ledger_append_only");
            s.executeUpdate("update cross_border_ledger set persons = 1 where organisation = '" + org.name() + "' and seq = 2");
            s.execute("alter table cross_border_ledger enable trigger cross_border_ledger_append_only");
        }
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("brokenAtSeq", equalTo(2))
                .body("problem", containsString("does not match its hash"));
    }

    @Test
    void theLedgerIsReadBySecurityAdminsAndAuditorsOfTheOrganisation() {
        Org org = Org.fresh("readers");
        CatalogWireMock.profile(org.name(), false);
        String a = asset();
        CatalogWireMock.personalInformation(a, org.name(), 7, false);
        decide(org.registrant(), a, "TRANSFER_CROSS_BORDER", ABROAD).statusCode(200).body("effect", equalTo("PERMIT"));
        given().auth().oauth2(org.registrant()).when().get("/api/cross-border-ledger").then().statusCode(403);
        given().when().get("/api/cross-border-ledger").then().statusCode(401);
        // Another organisation's auditor reads its own (empty) ledger, never this one.
        Org other = Org.fresh("others");
        given().auth().oauth2(other.auditor()).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("organisation", equalTo(other.name())).body("persons", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(org.auditor()).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(7)).body("items[0].hash", notNullValue())
                .body("items[0].exemptionType", nullValue());
    }
}

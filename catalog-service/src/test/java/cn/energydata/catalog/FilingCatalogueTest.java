package cn.energydata.catalog;

import cn.energydata.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.catalog.Api.admin;
import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.fileable;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.review;
import static cn.energydata.catalog.Api.reviewed;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 7, the filing-grade catalogue: missing filing fields and the PATCH that fills them, only reviewed,
 * complete, in-scope entries filed under the organisation's profile, re-filing due dates set when the change happens,
 * de-filing entries, the filing template as CSV and XLSX, past exports again; and item 8's PI totals.
 */
@QuarkusTest
class FilingCatalogueTest {

    static final String DUE = "refilingDueBy";

    @Inject
    DataSource dataSource;

    static String internalToken() {
        return TestTokens.service("policy-service", "internal-service");
    }

    static LocalDate inThreeMonths() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3);
    }

    static io.restassured.response.ValidatableResponse patch(String token, String id, Map<String, Object> body) {
        return as(token).body(body).patch("/api/assets/" + id).then();
    }

    @Test
    void personalInformationTotalsAreAnUpperBoundOverAssetsNotRetired() {
        String org = "pi-totals-org";
        String alice = registrant("alice", org);
        // The classifier stub finds 3 persons (1 a minor) in every graded asset; the larger of that and the declared
        // distinct persons counts. The [IMPORTANT] grade holds sensitive PI.
        String general = register(alice, asset("Meter readings"));                      // 900 declared
        Map<String, Object> ids = asset("Resident register [IMPORTANT]");
        ids.put("volume", Map.of("records", 5000, "distinctPersons", 5000));
        String important = register(alice, ids);                                         // 5000, sensitive
        Map<String, Object> grid = asset("Grid model [CORE]");
        grid.put("volume", Map.of("records", 10));
        String core = register(alice, grid);                                             // 3 (found by the classifier)
        Map<String, Object> retired = asset("Old customers");
        retired.put("volume", Map.of("records", 100000, "distinctPersons", 100000));
        String gone = register(alice, retired);
        Map<String, Object> none = asset("Substation photos");
        none.put("volume", Map.of("bytes", 10));
        register(alice, none);                                                           // ungraded, no persons
        for (String id : List.of(general, important, core, gone)) {
            Api.gradeDescriptor(alice, id).statusCode(200);
        }
        as(alice).body(Map.of("reason", "obsolete")).post("/api/assets/" + gone + "/retirement").then()
                .statusCode(200);

        given().auth().oauth2(internalToken()).get("/api/internal/organisations/" + org + "/personal-information")
                .then().statusCode(200)
                .body("organisation", equalTo(org))
                .body("assets", equalTo(3))
                .body("assetsWithMinors", equalTo(3))
                .body("persons", equalTo(900 + 5000 + 3))
                .body("sensitivePersons", equalTo(5000))
                .body("minors", equalTo(3))
                .body("children", equalTo(0));
        given().auth().oauth2(internalToken()).get("/api/internal/organisations/no-such-org/personal-information")
                .then().statusCode(200).body("assets", equalTo(0)).body("persons", equalTo(0));
        as(admin("adam", org)).get("/api/internal/organisations/" + org + "/personal-information").then()
                .statusCode(403);
        given().get("/api/internal/organisations/" + org + "/personal-information").then().statusCode(401);
    }

    @Test
    void importantAssetsListTheirMissingFilingFieldsAndTheRegistrantFillsThemWithPatch() throws SQLException {
        String org = "filing-fields-org";
        String alice = registrant("alice", org);
        String amy = registrant("amy", org);
        Map<String, Object> body = asset("Customer ledger [IMPORTANT]");
        body.remove("format");
        String id = register(alice, body);
        Api.get(alice, id).body("asset.missingFilingFields", empty());           // level unknown: nothing asked yet
        Api.gradeDescriptor(alice, id).statusCode(200)
                .body("missingFilingFields", contains("format", "securityMeasures"));
        String general = register(alice, asset("Canteen menu"));
        Api.gradeDescriptor(alice, general).statusCode(200).body("missingFilingFields", empty());

        long version = version(alice, id);
        patch(amy, id, Map.of("version", version - 1, "format", "PostgreSQL table")).statusCode(409)
                .body("type", containsString("stale-version"));
        patch(amy, id, Map.of("format", "PostgreSQL table")).statusCode(400);            // version is required
        patch(reviewer("rita", org), id, Map.of("version", version, "format", "x")).statusCode(403);
        patch(registrant("olga", "other-org-f"), id, Map.of("version", version, "format", "x")).statusCode(404);

        // Any registrant of the organisation fills them; fields left out stay as they were.
        patch(amy, id, Map.of("version", version, "format", "PostgreSQL table", "securityMeasures", "SM4, audit log"))
                .statusCode(200)
                .body("missingFilingFields", empty())
                .body("format", equalTo("PostgreSQL table"))
                .body("purpose", equalTo("billing"))
                .body("system", equalTo("CIS"));
        // Sharing needs its details; an empty text clears a field. JSON merge-patch is accepted too.
        given().auth().oauth2(amy).contentType("application/merge-patch+json")
                .body(Map.of("version", version(amy, id), "shared", true, "purpose", ""))
                .patch("/api/assets/" + id).then().statusCode(200)
                .body("missingFilingFields", contains("purpose", "sharingDetails"));
        patch(amy, id, Map.of("version", version(amy, id), "purpose", "billing", "sharingDetails", "to the regulator"))
                .statusCode(200).body("missingFilingFields", empty());
        // Nothing changed: no new version, no audit record.
        long before = version(amy, id);
        patch(amy, id, Map.of("version", before, "purpose", "billing")).statusCode(200)
                .body("version", equalTo((int) before));
        assertEquals(List.of("[format, securityMeasures]", "[purpose, shared]", "[purpose, sharingDetails]"),
                updatedFields(org));
    }

    @Test
    void theCatalogueFilesOnlyReviewedCompleteInScopeEntriesUnderTheProfile() {
        String org = "filing-org";
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        String admin = admin("adam", org);
        String filed = reviewed(alice, bob, fileable("Customer ledger [IMPORTANT]"));
        as(admin).post("/api/exports?format=json").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:energy-data:problem:organisation-profile-required"));
        Api.profile(admin);

        String unreviewed = register(alice, fileable("Dispatch plan [CORE]"));
        Api.gradeDescriptor(alice, unreviewed).statusCode(200);
        String outOfScope = reviewed(alice, bob, fileable("Heating customers [OOS]"));
        reviewed(alice, bob, fileable("Canteen menu"));
        Map<String, Object> partial = asset("Backbone model [CORE]");
        partial.remove("storageLocation");
        String incomplete = reviewed(alice, bob, partial);
        String overridden = register(alice, fileable("Meter readings"));
        Api.gradeDescriptor(alice, overridden).statusCode(200);
        review(bob, overridden, "OVERRIDE", "IMPORTANT", version(bob, overridden)).statusCode(200);

        ExtractableResponse<Response> export = as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("organisation", equalTo(org))
                .body("header.legalName", equalTo("测试电力有限公司"))
                .body("header.uscc", equalTo("91320500MA1W7K2DXD"))
                .body("header.filingAuthority", equalTo("国家能源局江苏监管办公室"))
                .body("entries.assetId", contains(filed, incomplete, overridden))
                .body("filed", equalTo(2))
                .body("incomplete", equalTo(1))
                .body("defiling", equalTo(0))
                .extract();
        Map<String, Object> first = entry(export, filed);
        assertEquals("NEW", first.get("filing"));
        assertEquals("IMPORTANT", first.get("level"));
        assertEquals("重要", first.get("levelName"));
        assertEquals("CONFIRMED", first.get("reviewStatus"));
        assertEquals(true, first.get("complete"));
        Map<String, Object> notFiled = entry(export, incomplete);
        assertEquals("INCOMPLETE", notFiled.get("filing"));
        assertEquals("核心", notFiled.get("levelName"));
        assertEquals(false, notFiled.get("complete"));
        assertEquals(List.of("storageLocation", "securityMeasures"), notFiled.get("missingFields"));
        assertTrue(((String) notFiled.get("filingReason")).contains("storageLocation"));
        assertEquals("OVERRIDDEN", entry(export, overridden).get("reviewStatus"));
        List<String> ids = export.path("entries.assetId");
        assertFalse(ids.contains(unreviewed) || ids.contains(outOfScope));

        // The incomplete entry was not filed: once completed, the next export files it as NEW.
        patch(alice, incomplete, Map.of("version", version(alice, incomplete), "storageLocation", "dc2/models",
                "securityMeasures", "SM4, isolated network")).statusCode(200);
        as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries.filing", contains("UNCHANGED", "NEW", "UNCHANGED"))
                .body("incomplete", equalTo(0));
    }

    @Test
    void aChangeAfterFilingIsDueInThreeMonthsAndLeavingTheCatalogueIsDefiled() {
        String org = "refiling-org";
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        String admin = admin("adam", org);
        Api.profile(admin);
        String changed = reviewed(alice, bob, fileable("Customer ledger [IMPORTANT]"));
        String downgraded = reviewed(alice, bob, fileable("Load forecast [IMPORTANT]"));
        String erased = reviewed(alice, bob, fileable("Backbone model [CORE]"));
        String undone = reviewed(alice, bob, fileable("Outage list [IMPORTANT]"));
        as(admin).post("/api/exports?format=json").then().statusCode(200).body("filed", equalTo(4));
        as(admin).get("/api/exports/refiling-due").then().statusCode(200).body("", empty());

        // Each change is noticed when it happens, not at the next export.
        patch(alice, changed, Map.of("version", version(alice, changed), "purpose", "tariff planning"))
                .statusCode(200)
                .body(DUE, equalTo(inThreeMonths().toString()))
                .body("refilingReason", equalTo("filing fields changed since the last export"));
        review(bob, downgraded, "OVERRIDE", "GENERAL", version(bob, downgraded)).statusCode(200);
        Api.get(alice, downgraded).body("asset." + DUE, equalTo(inThreeMonths().toString()))
                .body("asset.refilingReason", equalTo("downgraded to GENERAL (一般)"));
        given().auth().oauth2(internalToken()).contentType("application/json")
                .body(Map.of("reason", "ERASED", "erasureCertificate", "CERT-7", "actor", "carol"))
                .post("/api/internal/assets/" + erased + "/retirement").then().statusCode(204);
        // A change undone before the next filing is nothing to file.
        patch(alice, undone, Map.of("version", version(alice, undone), "purpose", "other")).statusCode(200)
                .body(DUE, equalTo(inThreeMonths().toString()));
        patch(alice, undone, Map.of("version", version(alice, undone), "purpose", "billing")).statusCode(200)
                .body(DUE, nullValue()).body("refilingReason", nullValue());

        as(admin).get("/api/exports/refiling-due").then().statusCode(200)
                .body("assetId", contains(changed, downgraded, erased))
                .body("filing", contains("REFILING_REQUIRED", "DEFILING", "DEFILING"))
                .body("dueBy", contains(inThreeMonths().toString(), inThreeMonths().toString(),
                        inThreeMonths().toString()))
                .body("overdue", contains(false, false, false))
                .body("[2].reason", equalTo("retired: ERASED"))
                .body("[1].filedLevel", equalTo("IMPORTANT"));
        as(alice).get("/api/exports/refiling-due").then().statusCode(403);
        as(auditor("audrey", org)).get("/api/exports/refiling-due").then().statusCode(403);

        ExtractableResponse<Response> export = as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries.assetId", contains(changed, undone, downgraded, erased))
                .body("entries.filing", contains("REFILING_REQUIRED", "UNCHANGED", "DEFILING", "DEFILING"))
                .body("defiling", equalTo(2))
                .extract();
        assertEquals(inThreeMonths().toString(), entry(export, changed).get(DUE));
        Map<String, Object> defiled = entry(export, downgraded);
        assertEquals("IMPORTANT", defiled.get("level"));        // the level on file, which is being withdrawn
        assertEquals("downgraded to GENERAL (一般)", defiled.get("filingReason"));
        assertEquals("retired: ERASED", entry(export, erased).get("filingReason"));
        assertEquals("RETIRED", entry(export, erased).get("reviewStatus"));

        // Filed: nothing is due any more, and de-filed entries do not come back.
        as(admin).get("/api/exports/refiling-due").then().body("", empty());
        Api.get(alice, changed).body("asset." + DUE, nullValue());
        as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries.assetId", contains(changed, undone))
                .body("entries.filing", contains("UNCHANGED", "UNCHANGED"));
    }

    @Test
    void theFilingTemplateAsCsvAndXlsxAndPastExportsDownloadAgainUnchanged() throws IOException, SQLException {
        String org = "template-org";
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        String admin = admin("adam", org);
        Api.profile(admin);
        String important = reviewed(alice, bob, fileable("客户台账 [IMPORTANT]"));
        String core = reviewed(alice, bob, fileable("=Backbone [CORE]"));

        Response csvAnswer = as(admin).post("/api/exports?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().response();
        byte[] csv = csvAnswer.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertEquals("重要数据目录备案表", lines.get(0));
        assertTrue(lines.contains("填报单位,测试电力有限公司"), text);
        assertTrue(lines.contains("统一社会信用代码,91320500MA1W7K2DXD"), text);
        assertTrue(lines.contains("备案机关,国家能源局江苏监管办公室"), text);
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("序号,")).findFirst().orElseThrow());
        assertTrue(lines.get(header).startsWith("序号,资产编号,数据名称,数据类别,数据级别,审核状态"), lines.get(header));
        assertTrue(lines.get(header + 1).startsWith("1," + important + ",客户台账 [IMPORTANT],pi.resident-id,重要,已审核确认,"),
                lines.get(header + 1));
        // A cell a spreadsheet would run as a formula is defused.
        assertTrue(lines.get(header + 2).startsWith("2," + core + ",'=Backbone [CORE],energy.grid-topology,核心,"),
                lines.get(header + 2));
        assertTrue(lines.get(header + 2).contains(",新增备案,"), lines.get(header + 2));
        String csvExport = csvAnswer.header("X-Export-Id");

        Response xlsxAnswer = as(admin).post("/api/exports?format=xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().response();
        List<List<String>> sheet = read(xlsxAnswer.asByteArray());
        assertEquals("重要数据目录备案表", sheet.get(0).get(0));
        assertEquals(List.of("填报单位", "测试电力有限公司"), sheet.get(1).subList(0, 2));
        assertEquals(List.of("统一社会信用代码", "91320500MA1W7K2DXD"), sheet.get(2).subList(0, 2));
        int table = indexOfRowStartingWith(sheet, "序号");
        assertEquals(List.of("序号", "资产编号", "数据名称", "数据类别", "数据级别", "审核状态"),
                sheet.get(table).subList(0, 6));
        assertEquals(List.of("1", important, "客户台账 [IMPORTANT]", "pi.resident-id", "重要", "已审核确认"),
                sheet.get(table + 1).subList(0, 6));
        assertEquals("核心", sheet.get(table + 2).get(4));
        int filingColumn = sheet.get(table).indexOf("备案类型");
        assertEquals("无变化", sheet.get(table + 2).get(filingColumn));
        assertEquals("=Backbone [CORE]", sheet.get(table + 2).get(2));   // a string cell, never a formula
        String xlsxExport = xlsxAnswer.header("X-Export-Id");

        // The asset changes afterwards; the past exports download again as they were, in any format.
        Map<String, Object> renamed = fileable("客户台账（新） [IMPORTANT]");
        as(alice).body(renamed).put("/api/assets/" + important).then().statusCode(200);
        byte[] again = as(auditor("audrey", org)).get("/api/exports/" + csvExport + "?format=csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertArrayEquals(csv, again);
        assertEquals(sheet, read(as(admin).get("/api/exports/" + xlsxExport + "?format=xlsx").then()
                .statusCode(200).extract().asByteArray()));
        as(admin).get("/api/exports/" + csvExport).then().statusCode(200)
                .body("exportId", equalTo(csvExport))
                .body("format", equalTo("csv"))
                .body("entries.name", contains("客户台账 [IMPORTANT]", "=Backbone [CORE]"));
        as(admin).get("/api/exports/" + csvExport + "?format=pdf").then().statusCode(400);
        as(admin("zed", "other-template-org")).get("/api/exports/" + csvExport).then().statusCode(404);
        as(alice).get("/api/exports/" + csvExport).then().statusCode(403);

        // An export made before the catalog kept its catalogue cannot be regenerated.
        UUID old = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into exports (id, organisation, format, entries, refiling, exported_by, exported_at)"
                    + " values ('" + old + "', '" + org + "', 'csv', 1, 0, 'adam', now() - interval '1 year')");
        }
        as(admin).get("/api/exports/" + old + "?format=csv").then().statusCode(410)
                .body("type", equalTo("urn:energy-data:problem:export-not-kept"));
        as(admin).get("/api/exports").then().statusCode(200)
                .body("find { it.id == '" + old + "' }.downloadable", equalTo(false))
                .body("find { it.id == '" + xlsxExport + "' }.downloadable", equalTo(true))
                .body("format", containsInAnyOrder("csv", "xlsx", "csv"));
    }

    static Map<String, Object> entry(ExtractableResponse<Response> export, String assetId) {
        return export.jsonPath().get("entries.find { it.assetId == '" + assetId + "' }");
    }

    static List<List<String>> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    static int indexOfRowStartingWith(List<List<String>> rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && first.equals(rows.get(i).get(0))) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + first + ": " + rows);
    }

    List<String> updatedFields(String org) throws SQLException {
        List<String> fields = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select detail from audit_records where organisation = ? and action = 'UPDATED' order by seq")) {
            s.setString(1, org);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String detail = rs.getString(1);
                    fields.add(detail.substring(detail.indexOf('[')).replace("\"", "").replace(",", ", ")
                            .replaceAll("].*", "]"));
                }
            }
        }
        return fields;
    }
}

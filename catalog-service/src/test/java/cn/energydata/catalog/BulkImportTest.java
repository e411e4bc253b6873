package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Bulk registration as a job: the filing template's columns or JSON lines, row-level errors (issue 20 item 4). */
@QuarkusTest
class BulkImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "序号,数据名称,数据描述,资产类型,能源活动,责任部门,联系方式,所在系统,存储位置,存储地域,"
            + "数据载体,数据量（条）,数据量（字节）,涉及自然人数,覆盖范围,处理目的,是否对外共享,共享情况,是否出境,安全保护措施";

    private static JsonPath finished(String token, String job) {
        JsonPath done = await().atMost(Duration.ofSeconds(60)).until(() -> as(token).get("/api/jobs/" + job)
                .then().statusCode(200).extract().jsonPath(),
                j -> !List.of("QUEUED", "RUNNING").contains(j.getString("status")));
        assertEquals("DONE", done.getString("status"), done.prettify());
        return done;
    }

    private static String submit(String token, String contentType, byte[] body, boolean dryRun) {
        return given().auth().oauth2(token).contentType(contentType).body(body)
                .queryParam("dryRun", dryRun).post("/api/assets/imports").then().statusCode(202)
                .extract().path("id");
    }

    private static byte[] templateCsv() {
        String csv = "\uFEFF重要数据目录备案表\r\n"
                + "填报单位,测试电力有限公司\r\n"
                + "\r\n"
                + HEADER + "\r\n"
                + "1,Imported ledger A [IMPORTANT],Customer ledger,DATASET,CONSUMPTION,Marketing,ops@example.com,CIS,"
                + "dc1/db/cis,Jiangsu;Anhui,PostgreSQL table,1000,2000,900,Jiangsu,billing,否,,否,SM4 at rest\r\n"
                + "2,,Nameless,DATASET,CONSUMPTION,Marketing,ops@example.com,CIS,dc1,Jiangsu,PG,1,1,1,Jiangsu,billing,"
                + "否,,否,SM4\r\n"
                + "3,Imported ledger C,Bad numbers,TABLE,PRODUCTION,Ops,ops@example.com,CIS,dc1,Jiangsu,PG,many,,,"
                + "Jiangsu,billing,maybe,,否,SM4\r\n"
                + "4,Imported ledger D,Plant data,TABLE,PRODUCTION,Ops,ops@example.com,SCADA,dc2,Hubei,PG,10,,,"
                + "Hubei,operations,是,to the grid company,否,SM4\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTemplateCsvRegistersEachGoodRowGradesItAndReportsTheBadOnes() {
        String org = "import-org";
        String alice = registrant("alice", org);
        JsonPath done = finished(alice, submit(alice, "text/csv", templateCsv(), false));

        assertEquals("IMPORT", done.getString("kind"));
        assertEquals(4, done.getLong("processed"));
        assertEquals(4, done.getLong("result.rows"));
        assertEquals(2, done.getLong("result.registered"));
        assertEquals(2, done.getLong("result.graded"));
        assertEquals(2, done.getLong("result.failed"));
        assertEquals(List.of(6, 7, 7), done.getList("result.errors.row"));
        assertEquals(List.of("name", "shared", "volume.records"), done.getList("result.errors.field"));

        JsonPath found = as(alice).queryParam("q", "Imported ledger").get("/api/assets").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        Map<String, Object> a = found.getMap("items.find { it.name == 'Imported ledger A [IMPORTANT]' }");
        assertEquals("IMPORTANT", a.get("level"));
        assertEquals("PROPOSED", a.get("status"));
        assertEquals("alice", a.get("registeredBy"));
        assertEquals(List.of("Jiangsu", "Anhui"), a.get("storageRegions"));
        assertEquals(900, ((Map<?, ?>) a.get("volume")).get("distinctPersons"));
        Map<String, Object> d = found.getMap("items.find { it.name == 'Imported ledger D' }");
        assertEquals(true, d.get("shared"));
        assertEquals("to the grid company", d.get("sharingDetails"));
        // Graded, not reviewed: a reviewer confirms as for any registration.
        Api.review(reviewer("bob", org), (String) a.get("id"), "CONFIRM", null,
                ((Number) a.get("version")).longValue()).statusCode(200);
    }

    @Test
    void aDryRunChecksAndPreviewsWithoutRegistering() {
        String org = "import-dry-org";
        String alice = registrant("alice", org);
        JsonPath done = finished(alice, submit(alice, "text/csv", templateCsv(), true));
        assertEquals("IMPORT_CHECK", done.getString("kind"));
        assertEquals(0, done.getLong("result.registered"));
        assertEquals(2, done.getLong("result.failed"));
        assertEquals(List.of("Imported ledger A [IMPORTANT]", "Imported ledger D"),
                done.getList("result.preview.name"));
        as(alice).get("/api/assets").then().body("items", hasSize(0));
    }

    @Test
    void xlsxAndJsonLinesAreImportedToo() throws IOException {
        String org = "import-formats-org";
        String alice = registrant("alice", org);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("assets");
            String[] header = HEADER.split(",");
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            Object[][] rows = {
                    {1, "Sheet asset 1", "d", "DATASET", "CONSUMPTION", "Ops", "ops@example.com"},
                    {2, "Sheet asset 2", "d", "FILE", "PLANNING", "Ops", "ops@example.com", "ERP", "dc1", "Jiangsu",
                            "PDF", 12}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else {
                        sheet.value(r + 1, c, (String) rows[r][c]);
                    }
                }
            }
        }
        JsonPath sheet = finished(alice, submit(alice, XLSX, xlsx.toByteArray(), false));
        assertEquals(2, sheet.getLong("result.registered"), sheet.prettify());
        as(alice).queryParam("q", "Sheet asset 2").get("/api/assets").then()
                .body("items[0].volume.records", equalTo(12)).body("items[0].type", equalTo("FILE"));

        String lines = """
                {"name":"Line asset 1","type":"DATASET","ownerDepartment":"Ops","ownerContact":"o@x","energyActivity":"RESEARCH_DEVELOPMENT"}

                {"name":"Line asset 2","type":"SPACESHIP","ownerDepartment":"Ops","ownerContact":"o@x","energyActivity":"PLANNING"}
                not json
                {"name":"","type":"DATASET","ownerDepartment":"Ops","ownerContact":"o@x","energyActivity":"PLANNING"}
                """;
        JsonPath jsonl = finished(alice, submit(alice, "application/x-ndjson", lines.getBytes(StandardCharsets.UTF_8),
                false));
        assertEquals(4, jsonl.getLong("result.rows"));
        assertEquals(1, jsonl.getLong("result.registered"));
        assertEquals(List.of(3, 4, 5), jsonl.getList("result.errors.row"));
        assertEquals("type", jsonl.getString("result.errors[0].field"));
        assertEquals("name", jsonl.getString("result.errors[2].field"));
        assertFalse(jsonl.getBoolean("result.errorsTruncated"));
    }

    @Test
    void onlyRegistrantsImportAndOnlyKnownFormats() {
        String alice = registrant("alice", "import-org");
        given().auth().oauth2(alice).contentType("application/pdf").body(new byte[] {1})
                .post("/api/assets/imports").then().statusCode(415);
        given().auth().oauth2(reviewer("bob", "import-org")).contentType("text/csv").body(templateCsv())
                .post("/api/assets/imports").then().statusCode(403);
        JsonPath noHeader = finished(alice, submit(alice, "text/csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8),
                false));
        assertEquals(0, noHeader.getInt("result.errors[0].row"));
        assertEquals(1, noHeader.getLong("result.failed"));
    }
}

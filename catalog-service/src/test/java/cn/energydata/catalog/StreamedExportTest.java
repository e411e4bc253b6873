package cn.energydata.catalog;

import cn.energydata.catalog.service.ExportService;
import cn.energydata.catalog.service.JobService;
import cn.energydata.common.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.energydata.catalog.Api.admin;
import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.fileable;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewed;
import static cn.energydata.catalog.Api.reviewer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports streamed from recorded entries, read page by page (pages of two in tests), run as a job with progress, and
 * recorded only once complete (issue 20 item 1).
 */
@QuarkusTest
class StreamedExportTest {

    @Inject
    ExportService exports;

    @Inject
    DataSource dataSource;

    private static List<String> reviewedAssets(String org, int count) {
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(reviewed(alice, bob, fileable("Customer ledger " + i + " [IMPORTANT]")));
        }
        return ids;
    }

    @Test
    void anExportJobEndsWithTheExportAndItsDownload() {
        String org = "export-job2-org";
        String admin = admin("adam", org);
        Api.profile(admin);
        List<String> ids = reviewedAssets(org, 5);

        String job = as(admin).post("/api/exports/jobs?format=csv").then().statusCode(202)
                .body("kind", equalTo("EXPORT")).extract().path("id");
        JsonPath done = await().atMost(Duration.ofSeconds(60)).until(() -> as(admin).get("/api/jobs/" + job).then()
                .statusCode(200).extract().jsonPath(), j -> !List.of("QUEUED", "RUNNING").contains(j.getString("status")));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(5, done.getLong("total"));
        assertEquals(5, done.getLong("processed"));
        String download = done.getString("result.download");
        String exportId = done.getString("result.exportId");
        assertEquals("/api/exports/" + exportId + "?format=csv", download);

        String csv = as(admin).get(download).then().statusCode(200).header("X-Export-Id", exportId)
                .extract().asString();
        for (String id : ids) {
            assertTrue(csv.contains(id), "every entry across pages: " + id);
        }
        as(admin).get("/api/exports/" + exportId + "?format=json").then().statusCode(200)
                .body("entries", hasSize(5)).body("entries.filing", everyItem(equalTo("NEW")))
                .body("filed", equalTo(5)).body("format", equalTo("csv"));
        // Recorded: the next export finds the assets on file.
        as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries.filing", everyItem(equalTo("UNCHANGED")));

        as(admin("zed", "other-job-org")).get("/api/jobs/" + job).then().statusCode(404);
        as(registrant("alice", org)).post("/api/exports/jobs?format=csv").then().statusCode(403);
    }

    @Test
    void anExportThatFailsLeavesNoRecordNoEntriesAndNothingFiled() throws SQLException {
        String org = "export-fail-org";
        String admin = admin("adam", org);
        Api.profile(admin);
        reviewedAssets(org, 5);

        // While the first export is being built, a second one is recorded: the first is overtaken and refused.
        JobService.Progress overtake = new JobService.Progress() {
            private boolean done;

            @Override
            public void total(long total) {
            }

            @Override
            public void processed(long processed) {
                if (processed > 0 && !done) {
                    done = true;
                    exports.export(org, "adam", "json", JobService.Progress.NONE);
                }
            }
        };
        ProblemException refused = assertThrows(ProblemException.class,
                () -> exports.export(org, "adam", "json", overtake));
        assertEquals(409, refused.status());

        List<String> history = as(admin).get("/api/exports").then().statusCode(200).body("", hasSize(1))
                .extract().path("id");
        assertEquals(5, count("select count(*) from export_entries e join exports x on x.id = e.export_id"
                + " where x.organisation = '" + org + "'"));
        assertEquals(0, count("select count(*) from export_entries e where not exists"
                + " (select 1 from exports x where x.id = e.export_id)"), "the refused export's entries are gone");
        // Filed once, by the recorded export.
        as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries.filing", everyItem(equalTo("UNCHANGED")));
        assertEquals(1, history.size());
        as(admin).get("/api/exports/" + UUID.randomUUID()).then().statusCode(404);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

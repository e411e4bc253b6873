package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Incremental audit verification from stored checkpoints, and the full verification as a background job (issue 20
 * item 3). Pages of two records in tests, so every walk crosses page boundaries.
 */
@QuarkusTest
class AuditVerificationTest {

    @Inject
    DataSource dataSource;

    private void tamper(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table audit_records disable trigger audit_records_append_only");
            s.executeUpdate(sql);
            s.execute("alter table audit_records enable trigger audit_records_append_only");
        }
    }

    private static void registerAssets(String org, int count) {
        String alice = registrant("alice", org);
        for (int i = 0; i < count; i++) {
            register(alice, asset("Audited " + i));
        }
    }

    @Test
    void eachVerificationReadsOnlyWhatIsNewSinceTheLastCheckpoint() {
        String org = "incremental-org";
        String audrey = auditor("audrey", org);
        registerAssets(org, 5);
        as(audrey).get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("records", equalTo(5))
                .body("mode", equalTo("INCREMENTAL")).body("verifiedFrom", equalTo(0));
        as(audrey).get("/api/audit/verify").then()
                .body("valid", equalTo(true)).body("records", equalTo(5)).body("verifiedFrom", equalTo(5));
        registerAssets(org, 2);
        as(audrey).get("/api/audit/verify").then()
                .body("valid", equalTo(true)).body("records", equalTo(7)).body("verifiedFrom", equalTo(5));
    }

    @Test
    void aChangeAfterTheCheckpointOrOfACheckpointedRecordIsFound() throws SQLException {
        String org = "incremental-tamper-org";
        String audrey = auditor("audrey", org);
        registerAssets(org, 3);
        as(audrey).get("/api/audit/verify").then().body("valid", equalTo(true)).body("records", equalTo(3));
        registerAssets(org, 3);
        tamper("update audit_records set detail = '{}' where organisation = '" + org + "' and seq = 5");
        as(audrey).get("/api/audit/verify").then()
                .body("valid", equalTo(false)).body("brokenAtSeq", equalTo(5)).body("verifiedFrom", equalTo(3))
                .body("problem", equalTo("record content does not match its hash"));

        String other = "rewrite-org";
        registerAssets(other, 3);
        as(auditor("audrey", other)).get("/api/audit/verify").then().body("valid", equalTo(true));
        // A rewrite of the chain behind the checkpoint changes the checkpointed hash.
        tamper("update audit_records set hash = '" + "f".repeat(64) + "' where organisation = '" + other
                + "' and seq = 3");
        as(auditor("audrey", other)).get("/api/audit/verify").then()
                .body("valid", equalTo(false)).body("brokenAtSeq", equalTo(3));
    }

    @Test
    void theFullVerificationRunsAsAJobAndFindsAChangeBehindTheCheckpoint() throws SQLException {
        String org = "full-job-org";
        String audrey = auditor("audrey", org);
        registerAssets(org, 5);
        as(audrey).get("/api/audit/verify").then().body("valid", equalTo(true));
        tamper("update audit_records set actor = 'mallory' where organisation = '" + org + "' and seq = 2");
        // Behind the checkpoint: the incremental verification does not read it again ...
        as(audrey).get("/api/audit/verify").then().body("valid", equalTo(true)).body("verifiedFrom", equalTo(5));

        // ... the full one does.
        String job = as(audrey).post("/api/audit/verifications").then().statusCode(202)
                .body("kind", equalTo("AUDIT_VERIFICATION")).extract().path("id");
        JsonPath done = await().atMost(Duration.ofSeconds(60)).until(() -> as(audrey).get("/api/jobs/" + job)
                .then().statusCode(200).extract().jsonPath(),
                j -> !List.of("QUEUED", "RUNNING").contains(j.getString("status")));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(5L, done.getLong("total"));
        assertEquals(false, done.getBoolean("result.valid"));
        assertEquals(2, done.getInt("result.brokenAtSeq"));
        assertEquals("FULL", done.getString("result.mode"));
        as(registrant("alice", org)).post("/api/audit/verifications").then().statusCode(403);
    }
}

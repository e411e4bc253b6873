package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static cn.energydata.catalog.Api.admin;
import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.fileable;
import static cn.energydata.catalog.Api.reviewed;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regulator exports with re-filing marks, and the tamper-evident audit chain. */
@QuarkusTest
class AuditAndExportTest {

    @Inject
    DataSource dataSource;

    @Test
    void exportMarksNewChangedAndRescaledEntriesAndIsRecorded() {
        String org = "export-org";
        String alice = registrant("alice", org);
        String bob = reviewer("bob", org);
        String admin = admin("adam", org);
        Api.profile(admin);
        String important = reviewed(alice, bob, fileable("Customer ledger [IMPORTANT]"));
        String core = reviewed(alice, bob, fileable("Backbone, \"model\" [CORE]"));
        reviewed(alice, bob, fileable("Canteen menu"));
        as(admin).post("/api/exports?format=json").then().statusCode(200)
                .body("entries", hasSize(2))
                .body("entries.filing", equalTo(java.util.List.of("NEW", "NEW")))
                .body("entries[0].responsibleUnit", equalTo("Marketing"));

        Map<String, Object> rescaled = fileable("Customer ledger [IMPORTANT]");
        rescaled.put("volume", Map.of("bytes", 1000, "records", 1300, "distinctPersons", 900));
        as(alice).body(rescaled).put("/api/assets/" + important).then().statusCode(200);
        Map<String, Object> renamed = fileable("Backbone, \"model\" [CORE]");
        renamed.put("purpose", "dispatch planning");
        as(alice).body(renamed).put("/api/assets/" + core).then().statusCode(200);

        String csv = as(admin).post("/api/exports?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.contains("\"Backbone, \"\"model\"\" [CORE]\""), csv);
        assertEquals(2, csv.lines().filter(l -> l.contains("变更备案,")).count(), csv);
        as(admin).post("/api/exports?format=json").then().body("entries.filing",
                equalTo(java.util.List.of("UNCHANGED", "UNCHANGED")));

        as(auditor("audrey", org)).get("/api/exports").then().statusCode(200).body("", hasSize(3))
                .body("[1].refiling", equalTo(2))
                .body("[1].filed", equalTo(2))
                .body("[1].downloadable", equalTo(true));
        as(alice).post("/api/exports?format=json").then().statusCode(403);
        String zed = admin("zed", "other-org");
        Api.profile(zed);
        as(zed).post("/api/exports?format=json").then().statusCode(200)
                .body("entries", hasSize(0));
    }

    @Test
    void auditChainVerifiesAndDetectsATamperedRow() throws SQLException {
        String org = "tamper-org";
        String alice = registrant("alice", org);
        String id = register(alice, asset("Audited"));
        Api.gradeDescriptor(alice, id).statusCode(200);
        as(alice).body(Map.of("reason", "obsolete")).post("/api/assets/" + id + "/retirement").then().statusCode(200);
        String audrey = auditor("audrey", org);
        as(audrey).get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("records", equalTo(3));
        as(alice).get("/api/audit/verify").then().statusCode(403);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The table refuses changes...
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update audit_records set actor = 'mallory' where organisation = '" + org + "' and seq = 2"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // ...so a tamperer with superuser rights disables the guard first; the chain still tells.
            s.execute("alter table audit_records disable trigger audit_records_append_only");
            s.executeUpdate("update audit_records set actor = 'mallory' where organisation = '" + org + "' and seq = 2");
            s.execute("alter table audit_records enable trigger audit_records_append_only");
        }
        // A change behind the last verified checkpoint is found by the full verification (see AuditVerificationTest).
        as(audrey).get("/api/audit/verify?mode=FULL").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("brokenAtSeq", equalTo(2))
                .body("problem", not(equalTo(null)));
        as(auditor("olga", "other-org-2")).get("/api/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void policyServiceRetirementIsRecordedInTheAssetsTrail() {
        String org = "retire-org";
        String id = register(registrant("alice", org), asset("Erased"));
        given().auth().oauth2(cn.energydata.testing.TestTokens.service("policy-service", "internal-service"))
                .contentType("application/json")
                .body(Map.of("reason", "ERASED", "erasureCertificate", "CERT-1", "actor", "carol"))
                .post("/api/internal/assets/" + id + "/retirement").then().statusCode(204);
        given().auth().oauth2(cn.energydata.testing.TestTokens.service("policy-service", "internal-service"))
                .get("/api/internal/assets/" + id + "/classification").then().statusCode(200)
                .body("status", equalTo("RETIRED")).body("retired", equalTo(true));
        given().auth().oauth2(cn.energydata.testing.TestTokens.service("policy-service", "internal-service"))
                .get("/api/internal/assets/00000000-0000-0000-0000-000000000009/classification").then()
                .statusCode(404).contentType("application/problem+json");
        as(auditor("audrey", org)).get("/api/audit/verify").then().body("valid", equalTo(true))
                .body("records", greaterThan(1));
    }
}

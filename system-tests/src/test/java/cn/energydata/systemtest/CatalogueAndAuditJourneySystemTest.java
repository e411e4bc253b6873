package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 5: carol (security-admin) exports east-grid's important-data catalogue for the provincial energy
 * authority; dave (auditor) verifies the audit chain and reads the decision log of the decisions taken.
 */
@ExtendWith(StackExtension.class)
class CatalogueAndAuditJourneySystemTest {

    private static final String ADMIN = "carol";
    private static final String AUDITOR = "dave";

    private Journey journey;

    @BeforeEach
    void journey(Stack stack) {
        journey = new Journey(stack.config());
    }

    @Test
    void adminExportsTheImportantDataCatalogueAndTheAuditorChecksTheRecords() {
        long recordsBefore = auditRecords();
        String general = journey.registerGraded("alice", "Press release: service hall",
                Document.pressRelease(), "GENERAL");
        String important = journey.registerGraded("alice", "Substation EAST-770 configuration",
                Document.substationConfiguration("EAST-770-" + journey.suffix), "IMPORTANT");
        String core = journey.registerCoreGridModel("alice");
        String northOil = journey.registerGraded("erin", "Compressor station NO-9 configuration",
                Document.substationConfiguration("NO-9-" + journey.suffix), "IMPORTANT");
        for (String id : List.of(general, important, core)) {
            journey.confirm("bob", id, "Checked the evidence").statusCode(200);
        }
        journey.clearSecrecy(core);

        // Decisions the auditor will find in the log.
        String permit = journey.decide("alice", "DOWNLOAD", general, null)
                .body("effect", equalTo("PERMIT")).extract().path("decisionId");
        String deny = journey.decide("alice", "TRANSFER_CROSS_BORDER", core, Map.of("country", "DE"))
                .body("effect", equalTo("DENY")).extract().path("decisionId");
        String approval = journey.decide("alice", "DOWNLOAD", core, null)
                .body("effect", equalTo("APPROVAL_REQUIRED")).extract().path("decisionId");

        // The catalogue: east-grid's important and core assets, nothing general, nothing of north-oil.
        JsonPath export = journey.as(ADMIN).post(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("east-grid", export.getString("organisation"));
        assertEquals(ADMIN, export.getString("exportedBy"));
        List<String> exported = export.getList("entries.assetId");
        assertTrue(exported.contains(important) && exported.contains(core), "important and core are filed");
        assertFalse(exported.contains(general), "general data is not in the catalogue");
        assertFalse(exported.contains(northOil), "north-oil's asset is not in east-grid's catalogue");
        List<String> levels = export.getList("entries.level");
        assertTrue(levels.stream().allMatch(l -> l.equals("IMPORTANT") || l.equals("CORE")), "levels: " + levels);
        Map<String, Object> coreEntry = export.getMap("entries.find { it.assetId == '" + core + "' }");
        assertEquals("CORE", coreEntry.get("level"));
        assertEquals("NEW", coreEntry.get("filing"));
        assertEquals(List.of("Jiangsu", "Zhejiang", "Anhui"), coreEntry.get("scope"));
        assertEquals("Dispatch and control centre", coreEntry.get("responsibleUnit"));
        assertTrue(((List<?>) coreEntry.get("categories")).contains("energy.grid-topology"));

        // The same catalogue as CSV; a second filing finds the entries unchanged.
        String csv = journey.as(ADMIN).queryParam("format", "csv").post(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertTrue(csv.startsWith("\uFEFF重要数据目录备案表"), "the filing template, UTF-8 with a byte-order mark");
        String coreLine = csv.lines().filter(l -> l.contains(core)).findFirst().orElseThrow();
        assertTrue(coreLine.contains(",核心,") && coreLine.contains(",无变化,"), "re-filed unchanged: " + coreLine);
        assertTrue(csv.contains(important));
        assertFalse(csv.contains(general) || csv.contains(northOil));

        // The auditor may read the export history but not export.
        List<String> history = journey.as(AUDITOR).get(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertTrue(history.contains(export.getString("exportId")), "the export is recorded");
        journey.as(AUDITOR).post(journey.config.catalogUrl() + "/api/exports").then().statusCode(403);

        // The organisation's audit chain is intact, and it grew by what this journey did: three registrations,
        // three gradings, three reviews and two exports.
        journey.as(AUDITOR).get(journey.config.catalogUrl() + "/api/audit/verify")
                .then().statusCode(200)
                .body("organisation", equalTo("east-grid"))
                .body("valid", equalTo(true))
                .body("brokenAtSeq", equalTo(null));
        assertTrue(auditRecords() >= recordsBefore + 11, "the chain covers this journey's changes");

        // The decision log has each decision with its effect, requester and asset; the registrant may not read it.
        for (Map.Entry<String, List<String>> expected : Map.of(
                permit, List.of("PERMIT", "DOWNLOAD", general),
                deny, List.of("DENY", "TRANSFER_CROSS_BORDER", core),
                approval, List.of("APPROVAL_REQUIRED", "DOWNLOAD", core)).entrySet()) {
            String assetId = expected.getValue().get(2);
            JsonPath log = journey.as(AUDITOR).queryParam("assetId", assetId).queryParam("size", 200)
                    .get(journey.config.policyUrl() + "/api/decisions")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> entry = log.getMap("items.find { it.decisionId == '" + expected.getKey() + "' }");
            assertTrue(entry != null, "decision " + expected.getKey() + " is in the log");
            assertEquals(expected.getValue().get(0), entry.get("effect"));
            assertEquals(expected.getValue().get(1), entry.get("action"));
            assertEquals("alice", entry.get("requester"));
        }
        journey.as("alice").get(journey.config.policyUrl() + "/api/decisions").then().statusCode(403);
    }

    private long auditRecords() {
        return journey.as(AUDITOR).get(journey.config.catalogUrl() + "/api/audit/verify")
                .then().statusCode(200).body("valid", equalTo(true))
                .extract().jsonPath().getLong("records");
    }

    /**
     * Issue 13: the filing catalogue files reviewed grades only, leaves out-of-scope data out (city gas is another
     * regulator's), and an asset filed before and since downgraded comes back as a de-filing row.
     */
    @Test
    void theFilingCatalogueDefilesADowngradeAndLeavesOutOfScopeDataOut() {
        String filed = journey.registerGraded("alice", "Substation EAST-880 configuration",
                Document.substationConfiguration("EAST-880-" + journey.suffix), "IMPORTANT");
        journey.confirm("bob", filed, "Checked the evidence").statusCode(200);
        String cityGas = journey.register("alice", journey.fileAsset("City gas network routes"));
        journey.upload("alice", cityGas, Document.text("gas-routes.txt", "text/plain",
                        "城市燃气管网输气管道走向说明（内部）：各阀室坐标与管输能力。"))
                .statusCode(200)
                .body("flags", org.hamcrest.Matchers.hasItem("OUT_OF_SCOPE"));
        journey.confirm("bob", cityGas, "City gas: graded, but the energy regulator's catalogue is not its place")
                .statusCode(200);
        String unreviewed = journey.registerGraded("alice", "Substation EAST-881 configuration",
                Document.substationConfiguration("EAST-881-" + journey.suffix), "IMPORTANT");

        JsonPath first = journey.as(ADMIN).post(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("NEW", first.getString("entries.find { it.assetId == '" + filed + "' }.filing"));
        List<String> entries = first.getList("entries.assetId");
        assertFalse(entries.contains(cityGas), "out-of-scope data is not filed with the energy regulator");
        assertFalse(entries.contains(unreviewed), "only reviewed grades are filed");
        assertTrue(first.getString("header.uscc") != null, "the header names the organisation: " + first.get("header"));

        journey.override("bob", filed, "GENERAL", "A vendor's public template, no site data").statusCode(200);
        JsonPath second = journey.as(ADMIN).post(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("DEFILING", second.getString("entries.find { it.assetId == '" + filed + "' }.filing"),
                "a filed asset downgraded to general is de-filed");
    }
}

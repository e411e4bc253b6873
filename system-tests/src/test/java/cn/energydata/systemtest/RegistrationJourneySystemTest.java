package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 1: alice, a data registrant of east-grid, registers three assets and uploads their documents. The real
 * classifier grades each through the catalog; the grade comes with the evidence a reviewer will check. She may
 * not review her own organisation's grades.
 */
@ExtendWith(StackExtension.class)
class RegistrationJourneySystemTest {

    private static final String REGISTRANT = "alice";

    private Journey journey;

    @BeforeEach
    void journey(Stack stack) {
        journey = new Journey(stack.config());
    }

    @Test
    void substationConfigurationIsImportantByItsFormat() {
        String id = journey.register(REGISTRANT, journey.fileAsset("Substation EAST-220 configuration"));
        Document scl = Document.substationConfiguration("EAST-220-" + journey.suffix);

        journey.upload(REGISTRANT, id, scl)
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("level", equalTo("IMPORTANT"))
                .body("categories", hasItem("energy.power-monitoring"))
                .body("needsReview", equalTo(false))
                .body("organisation", equalTo("east-grid"))
                .body("content.sha256", equalTo(scl.sha256()))
                .body("content.sizeBytes", equalTo(scl.bytes().length));

        JsonPath detail = journey.detail(REGISTRANT, id);
        assertEquals("AUTOMATIC", detail.getString("gradings[0].source"));
        assertEquals("UPLOAD", detail.getString("gradings[0].trigger"));
        assertEquals(scl.sha256(), detail.getString("gradings[0].contentSha256"));
        // The deciding reason comes first: the SCL format itself, whatever the file is called.
        assertEquals("IMPORTANT", detail.getString("gradings[0].evidence.reasons[0].level"));
        assertEquals("FORMAT", detail.getString("gradings[0].evidence.reasons[0].source"));
        assertEquals("format.iec61850-scl", detail.getString("gradings[0].evidence.reasons[0].ref"));
        List<String> ruleIds = detail.getList("gradings[0].evidence.findings.ruleId");
        assertTrue(ruleIds.contains("format.iec61850-scl"), "findings name the rule: " + ruleIds);
        assertTrue(detail.getString("gradings[0].rulePackVersion") != null, "the rule pack is recorded");
    }

    @Test
    void customerListWithMinorsIsPersonalInformationWithMaskedEvidence() {
        String id = journey.register(REGISTRANT, journey.fileAsset("Customer list, Nanjing hall"));
        Document.CustomerList customers = Document.customerList(3, 2, 1);

        String answer = journey.upload(REGISTRANT, id, customers.document())
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                // Six people are far below every PI threshold: general, with the PI recorded.
                .body("level", equalTo("GENERAL"))
                .body("categories", hasItem("pi.resident-id"))
                .body("categories", hasItem("pi.mobile"))
                .extract().asString();
        assertNoRawIds(answer, customers);

        String body = journey.as(REGISTRANT).get(journey.config.catalogUrl() + "/api/assets/" + id)
                .then().statusCode(200).extract().asString();
        assertNoRawIds(body, customers);
        JsonPath detail = JsonPath.from(body);
        int people = customers.adults() + customers.minors() + customers.children();
        Map<String, Object> subjects = detail.getMap("gradings[0].evidence.subjects");
        assertEquals(people, subjects.get("persons"), "distinct people: " + subjects);
        assertEquals(customers.minors() + customers.children(), subjects.get("minors"), "under-18s, children included");
        assertEquals(customers.children(), subjects.get("children"), "under-14s");
        Map<String, Object> residentIds = detail.getMap(
                "gradings[0].evidence.categories.find { it.id == 'pi.resident-id' }");
        assertEquals(true, residentIds.get("sensitive"), "resident IDs are sensitive PI");
        assertEquals(true, residentIds.get("minors"), "the category is flagged as holding minors' PI");
        assertEquals(people, residentIds.get("distinctSubjects"));
        List<String> validators = detail.getList(
                "gradings[0].evidence.findings.findAll { it.ruleId == 'pi.cn-resident-id' }.validatorResult");
        assertEquals(people, validators.size(), "one finding per ID value: " + validators);
        assertTrue(validators.stream().allMatch("VALID"::equals), "every check digit is valid: " + validators);
        List<String> snippets = detail.getList(
                "gradings[0].evidence.findings.findAll { it.ruleId == 'pi.cn-resident-id' }.maskedSnippet");
        assertTrue(snippets.stream().allMatch(s -> s.contains("*")), "snippets are masked: " + snippets.size());

        // What the policy service will be told: minors' PI, so the minors' compliance duties apply.
        String service = Tokens.service(journey.config, "policy-service");
        given().auth().oauth2(service)
                .get(journey.config.catalogUrl() + "/api/internal/assets/" + id + "/classification")
                .then().statusCode(200)
                .body("personalInformation.persons", equalTo(people))
                .body("personalInformation.minors", equalTo(customers.minors() + customers.children()))
                .body("personalInformation.children", equalTo(customers.children()))
                .body("personalInformation.sensitive", equalTo(true));
    }

    @Test
    void pressReleaseIsGeneralWithNothingFound() {
        String id = journey.register(REGISTRANT, journey.fileAsset("Press release: new service hall"));

        journey.upload(REGISTRANT, id, Document.pressRelease())
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("level", equalTo("GENERAL"))
                .body("categories", not(hasItem("pi.resident-id")));

        JsonPath detail = journey.detail(REGISTRANT, id);
        assertEquals("GENERAL", detail.getString("gradings[0].evidence.reasons[0].level"));
        assertEquals("default.general", detail.getString("gradings[0].evidence.reasons[0].ref"));
        assertEquals(0, detail.getInt("gradings[0].evidence.subjects.persons"));
        assertFalse(detail.getBoolean("asset.needsReview"));
    }

    /** Unknown is not general: what cannot be read is core, awaiting a reviewer, and the policy service acts on it. */
    @Test
    void passwordProtectedArchiveIsCoreUntilAReviewerDecides() {
        String id = journey.register(REGISTRANT, journey.fileAsset("Protection settings archive"));

        journey.upload(REGISTRANT, id, Document.encryptedArchive())
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("level", equalTo("CORE"))
                .body("needsReview", equalTo(true))
                .body("extractionStatus", equalTo("ENCRYPTED"));

        JsonPath detail = journey.detail(REGISTRANT, id);
        assertEquals("UNKNOWN", detail.getString("gradings[0].evidence.levelBasis"));
        assertEquals("extraction.unknown", detail.getString("gradings[0].evidence.reasons[0].ref"));
        assertTrue(detail.getList("gradings[0].flags").contains("NEEDS_REVIEW"));

        journey.decide(REGISTRANT, "TRANSFER_CROSS_BORDER", id, Map.of("country", "DE", "purpose", "joint research"))
                .body("effect", equalTo("DENY"))
                .body("effectiveLevel", equalTo("CORE"));
    }

    /** A GBK-encoded grid case with an unknown extension is read as text and graded, never refused. */
    @Test
    void gbkPowerFlowCaseIsGradedNotRefused() {
        String id = journey.register(REGISTRANT, journey.fileAsset("East China power-flow case"));

        journey.upload(REGISTRANT, id, Document.bpaCaseInGbk())
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("categories", hasItem("energy.grid-topology"))
                .body("extractionStatus", equalTo("COMPLETE"));
        JsonPath detail = journey.detail(REGISTRANT, id);
        assertEquals("format.bpa-powerflow", detail.getString("gradings[0].evidence.reasons[0].ref"));
    }

    @Test
    void registrantCannotReviewTheGradesOfHerOrganisation() {
        String id = journey.register(REGISTRANT, journey.fileAsset("Substation EAST-221 configuration"));
        journey.upload(REGISTRANT, id, Document.substationConfiguration("EAST-221-" + journey.suffix))
                .statusCode(200);
        long version = journey.version(REGISTRANT, id);

        journey.review(REGISTRANT, id, Map.of("decision", "CONFIRM", "justification", "my own data",
                        "version", version))
                .statusCode(403)
                .contentType("application/problem+json");
        journey.review(REGISTRANT, id, Map.of("decision", "OVERRIDE", "level", "GENERAL",
                        "justification", "my own data", "version", version))
                .statusCode(403);
        journey.as(REGISTRANT).get(journey.config.catalogUrl() + "/api/review-queue").then().statusCode(403);
        // Nothing changed: the grade still awaits a reviewer.
        JsonPath detail = journey.detail(REGISTRANT, id);
        assertEquals("PROPOSED", detail.getString("asset.status"));
        assertEquals(version, detail.getLong("asset.version"));
        assertTrue(detail.getList("reviews").isEmpty());
    }

    private static void assertNoRawIds(String body, Document.CustomerList customers) {
        for (String id : customers.residentIds()) {
            // Never print the value itself: say which row leaked.
            assertFalse(body.contains(id), "resident ID of row " + (customers.residentIds().indexOf(id) + 1)
                    + " came back unmasked");
        }
    }
}

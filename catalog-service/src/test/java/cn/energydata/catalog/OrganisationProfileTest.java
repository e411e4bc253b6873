package cn.energydata.catalog;

import cn.energydata.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.energydata.catalog.Api.admin;
import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation profile: who reads and edits it, its validation, its audit records, policy-service's view. */
@QuarkusTest
class OrganisationProfileTest {

    static final String OFFICER = "Wang Fang, deputy general manager";

    @Inject
    DataSource dataSource;

    static Map<String, Object> profile(String uscc) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", "Test Power Co., Ltd.");
        body.put("uscc", uscc);
        body.put("sector", "POWER_GENERATION");
        body.put("province", "江苏");
        body.put("filingAuthority", "国家能源局江苏监管办公室");
        body.put("ciio", false);
        return body;
    }

    static String internalToken() {
        return TestTokens.service("policy-service", "internal-service");
    }

    @Test
    void demoProfilesAreSeededForTheRealmsOrganisations() {
        as(registrant("alice", "east-grid")).get("/api/organisation/profile").then().statusCode(200)
                .body("organisation", equalTo("east-grid"))
                .body("sector", equalTo("POWER_GRID"))
                .body("ciio", equalTo(true))
                .body("uscc", equalTo("91310000132203571B"))
                .body("filingAuthority", equalTo("国家能源局华东监管局"));
        given().auth().oauth2(internalToken()).get("/api/internal/organisations/north-oil/profile").then()
                .statusCode(200)
                .body("organisation", equalTo("north-oil"))
                .body("sector", equalTo("OIL_GAS"))
                .body("ciio", equalTo(true))
                .body("dataSecurityOfficer", notNullValue())
                .body("updatedBy", equalTo("seed"));
        given().auth().oauth2(internalToken()).get("/api/internal/organisations/city-solar/profile").then()
                .statusCode(200).body("ciio", equalTo(false));
    }

    @Test
    void internalProfileFollowsTheContractAndIsForServicesOnly() {
        Map<String, Object> answer = given().auth().oauth2(internalToken())
                .get("/api/internal/organisations/east-grid/profile").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(List.of("organisation", "legalName", "uscc", "sector", "province", "filingAuthority", "ciio",
                "dataSecurityOfficer", "dataSecurityBody", "updatedAt", "updatedBy"), new ArrayList<>(answer.keySet()));
        given().auth().oauth2(internalToken()).get("/api/internal/organisations/nobody-org/profile").then()
                .statusCode(404).contentType("application/problem+json");
        as(admin("adam", "east-grid")).get("/api/internal/organisations/east-grid/profile").then().statusCode(403);
    }

    @Test
    void adminCreatesAndChangesTheProfileMembersReadItAndTheAuditNamesFieldsNotValues() throws SQLException {
        String org = "profile-org";
        String admin = admin("adam", org);
        as(registrant("alice", org)).get("/api/organisation/profile").then().statusCode(404)
                .contentType("application/problem+json");

        Map<String, Object> body = profile("91320500MA1W7K2DXD");
        body.put("dataSecurityOfficer", OFFICER);
        as(admin).body(body).put("/api/organisation/profile").then().statusCode(200)
                .body("organisation", equalTo(org))
                .body("updatedBy", equalTo("adam"))
                .body("holdsImportantData", equalTo(false))
                .body("missingFields", empty());
        for (String reader : List.of(registrant("alice", org), reviewer("rita", org), auditor("audrey", org))) {
            as(reader).get("/api/organisation/profile").then().statusCode(200)
                    .body("legalName", equalTo("Test Power Co., Ltd."))
                    .body("dataSecurityOfficer", equalTo(OFFICER));
        }
        // The organisation comes from the token: another organisation sees its own (none), and may not write ours.
        as(registrant("bob", "profile-other-org")).get("/api/organisation/profile").then().statusCode(404);
        as(registrant("alice", org)).body(body).put("/api/organisation/profile").then().statusCode(403);
        as(reviewer("rita", org)).body(body).put("/api/organisation/profile").then().statusCode(403);

        as(admin).body(body).put("/api/organisation/profile").then().statusCode(200);  // nothing changed
        body.put("ciio", true);
        body.put("dataSecurityOfficer", "Li Lei");
        as(admin("ada", org)).body(body).put("/api/organisation/profile").then().statusCode(200)
                .body("ciio", equalTo(true)).body("updatedBy", equalTo("ada"));
        given().auth().oauth2(internalToken()).get("/api/internal/organisations/" + org + "/profile").then()
                .statusCode(200).body("ciio", equalTo(true)).body("dataSecurityOfficer", equalTo("Li Lei"));

        List<String> details = auditDetails(org, "PROFILE_UPDATED");
        assertEquals(2, details.size(), "one record per change, none for the unchanged save: " + details);
        assertTrue(details.get(0).contains("\"created\":true"), details.get(0));
        assertTrue(details.get(0).contains("\"legalName\"") && details.get(0).contains("\"uscc\""), details.get(0));
        assertEquals("{\"created\":false,\"fields\":[\"ciio\",\"dataSecurityOfficer\"]}", details.get(1));
        for (String detail : details) {
            assertFalse(detail.contains("Wang") || detail.contains("Li Lei") || detail.contains("MA1W7K2D"), detail);
        }
        as(auditor("audrey", org)).get("/api/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void profileIsValidatedAndTheCreditCodeCheckCharacterVerified() {
        String admin = admin("adam", "profile-validation-org");
        as(admin).body(profile("91320500MA1W7K2DXE")).put("/api/organisation/profile").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("uscc"));
        Map<String, Object> incomplete = profile("91320500MA1W7K2DXD");
        incomplete.remove("legalName");
        incomplete.remove("ciio");
        as(admin).body(incomplete).put("/api/organisation/profile").then().statusCode(400)
                .body("errors.field", contains("ciio", "legalName"));
        Map<String, Object> badSector = profile("91320500MA1W7K2DXD");
        badSector.put("sector", "CANDLES");
        as(admin).body(badSector).put("/api/organisation/profile").then().statusCode(400);
        as(admin).get("/api/organisation/profile").then().statusCode(404);
        as(admin).body(profile("91320500MA1W7K2DXD")).put("/api/organisation/profile").then().statusCode(200);
    }

    @Test
    void officerAndBodyAreRequiredOnceTheOrganisationHoldsImportantData() {
        String org = "profile-important-org";
        String admin = admin("adam", org);
        String alice = registrant("alice", org);
        as(admin).body(profile("91320500MA1W7K2DXD")).put("/api/organisation/profile").then().statusCode(200)
                .body("holdsImportantData", equalTo(false));

        String general = register(alice, asset("Canteen menu"));
        Api.gradeDescriptor(alice, general).statusCode(200);
        as(admin).body(profile("91320500MA1W7K2DXD")).put("/api/organisation/profile").then().statusCode(200);

        String important = register(alice, asset("Customer ledger [IMPORTANT]"));
        Api.gradeDescriptor(alice, important).statusCode(200);
        as(alice).get("/api/organisation/profile").then().statusCode(200)
                .body("holdsImportantData", equalTo(true))
                .body("missingFields", contains("dataSecurityOfficer", "dataSecurityBody"));
        Map<String, Object> body = profile("91320500MA1W7K2DXD");
        body.put("dataSecurityOfficer", OFFICER);
        as(admin).body(body).put("/api/organisation/profile").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:energy-data:problem:data-security-officer-required"))
                .body("errors.field", contains("dataSecurityBody"))
                .body("detail", containsString("important or core data"));
        body.put("dataSecurityBody", "  ");
        as(admin).body(body).put("/api/organisation/profile").then().statusCode(422);
        body.put("dataSecurityBody", "Data security committee");
        as(admin).body(body).put("/api/organisation/profile").then().statusCode(200)
                .body("missingFields", empty())
                .body("dataSecurityBody", equalTo("Data security committee"));

        // Once the important asset is retired the organisation no longer holds important data.
        as(alice).body(Map.of("reason", "obsolete")).post("/api/assets/" + important + "/retirement").then()
                .statusCode(200);
        as(admin).body(profile("91320500MA1W7K2DXD")).put("/api/organisation/profile").then().statusCode(200)
                .body("holdsImportantData", equalTo(false))
                .body("dataSecurityOfficer", nullValue());
    }

    List<String> auditDetails(String org, String action) throws SQLException {
        List<String> details = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select detail from audit_records where organisation = ? and action = ? order by seq")) {
            s.setString(1, org);
            s.setString(2, action);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
        }
        return details;
    }
}

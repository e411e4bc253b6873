package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * The filing fields of an important or core asset (issue 13 item 7): the catalog's {@code missingFilingFields} listed
 * with readable names, the form that PATCHes them with the asset's version (registrants of the organisation and
 * security-admins), the catalog's refusal shown field by field, and the re-filing due date with its reason.
 */
@QuarkusTest
class FilingFieldsTest {

    static final String ID = BackendStub.FILING_ID;
    static final String CATALOG_PATH = "/api/assets/" + ID;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo(CATALOG_PATH)), 200, BackendStub.DETAIL_FILING);
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theMissingFieldsAreListedByNameWithTheFormAndTheOverdueRefiling() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"filing-missing-field\" data-field=\"format\">Carrier (form of the data)<"))
                .body(containsString("data-field=\"storageLocation\">Storage location<"))
                .body(containsString("data-field=\"volume\">Volume (records or bytes)<"))
                .body(containsString("data-field=\"volume.distinctPersons\">Number of people (personal information)<"))
                .body(containsString("data-field=\"purpose\">Purpose of processing<"))
                .body(containsString("data-field=\"securityMeasures\">Security measures<"))
                .body(not(containsString("data-testid=\"filing-missing-field\" data-field=\"system\"")))
                .body(containsString("data-testid=\"refiling-due\" data-due=\"2000-03-01\" data-overdue=\"true\""))
                .body(containsString("Re-filing due by 2000-03-01"))
                .body(containsString("data-testid=\"refiling-reason\">Why: categories changed<"))
                .body(containsString("id=\"filing-form\""))
                .body(containsString("action=\"/assets/" + ID + "/filing\""))
                .body(containsString("name=\"version\" value=\"8\" data-testid=\"filing-version\""))
                // Saved values are shown; the missing ones are marked.
                .body(containsString("id=\"ff-system\" name=\"system\" value=\"EMS\""))
                .body(containsString("id=\"ff-storageRegions\" name=\"storageRegions\" value=\"Shanghai\""))
                .body(containsString("id=\"ff-provinces\" name=\"provinces\" value=\"Jiangsu\""))
                .body(containsString("Storage location <span class=\"tag tag-missing\" data-testid=\"filing-missing-tag\">missing</span>"))
                .body(containsString("id=\"ff-shared-no\" name=\"shared\" value=\"false\" data-testid=\"ff-shared-no\" checked"));
        given().cookie("lang", "zh").when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-field=\"format\">数据载体<"))
                .body(containsString("data-field=\"securityMeasures\">安全保护措施<"))
                .body(containsString("须于 2000-03-01 前变更备案"))
                .body(containsString("已逾期"))
                .body(containsString("保存备案字段"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void savingPatchesTheFilingFieldsWithTheVersion() {
        BackendStub.json(patch(urlPathEqualTo(CATALOG_PATH)), 200, BackendStub.ASSET);
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .formParam("version", "8").formParam("system", "EMS").formParam("format", " Oracle tables ")
                .formParam("storageLocation", "Shanghai data centre, rack 4")
                .formParam("storageRegions", "Shanghai，Jiangsu").formParam("provinces", "Jiangsu, Zhejiang")
                .formParam("volumeRecords", "1 200 000").formParam("volumeBytes", "")
                .formParam("volumeDistinctPersons", "90000").formParam("purpose", "Dispatch planning")
                .formParam("shared", "false").formParam("sharingDetails", "").formParam("crossBorder", "false")
                .formParam("securityMeasures", "SM4 at rest, access logged")
                .when().post("/assets/" + ID + "/filing").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=filing-saved"));
        BackendStub.server.verify(patchRequestedFor(urlPathEqualTo(CATALOG_PATH))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalToJson("""
                        {"version":8,"system":"EMS","format":"Oracle tables",
                         "storageLocation":"Shanghai data centre, rack 4","storageRegions":["Shanghai","Jiangsu"],
                         "provinces":["Jiangsu","Zhejiang"],"volume":{"records":1200000,"distinctPersons":90000},
                         "purpose":"Dispatch planning","shared":false,"sharingDetails":"","crossBorder":false,
                         "securityMeasures":"SM4 at rest, access logged"}
                        """)));
        BackendStub.json(get(urlPathEqualTo(CATALOG_PATH)), 200, BackendStub.DETAIL_FILED);
        given().when().get("/assets/" + ID + "?notice=filing-saved").then().statusCode(200)
                .body(containsString("data-notice=\"filing-saved\""))
                .body(containsString("The filing fields were saved."))
                .body(containsString("data-overdue=\"false\""))
                .body(containsString("data-testid=\"descriptor-cross-border\">No<"))
                .body(not(containsString("id=\"filing-form\"")))
                .body(not(containsString("data-testid=\"filing-missing\"")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theCatalogsValidationIsShownFieldByFieldWithTheTypedValues() {
        BackendStub.server.stubFor(patch(urlPathEqualTo(CATALOG_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:energy-data:problem:validation","title":"Invalid request","status":400,
                         "detail":"Invalid value for: storageRegions[1], volume.records",
                         "errors":[{"field":"storageRegions[1]","message":"size must be between 0 and 100"},
                                   {"field":"volume.records","message":"must be greater than or equal to 0"}]}
                        """)));
        CsrfToken.of("/assets/" + ID).form()
                .formParam("version", "8").formParam("format", "Oracle").formParam("storageRegions", "Shanghai, x")
                .formParam("volumeRecords", "5").formParam("purpose", "Dispatch planning")
                .formParam("shared", "false").formParam("crossBorder", "true")
                .when().post("/assets/" + ID + "/filing").then().statusCode(400)
                .body(containsString("data-testid=\"filing-refusal\" data-status=\"400\" data-problem=\"validation\""))
                .body(containsString("Invalid value for: storageRegions[1], volume.records"))
                .body(containsString("<li data-field=\"volume.records\">Records: must be greater than or equal to 0</li>"))
                .body(containsString("id=\"ff-storageRegions-error\" data-testid=\"field-error\" data-field=\"storageRegions\">Too long: shorten it.<"))
                .body(containsString("id=\"ff-volumeRecords-error\" data-testid=\"field-error\" data-field=\"volume.records\">must be greater than or equal to 0<"))
                .body(containsString("name=\"storageRegions\" value=\"Shanghai, x\""))
                .body(containsString("name=\"purpose\" rows=\"2\" maxlength=\"4000\" data-testid=\"ff-purpose\">Dispatch planning</textarea>"))
                .body(containsString("id=\"ff-crossBorder-yes\" name=\"crossBorder\" value=\"true\" data-testid=\"ff-crossBorder-yes\" checked"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"ff-volumeRecords-error\""));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aVolumeThatIsNoNumberIsRefusedBeforeTheCatalog() {
        CsrfToken.of("/assets/" + ID).form().formParam("version", "8").formParam("volumeBytes", "lots")
                .when().post("/assets/" + ID + "/filing").then().statusCode(400)
                .body(containsString("data-field=\"volume.bytes\">A whole number of 0 or more.<"))
                .body(containsString("name=\"volumeBytes\" value=\"lots\""));
        BackendStub.server.verify(0, patchRequestedFor(urlPathEqualTo(CATALOG_PATH)));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aStaleVersionIsTheErrorPage() {
        BackendStub.problem(patch(urlPathEqualTo(CATALOG_PATH)), 409, "stale-version", "Conflict",
                "The asset changed since you loaded it (version 9, you sent 8).");
        CsrfToken.of("/assets/" + ID).form().formParam("version", "8").formParam("format", "Oracle")
                .when().post("/assets/" + ID + "/filing").then().statusCode(409)
                .body(containsString("data-problem=\"stale-version\""))
                .body(containsString("The asset changed since you loaded it"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aReviewerSeesWhatIsMissingButGetsNoFormAndCannotPatch() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"filing-missing\""))
                .body(not(containsString("id=\"filing-form\"")));
        CsrfToken.cookieOf("/assets/" + ID).form().formParam("version", "8").formParam("format", "Oracle")
                .when().post("/assets/" + ID + "/filing").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, patchRequestedFor(urlPathEqualTo(CATALOG_PATH)));
    }

    @Test
    @TestSecurity(user = "olga", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "north-oil"))
    void aRegistrantOfAnotherOrganisationGetsNoForm() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("data-testid=\"filing-missing\""))
                .body(not(containsString("id=\"filing-form\"")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAssetWithNothingToFileHasNoFilingPanel() {
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(not(containsString("id=\"filing\"")));
    }
}

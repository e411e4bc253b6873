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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The organisation profile page (issue 13): read by every member, edited by security-admins. */
@QuarkusTest
class OrganisationProfileTest {

    static final String PROFILE_PATH = "/api/organisation/profile";

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aRegistrantReadsTheProfileWithItsMissingFieldsAndTheCiioSentenceButGetsNoForm() {
        given().when().get("/").then().statusCode(200).body(containsString("id=\"nav-organisation\""));
        given().when().get("/organisation").then().statusCode(200)
                .body(containsString("data-testid=\"profile-legal-name\">华东电网有限公司 (demo)<"))
                .body(containsString("<code data-testid=\"profile-uscc\">91310000MA1FL0X0XQ</code>"))
                .body(containsString("data-testid=\"profile-sector\">Power grid<"))
                .body(containsString("data-testid=\"profile-ciio\">Yes<"))
                .body(containsString("data-testid=\"ciio-status\" data-ciio=\"true\""))
                .body(containsString("only with a CAC security assessment on file"))
                .body(containsString("data-testid=\"missing-field\" data-field=\"dataSecurityOfficer\">Data-security officer<"))
                .body(containsString("data-testid=\"missing-field\" data-field=\"dataSecurityBody\">Data-security body<"))
                .body(not(containsString("id=\"profile-form\"")));
        BackendStub.server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo(PROFILE_PATH)).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "erin", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "city-solar"))
    void aProfileThatIsNotACiioIsExplainedInBothLanguages() {
        BackendStub.json(get(urlPathEqualTo(PROFILE_PATH)), 200, BackendStub.PROFILE_NOT_CIIO);
        given().when().get("/organisation").then().statusCode(200)
                .body(containsString("data-ciio=\"false\""))
                .body(containsString("not a critical-information-infrastructure operator"))
                .body(containsString("standard contract from 100 000 people"))
                .body(not(containsString("data-testid=\"missing-fields\"")));
        given().cookie("lang", "zh").when().get("/organisation").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">"))
                .body(containsString("组织信息"))
                .body(containsString("本组织不是关键信息基础设施运营者"))
                .body(containsString("data-testid=\"profile-sector\">新能源<"));
        BackendStub.json(get(urlPathEqualTo(PROFILE_PATH)), 200, BackendStub.PROFILE);
        given().cookie("lang", "zh").when().get("/organisation").then().statusCode(200)
                .body(containsString("本组织为关键信息基础设施运营者"))
                .body(containsString("data-field=\"dataSecurityOfficer\">数据安全负责人<"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void withoutAProfileTheOrganisationIsTreatedAsACiioAndTheAdminGetsAnEmptyForm() {
        BackendStub.problem(get(urlPathEqualTo(PROFILE_PATH)), 404, "not-found", "Not found",
                "The profile of organisation east-grid was not found.");
        given().when().get("/organisation").then().statusCode(200)
                .body(containsString("data-testid=\"profile-none\""))
                .body(containsString("data-ciio=\"true\""))
                .body(containsString("treats the organisation as a critical-information-infrastructure operator"))
                .body(containsString("id=\"profile-form\""))
                .body(containsString("id=\"pf-legalName\" name=\"legalName\" value=\"\""));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAdminSavesTheProfileWithAPutOfTheWholeProfile() {
        given().when().get("/organisation").then().statusCode(200)
                .body(containsString("id=\"profile-form\""))
                .body(containsString("id=\"pf-uscc\" name=\"uscc\" value=\"91310000MA1FL0X0XQ\""))
                .body(containsString("<option value=\"POWER_GRID\" selected>Power grid</option>"))
                .body(containsString("id=\"pf-ciio-yes\" name=\"ciio\" value=\"true\" required data-testid=\"pf-ciio-yes\" checked"));
        BackendStub.json(put(urlPathEqualTo(PROFILE_PATH)), 200, BackendStub.PROFILE);
        CsrfToken.of("/organisation").form().redirects().follow(false)
                .formParam("legalName", " 华东电网有限公司 ").formParam("uscc", "91310000MA1FL0X0XQ")
                .formParam("sector", "POWER_GRID").formParam("province", "上海")
                .formParam("filingAuthority", "国家能源局华东监管局").formParam("ciio", "true")
                .formParam("dataSecurityOfficer", "Li Ming").formParam("dataSecurityBody", "")
                .when().post("/organisation").then().statusCode(303)
                .header("Location", endsWith("/organisation?notice=profile-saved"));
        BackendStub.server.verify(putRequestedFor(urlPathEqualTo(PROFILE_PATH))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"legalName":"华东电网有限公司","uscc":"91310000MA1FL0X0XQ","sector":"POWER_GRID","province":"上海",
                         "filingAuthority":"国家能源局华东监管局","ciio":true,"dataSecurityOfficer":"Li Ming"}
                        """)));
        given().when().get("/organisation?notice=profile-saved").then().statusCode(200)
                .body(containsString("data-notice=\"profile-saved\""))
                .body(containsString("The organisation profile was saved."));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void validationErrorsAreShownFieldByFieldWithTheTypedValuesKept() {
        BackendStub.server.stubFor(put(urlPathEqualTo(PROFILE_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:energy-data:problem:validation","title":"Invalid request","status":400,
                         "detail":"Invalid value for: ciio, uscc","errors":[
                          {"field":"ciio","message":"must not be null"},
                          {"field":"uscc","message":"must be an 18-character unified social credit code with a valid check character (GB 32100)"}]}
                        """)));
        CsrfToken.of("/organisation").form()
                .formParam("legalName", "East Grid").formParam("uscc", "91310000MA1FL0X0XA")
                .formParam("sector", "POWER_GRID").formParam("province", "上海")
                .formParam("filingAuthority", "NEA East").formParam("dataSecurityOfficer", "Li Ming")
                .when().post("/organisation").then().statusCode(400)
                .body(containsString("data-testid=\"profile-refusal\" data-status=\"400\" data-problem=\"validation\""))
                .body(containsString("Invalid value for: ciio, uscc"))
                .body(containsString("<li data-field=\"uscc\">Unified social credit code: must be an 18-character"))
                .body(containsString("<li data-field=\"ciio\">Critical-information-infrastructure operator: Required: fill this in."))
                // beside the inputs, with the typed values kept
                .body(containsString("id=\"pf-uscc\" name=\"uscc\" value=\"91310000MA1FL0X0XA\""))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"pf-uscc-error\""))
                .body(containsString("id=\"pf-uscc-error\" data-testid=\"field-error\" data-field=\"uscc\">must be an 18-character"))
                .body(containsString("id=\"pf-ciio-error\" data-testid=\"field-error\" data-field=\"ciio\">Required: fill this in."))
                .body(containsString("id=\"pf-legalName\" name=\"legalName\" value=\"East Grid\""))
                .body(not(containsString("id=\"pf-legalName-error\"")));
        // The request left the unanswered radio out, so the catalog could name it.
        BackendStub.server.verify(putRequestedFor(urlPathEqualTo(PROFILE_PATH)).withRequestBody(equalToJson("""
                {"legalName":"East Grid","uscc":"91310000MA1FL0X0XA","sector":"POWER_GRID","province":"上海",
                 "filingAuthority":"NEA East","dataSecurityOfficer":"Li Ming"}
                """)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theOfficerAndBodyRequiredOnceImportantDataIsHeldIsA422InChineseToo() {
        BackendStub.server.stubFor(put(urlPathEqualTo(PROFILE_PATH)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:energy-data:problem:data-security-officer-required",
                         "title":"Data-security officer and body required","status":422,
                         "detail":"The organisation holds important or core data, so its profile must name a data-security officer and a data-security body (DSL art. 27; NDSMR art. 30).",
                         "errors":[{"field":"dataSecurityOfficer","message":"required: the organisation holds important or core data"},
                                   {"field":"dataSecurityBody","message":"required: the organisation holds important or core data"}]}
                        """)));
        CsrfToken.of("/organisation").form().cookie("lang", "zh")
                .formParam("legalName", "East Grid").formParam("uscc", "91310000MA1FL0X0XQ")
                .formParam("sector", "POWER_GRID").formParam("province", "上海")
                .formParam("filingAuthority", "NEA East").formParam("ciio", "true")
                .when().post("/organisation").then().statusCode(422)
                .body(containsString("<html lang=\"zh\">"))
                .body(containsString("data-problem=\"data-security-officer-required\""))
                .body(containsString("<li data-field=\"dataSecurityOfficer\">数据安全负责人：必填项，请填写。"))
                .body(containsString("<li data-field=\"dataSecurityBody\">数据安全管理机构：必填项，请填写。"))
                .body(containsString("data-testid=\"field-error\" data-field=\"dataSecurityOfficer\""))
                .body(containsString("id=\"pf-ciio-yes\" name=\"ciio\" value=\"true\" required data-testid=\"pf-ciio-yes\" checked"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAuditorReadsButCannotSave() {
        given().when().get("/organisation").then().statusCode(200)
                .body(containsString("data-testid=\"profile-facts\""))
                .body(not(containsString("id=\"profile-form\"")));
        CsrfToken.cookieOf("/organisation").form().formParam("legalName", "x")
                .when().post("/organisation").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, putRequestedFor(urlPathEqualTo(PROFILE_PATH)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aCatalogThatIsDownIsTheUnavailablePage() {
        BackendStub.reset();
        BackendStub.down("/api/organisation/.*");
        given().when().get("/organisation").then().statusCode(503)
                .body(containsString("data-kind=\"unavailable\""))
                .body(containsString("catalog-service"));
    }
}

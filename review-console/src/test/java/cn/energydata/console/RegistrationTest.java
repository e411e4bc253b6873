package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * Issue 15 item 1, the console's side: problems at the top and at the field by label, in the user's language, with
 * what was typed; an empty file refused before anything is registered; a file the catalog refuses keeps the
 * registered asset (submitting again grades it, no duplicate); an asset without a grade says so, with retry and
 * retire.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "data-registrant")
@OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
class RegistrationTest {

    static final String ID = BackendStub.ASSET_ID;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    static RequestSpecification typed(CsrfToken token) {
        return token.multipart().multiPart("name", "Meter readings <Q4>").multiPart("type", "DATABASE")
                .multiPart("energyActivity", "CONSUMPTION").multiPart("ownerDepartment", "Sales")
                .multiPart("ownerContact", "sales@east-grid.example").multiPart("provinces", "Jiangsu, Zhejiang");
    }

    @Test
    void missingFieldsAreNamedByTheirLabelsAtTheTopAndAtTheFieldWithTheTypedValuesKept() {
        CsrfToken.of("/assets/new").multipart().multiPart("name", "Meter readings").multiPart("type", "DATABASE")
                .multiPart("energyActivity", "CONSUMPTION").multiPart("ownerDepartment", "  ")
                .multiPart("ownerContact", "").multiPart("purpose", "Billing")
                .when().post("/assets").then().statusCode(400)
                .body(containsString("id=\"register-errors\""))
                .body(containsString("The asset was not registered."))
                .body(containsString("data-testid=\"register-error\" data-field=\"ownerDepartment\"><a href=\"#reg-department\">Owner department</a>: Required: fill this in."))
                .body(containsString("data-testid=\"register-error\" data-field=\"ownerContact\"><a href=\"#reg-contact\">Owner contact</a>: Required: fill this in."))
                .body(containsString("id=\"reg-contact\" name=\"ownerContact\" value=\"\" maxlength=\"200\" data-testid=\"reg-contact\" required aria-describedby=\"reg-contact-error\" aria-invalid=\"true\""))
                .body(containsString("value=\"Meter readings\""))
                .body(containsString(">Billing</textarea>"))
                .body(containsString("<option value=\"DATABASE\" selected>"))
                .body(containsString("<option value=\"CONSUMPTION\" selected>"))
                .body(not(containsString("ownerContact:")));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets")));
    }

    @Test
    void inChineseTheProblemsAndPunctuationAreChinese() {
        CsrfToken token = CsrfToken.of("/assets/new");
        token.multipart().cookie("lang", "zh").multiPart("name", "").multiPart("type", "FILE")
                .multiPart("energyActivity", "PRODUCTION").multiPart("ownerDepartment", "调度中心")
                .multiPart("ownerContact", "张三")
                .when().post("/assets").then().statusCode(400)
                .body(containsString("资产未登记。请修改以下字段后重新提交。"))
                .body(containsString("<a href=\"#reg-name\">名称</a>：必填项，请填写。"))
                .body(not(containsString("Required")));
    }

    @Test
    void theCatalogsRefusalIsShownByLabelAndInWordsWhereTheConsoleKnowsThem() {
        BackendStub.server.stubFor(post(urlPathEqualTo("/api/assets")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:energy-data:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"errors\":[{\"field\":\"provinces[1]\",\"message\":\"size must be between 0 and 100\"},"
                        + "{\"field\":\"name\",\"message\":\"is already used by another asset\"}]}")));
        typed(CsrfToken.of("/assets/new")).when().post("/assets").then().statusCode(400)
                .body(containsString("data-field=\"provinces\"><a href=\"#reg-provinces\">Provinces</a>: Too long: shorten it."))
                .body(containsString("data-field=\"name\"><a href=\"#reg-name\">Name</a>: Not accepted: is already used by another asset"))
                .body(containsString("value=\"Meter readings &lt;Q4&gt;\""))
                .body(containsString("value=\"Jiangsu, Zhejiang\""));
    }

    @Test
    void anEmptyFileIsRefusedBeforeAnythingIsRegistered() {
        typed(CsrfToken.of("/assets/new")).multiPart("file", "empty.csv", new byte[0], "text/csv")
                .when().post("/assets").then().statusCode(400)
                .body(containsString("id=\"reg-file-error\" data-testid=\"field-error\" data-field=\"file\">The file is empty (0 bytes)."))
                .body(containsString("value=\"Meter readings &lt;Q4&gt;\""));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets")));
        BackendStub.server.verify(0, postRequestedFor(urlPathMatching("/api/assets/.*/(content|grading)")));
    }

    @Test
    void aFileTheCatalogRefusesKeepsTheRegisteredAssetAndSubmittingAgainGradesItWithoutADuplicate() {
        BackendStub.json(post(urlPathEqualTo("/api/assets")), 201, BackendStub.ASSET);
        BackendStub.problem(post(urlPathEqualTo("/api/assets/" + ID + "/content")), 422, "unprocessable-content",
                "Unprocessable content", "The classifier could not read the file: not a valid ZIP archive.");
        CsrfToken token = CsrfToken.of("/assets/new");
        typed(token).multiPart("file", "broken.xlsx", "PK-not-really".getBytes(), "application/octet-stream")
                .when().post("/assets").then().statusCode(422)
                .body(containsString("The asset is registered but not graded yet."))
                .body(containsString("The file could not be read, so the asset is not graded yet."))
                .body(containsString("not a valid ZIP archive."))
                .body(containsString("name=\"assetId\" value=\"" + ID + "\""))
                .body(containsString("href=\"/assets/" + ID + "\" id=\"register-kept-link\""))
                .body(containsString("value=\"Meter readings &lt;Q4&gt;\""));

        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/content")), 200, BackendStub.ASSET);
        typed(token).multiPart("assetId", ID).multiPart("file", "fixed.csv", "a,b\n1,2\n".getBytes(), "text/csv")
                .redirects().follow(false).when().post("/assets").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=graded"));
        BackendStub.server.verify(1, postRequestedFor(urlPathEqualTo("/api/assets")));
        BackendStub.server.verify(2, postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/content")));
    }

    @Test
    void aClassifierThatCannotBeReachedKeepsTheAssetAndSaysSoAtTheFileField() {
        BackendStub.json(post(urlPathEqualTo("/api/assets")), 201, BackendStub.ASSET);
        BackendStub.down("/api/assets/" + ID + "/content");
        typed(CsrfToken.of("/assets/new")).multiPart("file", "a.csv", "a,b".getBytes(), "text/csv")
                .when().post("/assets").then().statusCode(503)
                .body(containsString("catalog-service cannot be reached"))
                .body(containsString("name=\"assetId\" value=\"" + ID + "\""));
    }

    @Test
    void htmxGetsTheFormAloneSwappedInPlaceOfTheOldOne() {
        typed(CsrfToken.of("/assets/new")).header("HX-Request", "true")
                .multiPart("file", "empty.csv", new byte[0], "text/csv")
                .when().post("/assets").then().statusCode(400)
                .header("HX-Retarget", "#registration").header("HX-Reswap", "outerHTML")
                .body(not(containsString("<html")))
                .body(containsString("<div id=\"registration\""))
                .body(containsString("data-testid=\"csrf-token\""));
    }

    static final String UNGRADED = "{\"asset\":%s,\"gradings\":[],\"reviews\":[],\"lineage\":null}"
            .formatted(BackendStub.ASSET.replace("\"status\":\"PROPOSED\"", "\"status\":\"REGISTERED\"")
                    .replace("\"level\":\"IMPORTANT\"", "\"level\":null"));

    @Test
    void anAssetWithoutAGradeSaysSoAndOffersRetryAndRetire() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, UNGRADED);
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("id=\"ungraded\""))
                .body(containsString("its grading failed"))
                .body(containsString("action=\"/assets/" + ID + "/grading\""))
                .body(containsString("action=\"/assets/" + ID + "/retirement\""))
                .body(containsString("id=\"upload-form\""))
                .body(containsString("data-basis=\"UNGRADED\""))
                .body(containsString("Not graded yet: handled as core until it is graded and a reviewer decides."));

        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/retirement")), 200,
                BackendStub.ASSET.replace("\"status\":\"PROPOSED\"", "\"status\":\"RETIRED\""));
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .formParam("reason", "Registered twice by mistake").formParam("version", "3")
                .when().post("/assets/" + ID + "/retirement").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=retired"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/retirement"))
                .withRequestBody(equalToJson("{\"reason\":\"Registered twice by mistake\",\"version\":3}")));

        BackendStub.json(post(urlPathEqualTo("/api/assets/" + ID + "/grading")), 200, BackendStub.ASSET);
        CsrfToken.of("/assets/" + ID).form().redirects().follow(false)
                .when().post("/assets/" + ID + "/grading").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=graded"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aReviewerSeesTheAssetIsUngradedButGetsNoRetryOrRetire() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + ID)), 200, UNGRADED);
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("id=\"ungraded\""))
                .body(not(containsString("id=\"retire-form\"")))
                .body(not(containsString("id=\"grade-again-form\"")));
    }

    @Test
    void anEmptyNewUploadIsRefusedInTheUsersLanguage() {
        CsrfToken.of("/assets/" + ID).multipart().cookie("lang", "zh")
                .multiPart("file", "empty.txt", new byte[0], "text/plain")
                .when().post("/assets/" + ID + "/content").then().statusCode(400)
                .body(containsString("文件为空（0 字节）"));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets/" + ID + "/content")));
    }
}

package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing an asset's descriptor and lineage (issue 15 item 7): the form filled from the asset, the catalog's
 * {@code PUT /api/assets/{id}} with the whole descriptor (filing fields as the asset has them), the lineage as
 * listed and the version; refusals at the top and at their fields with what was typed; a 409 in words.
 */
@QuarkusTest
class AssetEditTest {

    static final String ID = BackendStub.ASSET_ID;
    static final String PATH = "/api/assets/" + ID;
    static final String GRID = "5c1d2a9e-1111-4c3b-9a53-0a6d2b8b1c09";
    static final String METERS = "5c1d2a9e-2222-4c3b-9a53-0a6d2b8b1c10";
    static final String TARIFFS = "5c1d2a9e-3333-4c3b-9a53-0a6d2b8b1c11";
    static final String WEATHER = "5c1d2a9e-4444-4c3b-9a53-0a6d2b8b1c12";

    static final String DETAIL = BackendStub.DETAIL
            .replace("\"storageLocation\":null", "\"storageLocation\":\"Nanjing data centre\"")
            .replace("\"format\":null", "\"format\":\"XML\"")
            .replace("\"volume\":{\"bytes\":null,\"records\":null,\"distinctPersons\":null}",
                    "\"volume\":{\"bytes\":2048,\"records\":5000,\"distinctPersons\":0}")
            .replace("\"lineage\":{\"sources\":[],\"derived\":[],\"floor\":null}", """
                    "lineage":{"sources":[
                      {"assetId":"%s","name":"Grid model","level":"CORE","method":"EXTRACT"},
                      {"assetId":"%s","name":"Meter readings","level":"IMPORTANT","method":"STATISTICS"}],
                     "derived":[],"floor":"CORE"}""".formatted(GRID, METERS));

    static final String CHOICES = """
            {"items":[%s,%s],"page":0,"size":200,"total":2,"totalExact":true}
            """.formatted(
            ReviewQueueAndNamesTest.asset(TARIFFS, "Tariff tables", "alice", "2026-11-29T09:00:00Z"),
            ReviewQueueAndNamesTest.asset(WEATHER, "Weather feed", "alice", "2026-11-29T09:00:00Z"));

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo(PATH)), 200, DETAIL);
        BackendStub.json(get(urlPathEqualTo("/api/assets")).withQueryParam("sort", equalTo("name")), 200, CHOICES);
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theFormIsFilledFromTheAssetWithItsSourcesAndTheOrganisationsAssets() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(containsString("href=\"/assets/" + ID + "/edit\" id=\"asset-edit-link\" data-testid=\"asset-edit-link\">Edit the description and lineage<"));
        given().when().get("/assets/" + ID + "/edit").then().statusCode(200)
                .body(containsString("data-testid=\"asset-edit-form\" method=\"post\" action=\"/assets/" + ID + "/edit\""))
                .body(containsString("name=\"version\" value=\"3\" data-testid=\"ae-version\""))
                .body(containsString("id=\"ae-name\" name=\"name\" value=\"Substation EAST-220 configuration\""))
                .body(containsString("data-testid=\"ae-description\">SCD file</textarea>"))
                .body(containsString("<option value=\"FILE\" selected>File</option>"))
                .body(containsString("<option value=\"PRODUCTION\" selected>Production</option>"))
                .body(containsString("id=\"ae-ownerDepartment\" name=\"ownerDepartment\" value=\"Dispatch centre\""))
                .body(containsString("id=\"ae-ownerContact\" name=\"ownerContact\" value=\"dispatch@east-grid.example\""))
                .body(containsString("id=\"ae-system\" name=\"system\" value=\"EMS\""))
                .body(containsString("id=\"ae-provinces\" name=\"provinces\" value=\"Jiangsu\""))
                .body(containsString("data-testid=\"lineage-edit-row\" data-asset-id=\"" + GRID + "\" data-method=\"EXTRACT\""))
                .body(containsString(">Grid model</a>"))
                .body(containsString("data-testid=\"lineage-edit-row\" data-asset-id=\"" + METERS + "\" data-method=\"STATISTICS\""))
                .body(containsString("name=\"remove\" value=\"" + METERS + "\" data-testid=\"lineage-remove\">"))
                .body(containsString("<option value=\"" + TARIFFS + "\">Tariff tables</option>"))
                .body(containsString("data-testid=\"lineage-add-method\""))
                .body(containsString("<option value=\"DEIDENTIFIED\">De-identified</option>"))
                .body(containsString("data-testid=\"asset-edit-submit\""))
                // The asset itself is never offered as its own source.
                .body(not(containsString("<option value=\"" + ID + "\"")));
        String page = given().when().get("/assets/" + ID + "/edit").then().statusCode(200).extract().asString();
        java.util.regex.Matcher table = PhoneLayoutTest.TABLE.matcher(page);
        assertTrue(table.find() && table.group().startsWith("<table class=\"lineage-edit-table cards-on-phone\""),
                "the sources become cards on a phone");
        assertFalse(PhoneLayoutTest.CELL.matcher(table.group()).find(), "a cell without data-label");
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/assets"))
                .withQueryParam("size", equalTo("200")).withQueryParam("order", equalTo("asc")));
        given().cookie("lang", "zh").when().get("/assets/" + ID + "/edit").then().statusCode(200)
                .body(containsString("数据血缘：本资产的来源资产"))
                .body(containsString("保存修改"))
                .body(containsString("从数据血缘中移除“Grid model”"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void savingPutsTheWholeDescriptorTheListedLineageAndTheVersion() {
        BackendStub.json(put(urlPathEqualTo(PATH)), 200, BackendStub.ASSET);
        CsrfToken.of("/assets/" + ID + "/edit").form().redirects().follow(false)
                .formParam("version", "3").formParam("name", " Substation EAST-220 SCD ")
                .formParam("description", "").formParam("type", "DATASET").formParam("energyActivity", "PRODUCTION")
                .formParam("ownerDepartment", "Dispatch centre").formParam("ownerContact", "ops@east-grid.example")
                .formParam("system", "EMS").formParam("provinces", "Jiangsu, Anhui").formParam("purpose", "Dispatch")
                .formParam("remove", METERS)
                .formParam("addAssetId", WEATHER.toUpperCase()).formParam("addAsset", "").formParam("addMethod", "FUSED")
                .formParam("addAssetId", "").formParam("addAsset", TARIFFS).formParam("addMethod", "COPY")
                .when().post("/assets/" + ID + "/edit").then().statusCode(303)
                .header("Location", endsWith("/assets/" + ID + "?notice=asset-saved"));
        BackendStub.server.verify(putRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalToJson("""
                        {"name":"Substation EAST-220 SCD","type":"DATASET","ownerDepartment":"Dispatch centre",
                         "ownerContact":"ops@east-grid.example","energyActivity":"PRODUCTION","system":"EMS",
                         "storageLocation":"Nanjing data centre","storageRegions":[],"format":"XML",
                         "volume":{"bytes":2048,"records":5000,"distinctPersons":0},
                         "provinces":["Jiangsu","Anhui"],"purpose":"Dispatch","shared":false,"crossBorder":false,
                         "derivedFrom":[{"assetId":"%s","method":"EXTRACT"},{"assetId":"%s","method":"FUSED"},
                                        {"assetId":"%s","method":"COPY"}],
                         "version":3}
                        """.formatted(GRID, WEATHER, TARIFFS))));
        given().when().get("/assets/" + ID + "?notice=asset-saved").then().statusCode(200)
                .body(containsString("The changes to the description and lineage were saved."));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void problemsComeBackAtTheTopAndAtTheFieldWithWhatWasTyped() {
        CsrfToken.of("/assets/" + ID + "/edit").form()
                .formParam("version", "3").formParam("name", "").formParam("type", "FILE")
                .formParam("energyActivity", "PRODUCTION").formParam("ownerDepartment", "Dispatch centre")
                .formParam("ownerContact", "ops@east-grid.example").formParam("purpose", "Kept text")
                .formParam("remove", GRID)
                .formParam("addAssetId", "not-an-id").formParam("addAsset", "").formParam("addMethod", "COPY")
                .formParam("addAssetId", "").formParam("addAsset", TARIFFS).formParam("addMethod", "")
                .when().post("/assets/" + ID + "/edit").then().statusCode(400)
                .body(containsString("data-testid=\"edit-error\" data-field=\"name\"><a href=\"#ae-name\">Name</a>"))
                .body(containsString("data-field=\"add-0\"><a href=\"#ae-add-id-0\">Source to add 1</a>: not an asset id"))
                .body(containsString("data-field=\"add-1\"><a href=\"#ae-add-id-1\">Source to add 2</a>: choose how this asset was derived from it."))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"ae-name-error\""))
                .body(containsString("data-testid=\"ae-purpose\">Kept text</textarea>"))
                .body(containsString("name=\"remove\" value=\"" + GRID + "\" data-testid=\"lineage-remove\" checked"))
                .body(containsString("name=\"addAssetId\" value=\"not-an-id\""))
                .body(containsString("<option value=\"" + TARIFFS + "\" selected>Tariff tables</option>"));
        BackendStub.server.verify(0, putRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theCatalogsRefusalOfASourceIsShownAtItsRow() {
        BackendStub.server.stubFor(put(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:energy-data:problem:validation","title":"Invalid request","status":400,
                         "detail":"Invalid value for: derivedFrom",
                         "errors":[{"field":"derivedFrom[2].assetId","message":"no such asset in your organisation"}]}
                        """)));
        CsrfToken.of("/assets/" + ID + "/edit").form().formParam("version", "3")
                .formParam("name", "Substation").formParam("type", "FILE").formParam("energyActivity", "PRODUCTION")
                .formParam("ownerDepartment", "Dispatch centre").formParam("ownerContact", "ops")
                .formParam("addAssetId", WEATHER).formParam("addAsset", "").formParam("addMethod", "COPY")
                .when().post("/assets/" + ID + "/edit").then().statusCode(400)
                .body(containsString("data-field=\"add-0\"><a href=\"#ae-add-id-0\">Source to add 1</a>: no such asset in your organisation, or it is this asset itself."))
                .body(containsString("name=\"addAssetId\" value=\"" + WEATHER + "\""));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aStaleVersionIsExplainedAndWhatWasTypedIsKept() {
        BackendStub.problem(put(urlPathEqualTo(PATH)), 409, "stale-version", "Conflict",
                "The asset changed since you loaded it (version 4, you sent 3).");
        CsrfToken.of("/assets/" + ID + "/edit").form().formParam("version", "3")
                .formParam("name", "My new name").formParam("type", "FILE").formParam("energyActivity", "PRODUCTION")
                .formParam("ownerDepartment", "Dispatch centre").formParam("ownerContact", "ops")
                .when().post("/assets/" + ID + "/edit").then().statusCode(409)
                .body(containsString("data-testid=\"edit-conflict\" data-problem=\"stale-version\""))
                .body(containsString("Someone changed this asset after you opened the form"))
                .body(containsString("name=\"name\" value=\"My new name\""));
        BackendStub.problem(put(urlPathEqualTo(PATH)), 409, "lineage-floor", "Conflict", "Below the floor.");
        CsrfToken.of("/assets/" + ID + "/edit").form().cookie("lang", "zh").formParam("version", "3")
                .formParam("name", "My new name").formParam("type", "FILE").formParam("energyActivity", "PRODUCTION")
                .formParam("ownerDepartment", "Dispatch centre").formParam("ownerContact", "ops")
                .when().post("/assets/" + ID + "/edit").then().statusCode(409)
                .body(containsString("data-problem=\"lineage-floor\""))
                .body(containsString("此类数据不得低于其来源级别"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aReviewerGetsNoLinkAndIsRefused() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(not(containsString("data-testid=\"asset-edit-link\"")));
        given().when().get("/assets/" + ID + "/edit").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        CsrfToken.cookieOf("/assets/" + ID).form().formParam("version", "3").formParam("name", "x")
                .when().post("/assets/" + ID + "/edit").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, putRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    @TestSecurity(user = "dave", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anotherRegistrantOfTheOrganisationGetsNoLink() {
        given().when().get("/assets/" + ID).then().statusCode(200)
                .body(not(containsString("data-testid=\"asset-edit-link\"")));
    }
}

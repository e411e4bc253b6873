package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The filing catalogue on the admin page (issue 13 item 7): XLSX beside CSV and JSON, past exports downloaded again
 * in any format when the catalog kept them, the counts of each export, and the filed entries whose change is due
 * for re-filing or de-filing (overdue ones highlighted), also summed up on the dashboard.
 */
@QuarkusTest
class ExportsAndRefilingTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final byte[] WORKBOOK = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00, 0x7f, (byte) 0xff};
    static final String EXPORT = BackendStub.EXPORT_ID;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theAdminPageOffersXlsxPastDownloadsTheCountsAndTheChangesToFile() {
        given().when().get("/admin").then().statusCode(200)
                .body(containsString("name=\"format\" value=\"xlsx\" id=\"export-xlsx\""))
                .body(containsString("Download XLSX"))
                .body(containsString("data-testid=\"export-row\" data-export-id=\"" + EXPORT + "\" data-downloadable=\"true\""))
                .body(containsString("data-testid=\"export-filed\">3<"))
                .body(containsString("data-testid=\"export-incomplete\">1<"))
                .body(containsString("data-testid=\"export-defiling\">2<"))
                .body(containsString("href=\"/exports/" + EXPORT + "?format=csv\""))
                .body(containsString("href=\"/exports/" + EXPORT + "?format=xlsx\""))
                .body(containsString("href=\"/exports/" + EXPORT + "?format=json\""))
                .body(not(containsString("href=\"/exports/" + BackendStub.OLD_EXPORT_ID)))
                .body(containsString("data-testid=\"export-not-kept\""))
                .body(containsString("data-testid=\"refiling-due-table\""))
                .body(containsString("data-testid=\"refiling-due-row\" data-asset-id=\"5c1d2a9e-6666-4c3b-9a53-0a6d2b8b1c06\" data-filing=\"DEFILING\" data-overdue=\"true\" class=\"overdue\""))
                .body(containsString("data-asset-id=\"" + BackendStub.ASSET_ID + "\" data-filing=\"REFILING_REQUIRED\" data-overdue=\"false\">"))
                .body(containsString("<td>De-filing</td>"))
                .body(containsString("<td>Re-filing</td>"))
                .body(containsString("retired: ERASED"))
                .body(containsString("datetime=\"2000-04-03\">2000-04-03</time> <strong class=\"tag-overdue\" data-testid=\"refiling-overdue\">overdue</strong>"))
                .body(containsString("datetime=\"2999-02-20\">2999-02-20</time></td>"));
        given().cookie("lang", "zh").when().get("/admin").then().statusCode(200)
                .body(containsString("下载 XLSX"))
                .body(containsString("<td>注销备案</td>"))
                .body(containsString("<td>变更备案</td>"))
                .body(containsString("待变更备案"))
                .body(containsString("重新下载"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theXlsxExportIsDownloadedAsTheCatalogProducedIt() {
        BackendStub.server.stubFor(post(urlPathEqualTo("/api/exports")).withQueryParam("format", equalTo("xlsx"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", XLSX)
                        .withHeader("Content-Disposition", "attachment; filename=\"important-data-catalogue-e3.xlsx\"")
                        .withHeader("X-Export-Id", "e3").withBody(WORKBOOK)));
        byte[] body = CsrfToken.of("/admin").form().formParam("format", "xlsx")
                .when().post("/admin/exports").then().statusCode(200)
                .header("Content-Type", startsWith(XLSX))
                .header("Content-Disposition", "attachment; filename=\"important-data-catalogue-e3.xlsx\"")
                .extract().asByteArray();
        assertArrayEquals(WORKBOOK, body, Arrays.toString(body));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/exports"))
                .withQueryParam("format", equalTo("xlsx")).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAuditorDownloadsAPastExportAgainInAnyFormat() {
        given().when().get("/audit").then().statusCode(200)
                .body(containsString("href=\"/exports/" + EXPORT + "?format=xlsx\""));
        BackendStub.server.stubFor(get(urlPathEqualTo("/api/exports/" + EXPORT)).withQueryParam("format", equalTo("xlsx"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", XLSX).withBody(WORKBOOK)));
        byte[] body = given().when().get("/exports/" + EXPORT + "?format=xlsx").then().statusCode(200)
                .header("Content-Type", startsWith(XLSX))
                .header("Content-Disposition", "attachment; filename=\"important-data-catalogue.xlsx\"")
                .extract().asByteArray();
        assertArrayEquals(WORKBOOK, body);
        BackendStub.server.stubFor(get(urlPathEqualTo("/api/exports/" + EXPORT)).withQueryParam("format", equalTo("csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withHeader("X-Export-Id", EXPORT).withBody("\uFEFF重要数据目录备案表\n")));
        given().when().get("/exports/" + EXPORT + "?format=csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"important-data-catalogue-" + EXPORT + ".csv\"")
                .body(containsString("重要数据目录备案表"));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/exports/" + EXPORT))
                .withQueryParam("format", equalTo("csv")).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anExportTheCatalogDidNotKeepIsTheCatalogsProblem() {
        BackendStub.problem(get(urlPathEqualTo("/api/exports/" + BackendStub.OLD_EXPORT_ID)), 410, "export-not-kept",
                "Gone", "This export was made before the catalog kept exports.");
        given().when().get("/exports/" + BackendStub.OLD_EXPORT_ID + "?format=json").then().statusCode(410)
                .body(containsString("data-problem=\"export-not-kept\""))
                .body(containsString("This export was made before the catalog kept exports."));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aRegistrantCannotDownloadExports() {
        given().when().get("/exports/" + EXPORT + "?format=csv").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, getRequestedFor(urlPathEqualTo("/api/exports/" + EXPORT)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theDashboardSumsUpTheChangesToFileForTheAdmin() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"refiling-due-summary\" data-count=\"2\" data-overdue=\"1\""))
                .body(containsString("2 filed entries have an unfiled change, 1 overdue; the earliest is due by 2000-04-03."))
                .body(containsString("href=\"/admin#refiling-due\""));
        BackendStub.problem(get(urlPathEqualTo("/api/exports/refiling-due")), 500, "internal", "Internal error", "boom");
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"obligations-table\""))
                .body(not(containsString("data-testid=\"refiling-due-summary\"")))
                .body(containsString("data-testid=\"panel-problem\""));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAuditorsDashboardDoesNotAskForTheAdminsList() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"obligations-table\""))
                .body(not(containsString("refiling-due-summary")));
        BackendStub.server.verify(0, getRequestedFor(urlPathEqualTo("/api/exports/refiling-due")));
    }
}

package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Issue 15 item 6: the dashboard's charts of levels, statuses and categories, drawn by a local ECharts (no CDN) from
 * data attributes (no inline script), each slice or bar linking to the asset list filtered to it.
 */
@QuarkusTest
class DashboardChartsTest {

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/assets/statistics")), 200, """
                {"total":12,"byLevel":{"CORE":2,"IMPORTANT":4,"GENERAL":5,"UNGRADED":1},
                 "byStatus":{"PROPOSED":6,"CONFIRMED":5,"REGISTERED":1},
                 "byCategory":{"pi.mobile":3,"energy.power-monitoring":6}}
                """);
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theChartsCarryTheirDataAndLinksInAttributesAndLoadEchartsLocally() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("<script src=\"/webjars/echarts/dist/echarts.common.min.js\" defer></script>"))
                .body(containsString("<script src=\"/js/charts.js\" defer></script>"))
                .body(containsString("id=\"chart-levels\" data-testid=\"chart-levels\" role=\"img\" aria-label=\"Assets per level\""))
                .body(containsString("{&quot;key&quot;:&quot;CORE&quot;,&quot;label&quot;:&quot;Core&quot;,&quot;value&quot;:2,&quot;href&quot;:&quot;/assets?level=CORE&quot;"))
                .body(containsString("{&quot;key&quot;:&quot;UNGRADED&quot;,&quot;label&quot;:&quot;Ungraded&quot;,&quot;value&quot;:1,&quot;href&quot;:&quot;/assets?level=UNGRADED&quot;"))
                .body(containsString("id=\"chart-statuses\""))
                .body(containsString("&quot;label&quot;:&quot;Awaiting review&quot;,&quot;value&quot;:6,&quot;href&quot;:&quot;/assets?status=PROPOSED&quot;"))
                // most frequent first, named from the glossary, the unknown one by its id
                .body(containsString("&quot;items&quot;:[{&quot;key&quot;:&quot;energy.power-monitoring&quot;,&quot;label&quot;:&quot;Power monitoring&quot;,&quot;value&quot;:6,&quot;href&quot;:&quot;/assets?category=energy.power-monitoring&quot;"))
                .body(containsString("&quot;label&quot;:&quot;pi.mobile&quot;,&quot;value&quot;:3"))
                .body(containsString("<a href=\"/assets?level=CORE\" data-testid=\"stats-level-link\">"))
                .body(not(containsString("cdn")));
        given().when().get("/webjars/echarts/dist/echarts.common.min.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"));
        given().when().get("/js/charts.js").then().statusCode(200).body(containsString("data-chart"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theChartLabelsAreInChinese() {
        given().cookie("lang", "zh").when().get("/").then().statusCode(200)
                .body(containsString("&quot;label&quot;:&quot;核心&quot;"))
                .body(containsString("&quot;label&quot;:&quot;电力监控&quot;"))
                .body(containsString("按类别统计（前 10 类）"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aCategoryBarOpensTheAssetListFilteredToIt() {
        given().when().get("/assets?category=energy.power-monitoring").then().statusCode(200)
                .body(containsString("name=\"category\" value=\"energy.power-monitoring\" checked id=\"filter-category\""))
                .body(containsString("Power monitoring"))
                .body(containsString("data-testid=\"asset-row\""));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/assets"))
                .withQueryParam("category", equalTo("energy.power-monitoring")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theUngradedSliceOpensTheListOfAssetsWithoutAGrade() {
        given().when().get("/assets?level=UNGRADED").then().statusCode(200)
                .body(containsString("<option value=\"UNGRADED\" selected>Ungraded</option>"));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/assets"))
                .withQueryParam("level", equalTo("UNGRADED")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void withoutStatisticsThereAreNoCharts() {
        BackendStub.down("/api/assets/statistics");
        given().when().get("/").then().statusCode(200)
                .body(not(containsString("data-chart=")))
                .body(containsString("data-testid=\"panel-unavailable\""));
    }
}

package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Issue 15 item 6: the trend of the last 12 months and the breakdowns per department and per province from the
 * catalog's {@code byMonth}, {@code byDepartment} and {@code byProvince}, each department or province opening the
 * asset list filtered to it (the filter reaching the catalog); an older catalog without them shows no such chart.
 */
@QuarkusTest
class DashboardTrendAndBreakdownsTest {

    static final String STATISTICS = """
            {"total":12,"byLevel":{"CORE":2,"IMPORTANT":4,"GENERAL":5,"UNGRADED":1},
             "byStatus":{"PROPOSED":6,"CONFIRMED":5,"REGISTERED":1},"byCategory":{"pi.mobile":3},
             "byMonth":[{"month":"2026-10","registered":5,"important":2,"core":1},
                        {"month":"2026-11","registered":7,"important":2,"core":1}],
             "byDepartment":[{"key":"调度中心","total":8,"important":3,"core":2},
                             {"key":"Grid Operations","total":4,"important":1,"core":0}],
             "byProvince":[{"key":"浙江","total":9,"important":4,"core":2}]}
            """;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/assets/statistics")), 200, STATISTICS);
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theTrendAndBreakdownsCarryTheirDataAndLinks() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("id=\"chart-trend\" data-testid=\"chart-trend\" role=\"img\""))
                .body(containsString("&quot;type&quot;:&quot;line&quot;"))
                .body(containsString("{&quot;key&quot;:&quot;2026-11&quot;,&quot;label&quot;:&quot;2026-11&quot;,&quot;value&quot;:7,&quot;href&quot;:&quot;&quot;"))
                .body(containsString("{&quot;name&quot;:&quot;Registered&quot;,&quot;colour&quot;:&quot;#0b5cad&quot;,&quot;values&quot;:[5,7]}"))
                .body(containsString("{&quot;name&quot;:&quot;Core&quot;,&quot;colour&quot;:&quot;#8b0000&quot;,&quot;values&quot;:[1,1]}"))
                .body(containsString("id=\"chart-departments\" data-testid=\"chart-departments\""))
                .body(containsString("&quot;label&quot;:&quot;调度中心&quot;,&quot;value&quot;:8,&quot;href&quot;:&quot;/assets?department=%E8%B0%83%E5%BA%A6%E4%B8%AD%E5%BF%83&quot;"))
                .body(containsString("&quot;href&quot;:&quot;/assets?department=Grid+Operations&quot;"))
                // stacked: core, important, the rest (8 - 3 - 2 = 3; 4 - 1 - 0 = 3)
                .body(containsString("{&quot;name&quot;:&quot;Other levels&quot;,&quot;colour&quot;:&quot;#4a5560&quot;,&quot;values&quot;:[3,3],&quot;stack&quot;:&quot;level&quot;}"))
                .body(containsString("id=\"chart-provinces\" data-testid=\"chart-provinces\""))
                .body(containsString("&quot;href&quot;:&quot;/assets?province=%E6%B5%99%E6%B1%9F&quot;"))
                // the tables beside the charts, for readers without script
                .body(containsString("<a href=\"/assets?department=%E8%B0%83%E5%BA%A6%E4%B8%AD%E5%BF%83\" data-testid=\"stats-department-link\">调度中心</a>"))
                .body(containsString("<a href=\"/assets?province=%E6%B5%99%E6%B1%9F\" data-testid=\"stats-province-link\">浙江</a>"))
                .body(containsString("<tr data-month=\"2026-11\"><th scope=\"row\">2026-11</th><td class=\"num\" data-label=\"Registered\">7</td>"));
        given().when().get("/js/charts.js").then().statusCode(200).body(containsString("stacked-hbar"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theLabelsAreInChinese() {
        given().cookie("lang", "zh").when().get("/").then().statusCode(200)
                .body(containsString("近 12 个月登记的资产及其中重要、核心数据数量"))
                .body(containsString("按部门统计（前 20 个）"))
                .body(containsString("按省份统计（前 20 个）"))
                .body(containsString("&quot;name&quot;:&quot;其他级别&quot;"))
                .body(containsString("&quot;name&quot;:&quot;登记数&quot;"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anOlderCatalogWithoutThemShowsTheOtherChartsOnly() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/statistics")), 200, """
                {"total":1,"byLevel":{"CORE":1},"byStatus":{"CONFIRMED":1},"byCategory":{}}
                """);
        given().when().get("/").then().statusCode(200)
                .body(containsString("data-testid=\"chart-levels\""))
                .body(not(containsString("chart-trend")))
                .body(not(containsString("chart-departments")))
                .body(not(containsString("chart-provinces")))
                .body(not(containsString("stats-months")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aDepartmentOrProvinceOpensTheAssetListFilteredToIt() {
        given().queryParam("department", "调度中心").when().get("/assets").then().statusCode(200)
                .body(containsString("name=\"department\" value=\"调度中心\""))
                .body(containsString("data-testid=\"asset-row\""));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/assets"))
                .withQueryParam("department", equalTo("调度中心")).withQueryParam("province", absent()));
        given().queryParam("province", "浙江").queryParam("level", "CORE").queryParam("page", "1")
                .when().get("/assets").then().statusCode(200)
                .body(containsString("name=\"province\" value=\"浙江\""));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/assets"))
                .withQueryParam("province", equalTo("浙江")).withQueryParam("level", equalTo("CORE")));
    }
}

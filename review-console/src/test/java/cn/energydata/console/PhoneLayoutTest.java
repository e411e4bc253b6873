package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 item 8 for the pages added since: at 390 px every table of the discovery, audit-record and evidence
 * views becomes one card per row (cells labelled), so nothing widens the page and every link stays reachable.
 */
@QuarkusTest
class PhoneLayoutTest {

    static final Pattern TABLE = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL);
    static final Pattern CELL = Pattern.compile("<td(?![^>]*data-label=)[^>]*>");

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/sources")), 200,
                "{\"items\":[" + DiscoveryPagesTest.SOURCE + "],\"page\":0,\"size\":20,\"total\":1}");
        BackendStub.json(get(urlPathEqualTo("/api/sources/" + DiscoveryPagesTest.SOURCE_ID)), 200,
                DiscoveryPagesTest.SOURCE);
        BackendStub.json(get(urlPathEqualTo("/api/sources/" + DiscoveryPagesTest.SOURCE_ID + "/scans")), 200,
                "{\"items\":[" + DiscoveryPagesTest.scan("SUCCEEDED", "2026-11-28T10:09:00Z")
                        + "],\"page\":0,\"size\":20,\"total\":1}");
        BackendStub.json(get(urlPathEqualTo("/api/scans/" + DiscoveryPagesTest.SCAN_ID)), 200,
                DiscoveryPagesTest.scan("RUNNING", null));
        BackendStub.json(get(urlPathEqualTo("/api/scans/" + DiscoveryPagesTest.SCAN_ID + "/items")), 200,
                DiscoveryPagesTest.ITEMS);
        BackendStub.json(get(urlPathEqualTo("/api/audit/records")), 200, AuditRecordsAndExportsTest.RECORDS);
    }

    @Test
    @TestSecurity(user = "carol", roles = {"security-admin", "auditor"})
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void everyNewTableBecomesLabelledCardsOnAPhone() {
        for (String path : List.of("/discovery/sources", "/discovery/sources/" + DiscoveryPagesTest.SOURCE_ID,
                "/discovery/scans/" + DiscoveryPagesTest.SCAN_ID, "/audit/records", "/assets/" + BackendStub.ASSET_ID)) {
            String page = given().when().get(path).then().statusCode(200).extract().asString();
            Matcher table = TABLE.matcher(page);
            int checked = 0;
            while (table.find()) {
                String html = table.group();
                boolean isNew = html.contains("sources-table") || html.contains("scans-table")
                        || html.contains("items-table") || html.contains("records-table") || html.contains("findings");
                if (isNew) {
                    assertTrue(html.startsWith("<table") && html.substring(0, html.indexOf('>')).contains("cards-on-phone"),
                            path + ": " + html.substring(0, html.indexOf('>')));
                    assertTrue(!CELL.matcher(html).find(), path + ": a cell without data-label");
                    checked++;
                }
            }
            assertTrue(checked > 0, path + " has none of the new tables");
        }
        given().when().get("/css/console.css").then().statusCode(200)
                .body(containsString("table.cards-on-phone tr { border"))
                .body(containsString(".counts { display: flex; flex-wrap: wrap;"))
                .body(containsString(".chart { width: 100%;"));
    }
}

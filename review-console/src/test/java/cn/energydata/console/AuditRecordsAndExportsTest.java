package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15 item 7: the catalog's audit records listed with filters and exported as CSV; the decision log exported
 * as CSV (every page, assets named); names instead of ids on incidents and ledger entries.
 */
@QuarkusTest
class AuditRecordsAndExportsTest {

    static final String RECORDS = """
            {"items":[{"id":58,"at":"2026-11-29T09:00:00Z","actor":"discovery:billing-db","onBehalfOf":"carol",
               "action":"REGISTERED","assetId":"%s","assetName":"billing-db public.customers","summary":"registered by discovery"},
              {"id":57,"at":"2026-11-28T09:00:00Z","actor":"carol","onBehalfOf":null,"action":"EXPORTED",
               "assetId":null,"assetName":null,"summary":"csv, 4 entries"}],
             "next":"c+1/="}
            """.formatted(BackendStub.ASSET_ID);

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/audit/records")).withHeader("Accept", matching(".*json.*")), 200,
                RECORDS);
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theRecordsAreListedWithTheirFiltersNamesAndTheNextPage() {
        given().when().get("/audit/records?action=REGISTERED&actor=carol&assetId=" + BackendStub.ASSET_ID
                        + "&from=2026-11-01&to=2026-11-30").then().statusCode(200)
                .body(containsString("data-testid=\"record-row\" data-record-id=\"58\" data-action=\"REGISTERED\""))
                .body(containsString("discovery:billing-db<br><small>on behalf of carol</small>"))
                .body(containsString(">Registered<"))
                .body(containsString(">Catalogue exported<"))
                .body(containsString("data-asset-id=\"" + BackendStub.ASSET_ID + "\">billing-db public.customers</a>"))
                .body(containsString("<option value=\"REGISTERED\" selected>"))
                .body(containsString("value=\"2026-11-01\""))
                .body(containsString("href=\"/audit/records?action=REGISTERED&amp;actor=carol&amp;assetId="
                        + BackendStub.ASSET_ID + "&amp;from=2026-11-01&amp;to=2026-11-30&amp;after=c%2B1%2F%3D&amp;\""))
                .body(containsString("href=\"/audit/records.csv?action=REGISTERED&amp;actor=carol"));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/audit/records"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withQueryParam("action", equalTo("REGISTERED")).withQueryParam("actor", equalTo("carol"))
                .withQueryParam("assetId", equalTo(BackendStub.ASSET_ID))
                .withQueryParam("from", equalTo("2026-11-01")).withQueryParam("to", equalTo("2026-11-30"))
                .withQueryParam("size", equalTo("20")));

        given().queryParam("after", "c+1/=").when().get("/audit/records").then().statusCode(200)
                .body(containsString("id=\"records-newest\""));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/audit/records"))
                .withQueryParam("after", equalTo("c+1/=")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theRecordsCsvIsTheCatalogsStreamPassedOn() {
        String csv = "\uFEFFid,at,actor,onBehalfOf,action,assetId,assetName,summary\r\n58,2026-11-29T09:00:00Z,carol,,REGISTERED,,,x\r\n";
        BackendStub.server.stubFor(get(urlPathEqualTo("/api/audit/records")).withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withBody(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        byte[] body = given().when().get("/audit/records.csv?action=REGISTERED").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("audit-records.csv"))
                .extract().asByteArray();
        assertEquals(csv, new String(body, java.nio.charset.StandardCharsets.UTF_8));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/audit/records"))
                .withHeader("Accept", equalTo("text/csv")).withQueryParam("action", equalTo("REGISTERED"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theDecisionLogCsvIsThePolicyServicesOwnExportPassedOnByteForByte() {
        String csv = "\uFEFFdecisionId,decidedAt,requester,action,assetId,assetName,assetLevel,effectiveLevel,effect,"
                + "policyIds,reasons,reasonsZh,obligations,obligationsZh,approvalId,exemptionType,exemptionReason\r\n"
                + "d1,2026-11-28T11:00:00Z,'=cmd(),DOWNLOAD," + BackendStub.ASSET_ID + ",变电站 EAST-220,IMPORTANT,"
                + "IMPORTANT,DENY,a.b c.d,\"needs approval, with dual control\",需经审批,,,,,\r\n";
        BackendStub.server.stubFor(get(urlPathEqualTo("/api/decisions")).withHeader("Accept", containing("text/csv"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withBody(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        byte[] body = given().when().get("/audit/decisions.csv?effect=DENY&requester=&assetId=" + BackendStub.ASSET_ID)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("decision-log.csv"))
                .extract().asByteArray();
        assertEquals(csv, new String(body, java.nio.charset.StandardCharsets.UTF_8));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/decisions"))
                .withHeader("Accept", containing("text/csv"))
                .withQueryParam("effect", equalTo("DENY"))
                .withQueryParam("assetId", equalTo(BackendStub.ASSET_ID))
                .withoutQueryParam("requester").withoutQueryParam("page")
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theDecisionLogCsvOfAPolicyServiceThatIsDownIsTheErrorPage() {
        BackendStub.server.stubFor(get(urlPathEqualTo("/api/decisions")).withHeader("Accept", containing("text/csv"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        given().when().get("/audit/decisions.csv").then().statusCode(503)
                .body(containsString("data-kind=\"unavailable\""));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void reviewersHaveNoAuditRecordsNorExports() {
        given().when().get("/audit/records").then().statusCode(403);
        given().when().get("/audit/decisions.csv").then().statusCode(403);
        given().when().get("/audit/records.csv").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void incidentsAndLedgerEntriesNameTheirAssets() {
        String named = "data-asset-id=\"" + BackendStub.ASSET_ID + "\">Substation EAST-220 configuration</a>";
        given().when().get("/incidents").then().statusCode(200).body(containsString(named));
        given().when().get("/ledger").then().statusCode(200).body(containsString(named));
        given().when().get("/audit").then().statusCode(200)
                .body(containsString("href=\"/audit/decisions.csv?\" id=\"decision-csv\""))
                .body(containsString("id=\"audit-records-link\""));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aCatalogThatIsDownLeavesTheRecordsPageReadable() {
        BackendStub.down("/api/audit/records");
        given().when().get("/audit/records").then().statusCode(200)
                .body(containsString("data-testid=\"panel-unavailable\""))
                .body(containsString("id=\"records-filter\""));
    }
}

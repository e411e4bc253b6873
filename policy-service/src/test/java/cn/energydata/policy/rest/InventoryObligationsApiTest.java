package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.CATALOG_SERVICE;
import static cn.energydata.policy.rest.Api.decide;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Duties derived from the catalog's inventory of personal information (GET /api/internal/organisations/{org}/
 * personal-information, docs/service-contracts.md): the minors' yearly compliance audit whenever an asset holds
 * minors' PI, the important-data processor duties at ≥ 10 000 000 people (NDSMR art. 28), and "unknown" — never
 * "none" — when the catalog cannot answer. Each test uses an organisation of its own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class InventoryObligationsApiTest {

    private static String org(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse obligations(String organisation) {
        return given().auth().oauth2(CATALOG_SERVICE).queryParam("organisation", organisation)
                .when().get("/api/obligations").then().statusCode(200);
    }

    @Test
    void importantDataProcessorDutiesStartAtTenMillionPeople() {
        String below = org("below");
        CatalogWireMock.profile(below, false);
        CatalogWireMock.personalInformationTotals(below, 40, 0, 9_999_999, 0, 0, 0);
        obligations(below)
                .body("inventory.known", equalTo(true))
                .body("inventory.persons", equalTo(9_999_999))
                .body("importantDataProcessorByPersonalInformationScale", equalTo(false))
                .body("items.obligation", not(hasItem("IMPORTANT_DATA_REORGANISATION_REPORT")))
                .body("items.obligation", not(hasItem("DATA_SECURITY_OFFICER_AND_BODY")))
                .body("items.obligation", not(hasItem("IMPORTANT_DATA_PROCESSOR_DUTIES_BY_PI_SCALE")));

        String at = org("at");
        CatalogWireMock.profile(at, false); // the stub profile names an officer and a body
        CatalogWireMock.personalInformationTotals(at, 41, 0, 10_000_000, 0, 0, 0);
        obligations(at)
                .body("importantDataProcessorByPersonalInformationScale", equalTo(true))
                .body("items.obligation", hasItems("DATA_SECURITY_OFFICER_AND_BODY", "IMPORTANT_DATA_REORGANISATION_REPORT"))
                .body("items.find { it.obligation == 'DATA_SECURITY_OFFICER_AND_BODY' }.source", containsString("NDSMR art. 28"))
                .body("items.find { it.obligation == 'DATA_SECURITY_OFFICER_AND_BODY' }.status", equalTo("MET"))
                .body("items.find { it.obligation == 'DATA_SECURITY_OFFICER_AND_BODY' }.basis", containsString("10000000"))
                .body("items.find { it.obligation == 'IMPORTANT_DATA_REORGANISATION_REPORT' }.source", containsString("art. 32"))
                .body("items.find { it.obligation == 'IMPORTANT_DATA_REORGANISATION_REPORT' }.status", equalTo("ON_EVENT"));

        // A profile without officer and body: the duty is MISSING.
        String unnamed = org("unnamed");
        CatalogWireMock.server.stubFor(get(urlEqualTo("/api/internal/organisations/" + unnamed + "/profile"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"organisation\":\"" + unnamed + "\",\"ciio\":false}")));
        CatalogWireMock.personalInformationTotals(unnamed, 3, 0, 12_000_000, 0, 0, 0);
        obligations(unnamed)
                .body("items.find { it.obligation == 'DATA_SECURITY_OFFICER_AND_BODY' }.status", equalTo("MISSING"))
                .body("items.find { it.obligation == 'DATA_SECURITY_OFFICER_AND_BODY' }.note", containsString("organisation profile"));
    }

    @Test
    void theMinorsAuditFollowsTheInventoryNotTheDecisions() {
        String none = org("no-minors");
        CatalogWireMock.personalInformationTotals(none, 5, 0, 2_000, 0, 0, 0);
        // A decision on an asset with minors' PI does not make the duty: the inventory does.
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.asset(asset, none, "GENERAL", "CONFIRMED", "[\"pi.student-id\"]",
                "{\"persons\":30,\"sensitive\":false,\"minors\":30,\"children\":0}");
        decide(TestTokens.user("sam", none, "data-registrant"), asset, "VIEW", Map.of()).statusCode(200);
        obligations(none)
                .body("holdsMinorsPersonalInformation", equalTo(false))
                .body("items.obligation", not(hasItem("MINORS_PI_COMPLIANCE_AUDIT")));

        String school = org("minors");
        CatalogWireMock.personalInformationTotals(school, 5, 1, 2_000, 0, 120, 15);
        String auditor = TestTokens.user("aud", school, "auditor");
        given().auth().oauth2(auditor).when().get("/api/obligations").then().statusCode(200)
                .body("holdsMinorsPersonalInformation", equalTo(true))
                .body("inventory.assetsWithMinors", equalTo(1))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.due", endsWith("-01-31"))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.derived", equalTo(true))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.source",
                        containsString("Regulations on the Protection of Minors Online art. 37"))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.basis", containsString("children under 14: 15"));
    }

    @Test
    void catalogDownMeansTheDutiesAreUnknownNotNone() {
        String down = org("inventory-down");
        CatalogWireMock.personalInformationTotalsDown(down);
        obligations(down)
                .body("inventory.known", equalTo(false))
                .body("inventory.problem", containsString("could not be read"))
                .body("holdsMinorsPersonalInformation", nullValue())
                .body("importantDataProcessorByPersonalInformationScale", nullValue())
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.status", equalTo("UNKNOWN"))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.derived", equalTo(false))
                .body("items.find { it.obligation == 'IMPORTANT_DATA_PROCESSOR_DUTIES_BY_PI_SCALE' }.status", equalTo("UNKNOWN"));

        // A catalog that does not know the endpoint (404) is no answer either.
        String old = org("old-catalog");
        obligations(old)
                .body("inventory.known", equalTo(false))
                .body("items.find { it.obligation == 'MINORS_PI_COMPLIANCE_AUDIT' }.status", equalTo("UNKNOWN"));

        // Once the catalog answers, the duties are known (failures are not cached).
        CatalogWireMock.personalInformationTotals(down, 1, 0, 10, 0, 0, 0);
        obligations(down)
                .body("inventory.known", equalTo(true))
                .body("holdsMinorsPersonalInformation", equalTo(false))
                .body("items.obligation", not(hasItem("MINORS_PI_COMPLIANCE_AUDIT")));
    }
}

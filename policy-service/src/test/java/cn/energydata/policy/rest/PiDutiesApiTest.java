package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.policy.rest.Api.decide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Issue 13 item 8 over HTTP: the PI impact assessment (PIPL art. 55) must be on file before personal information
 * is provided to another entity, published or sent abroad; export or provision of PI carries the separate-consent
 * obligation (PIPL art. 23/39). Each test uses an organisation of its own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class PiDutiesApiTest {

    private static String org(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void piImpact(String adminToken, List<String> assetIds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "PI_IMPACT", "reference", "PIIA-2026-3",
                "scope", "provision of customer data to the billing partner",
                "validFrom", LocalDate.now().minusDays(1).toString(), "validUntil", LocalDate.now().plusDays(90).toString()));
        if (assetIds != null) {
            body.put("assetIds", assetIds);
        }
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(body)
                .when().post("/api/assessments").then().statusCode(201)
                .body("type", equalTo("PI_IMPACT")).body("validToday", equalTo(true));
    }

    @Test
    void provisionOfPersonalInformationNeedsAPiImpactAssessmentOfTheAsset() {
        String org = org("billing");
        String registrant = TestTokens.user("sam", org, "data-registrant");
        String admin = TestTokens.user("sara", org, "security-admin");
        CatalogWireMock.profile(org, false);
        String customers = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        CatalogWireMock.personalInformation(customers, org, 5_000, false);
        CatalogWireMock.personalInformation(other, org, 5_000, false);

        decide(registrant, customers, "PROVIDE_TO_ENTITY", Map.of("purpose", "billing")).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("pi.impact-assessment.provision"))
                .body("reasons[0]", containsString("PI_IMPACT"))
                .body("reasons[0]", containsString("PIPL art. 55"))
                .body("obligations", not(hasKey("separateConsent")));
        decide(registrant, customers, "PUBLISH", Map.of()).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("pi.impact-assessment.publication"));
        // Inside the organisation nothing is asked.
        decide(registrant, customers, "VIEW", Map.of()).statusCode(200)
                .body("effect", equalTo("PERMIT")).body("obligations", not(hasKey("separateConsent")));

        // An assessment listing the asset: the provision is permitted with the separate-consent obligation.
        piImpact(admin, List.of(customers));
        decide(registrant, customers, "PROVIDE_TO_ENTITY", Map.of("purpose", "billing")).statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("policyIds", hasItem("pi.separate-consent.provision"))
                .body("policyIds", not(hasItem("pi.impact-assessment.provision")))
                .body("obligations.separateConsent", equalTo(true))
                .body("obligations.contract", equalTo(true));
        // Publication with it: a security-admin's review, and separate consent (PIPL art. 25).
        decide(registrant, customers, "PUBLISH", Map.of()).statusCode(200)
                .body("effect", equalTo("APPROVAL_REQUIRED"))
                .body("obligations.separateConsent", equalTo(true));
        // It covers the listed asset only.
        decide(registrant, other, "PROVIDE_TO_ENTITY", Map.of()).statusCode(200)
                .body("effect", equalTo("DENY")).body("policyIds", hasItem("pi.impact-assessment.provision"));
        // The decision log keeps the obligation.
        given().auth().oauth2(admin).queryParam("assetId", customers).queryParam("effect", "PERMIT")
                .when().get("/api/decisions").then().statusCode(200)
                .body("items.find { it.action == 'PROVIDE_TO_ENTITY' }.obligations.separateConsent", equalTo(true));
    }

    @Test
    void exportOfPersonalInformationNeedsThePiImpactAssessmentEvenUnderTheThresholds() {
        String org = org("export");
        String registrant = TestTokens.user("sam", org, "data-registrant");
        String admin = TestTokens.user("sara", org, "security-admin");
        CatalogWireMock.profile(org, false);
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.personalInformation(asset, org, 10, false);
        Map<String, Object> abroad = Map.of("country", "DE", "purpose", "joint research");

        decide(registrant, asset, "TRANSFER_CROSS_BORDER", abroad).statusCode(200)
                .body("effect", equalTo("DENY"))
                .body("policyIds", hasItem("pi.impact-assessment.provision"))
                .body("reasons[0]", containsString("PI_IMPACT"));
        // Nothing was added to the ledger.
        given().auth().oauth2(admin).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(0));

        piImpact(admin, null); // organisation-wide
        decide(registrant, asset, "TRANSFER_CROSS_BORDER", abroad).statusCode(200)
                .body("effect", equalTo("PERMIT"))
                .body("obligations.separateConsent", equalTo(true));
        given().auth().oauth2(admin).when().get("/api/cross-border-ledger").then().statusCode(200)
                .body("persons", equalTo(10));
    }

    @Test
    void thePoliciesShowTheNewRulesWithTheirSources() {
        String admin = TestTokens.user("sara", org("matrix"), "security-admin");
        given().auth().oauth2(admin).when().get("/api/policies").then().statusCode(200)
                .body("find { it.id == 'pi.impact-assessment.provision' }.source", containsString("PIPL art. 55"))
                .body("find { it.id == 'pi.impact-assessment.provision' }.match.missingAssessment", equalTo("PI_IMPACT"))
                .body("find { it.id == 'pi.separate-consent.provision' }.obligations.separateConsent", equalTo(true));
        // An unknown assessment type is refused.
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "NO_SUCH_TYPE", "reference", "x", "scope", "x",
                        "validFrom", LocalDate.now().toString(), "validUntil", LocalDate.now().toString()))
                .when().post("/api/assessments").then().statusCode(400);
    }
}

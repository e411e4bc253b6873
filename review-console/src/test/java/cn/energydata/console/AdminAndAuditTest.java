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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import static org.hamcrest.Matchers.startsWith;

/** The security-admin's actions and the auditor's chain verification. */
@QuarkusTest
class AdminAndAuditTest {

    static final String APPROVAL = BackendStub.APPROVAL_ID;

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void approvingPostsTheExpiryAndComment() {
        BackendStub.json(post(urlPathEqualTo("/api/approvals/" + APPROVAL + "/approve")), 200,
                "{\"id\":\"" + APPROVAL + "\",\"status\":\"APPROVED\"}");
        CsrfToken.of("/admin").form().redirects().follow(false)
                .formParam("expiresOn", "2026-12-05").formParam("comment", "for the joint research only")
                .when().post("/admin/approvals/" + APPROVAL + "/approve").then().statusCode(303)
                .header("Location", endsWith("/admin?notice=approved"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/approvals/" + APPROVAL + "/approve"))
                .withRequestBody(equalToJson(
                        "{\"expiresAt\":\"2026-12-05T23:59:59Z\",\"comment\":\"for the joint research only\"}")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void approvingOnesOwnRequestShowsThePolicyServicesRefusal() {
        BackendStub.problem(post(urlPathEqualTo("/api/approvals/" + APPROVAL + "/reject")), 403, "self-approval",
                "Forbidden", "Nobody may decide their own approval request.");
        CsrfToken.of("/admin").form().formParam("comment", "")
                .when().post("/admin/approvals/" + APPROVAL + "/reject").then().statusCode(403)
                .body(containsString("Nobody may decide their own approval request."))
                .body(containsString("policy-service"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void recordingAnAssessmentPostsThePolicyServicesCommand() {
        BackendStub.json(post(urlPathEqualTo("/api/assessments")), 201, "{\"id\":\"a2\",\"type\":\"ANNUAL_RISK\"}");
        CsrfToken.of("/admin").form().redirects().follow(false)
                .formParam("type", "ANNUAL_RISK").formParam("reference", "EG-RA-2027")
                .formParam("scope", "All important data of east-grid").formParam("assetIds", "")
                .formParam("validFrom", "2027-01-01").formParam("validUntil", "2027-12-31")
                .when().post("/admin/assessments").then().statusCode(303)
                .header("Location", endsWith("/admin?notice=assessment"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/assessments")).withRequestBody(equalToJson("""
                {"type":"ANNUAL_RISK","reference":"EG-RA-2027","scope":"All important data of east-grid",
                 "validFrom":"2027-01-01","validUntil":"2027-12-31"}
                """)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theCatalogueExportIsDownloadedAsTheCatalogProducedIt() {
        BackendStub.server.stubFor(post(urlPathEqualTo("/api/exports")).withQueryParam("format", equalTo("csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"important-data-catalogue-e2.csv\"")
                        .withHeader("X-Export-Id", "e2")
                        .withBody("assetId,name,level\n" + BackendStub.ASSET_ID + ",Substation,IMPORTANT\n")));
        CsrfToken.of("/admin").form().formParam("format", "csv")
                .when().post("/admin/exports").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"important-data-catalogue-e2.csv\"")
                .body(org.hamcrest.Matchers.equalTo("assetId,name,level\n" + BackendStub.ASSET_ID + ",Substation,IMPORTANT\n"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aBrokenChainIsReportedWithTheRecordWhereItBreaks() {
        BackendStub.json(get(urlPathEqualTo("/api/audit/verify")), 200,
                "{\"organisation\":\"east-grid\",\"records\":57,\"valid\":false,\"brokenAtSeq\":31,"
                        + "\"problem\":\"record content does not match its hash\"}");
        given().when().get("/audit").then().statusCode(200)
                .body(containsString("data-valid=\"false\" data-broken-at=\"31\""))
                .body(containsString("record content does not match its hash"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAuditorCannotTakeAdminActions() {
        CsrfToken token = CsrfToken.cookieOf("/audit");
        token.form().formParam("format", "csv")
                .when().post("/admin/exports").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        token.form().formParam("comment", "x")
                .when().post("/admin/approvals/" + APPROVAL + "/approve").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/exports")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aRegistrantCannotReview() {
        CsrfToken.cookieOf("/assets/" + BackendStub.ASSET_ID).form().formParam("decision", "CONFIRM")
                .formParam("justification", "x").formParam("version", "3")
                .when().post("/assets/" + BackendStub.ASSET_ID + "/reviews").then().statusCode(403)
                .body(containsString("data-kind=\"forbidden\""));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/assets/" + BackendStub.ASSET_ID + "/reviews")));
    }
}

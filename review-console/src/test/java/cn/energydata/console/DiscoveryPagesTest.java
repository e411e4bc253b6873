package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 16 item 6: the discovery pages over discovery-service — sources, the registration and edit form with
 * write-only credentials, a source's scan history, starting a scan, a scan's progress (polled while it runs) and
 * its items; read-only for reviewers and auditors; a clear message when the service cannot be reached.
 */
@QuarkusTest
class DiscoveryPagesTest {

    static final String SOURCE_ID = "6a1e2b3c-1111-4d5e-8f90-0a1b2c3d4e01";
    static final String SCAN_ID = "6a1e2b3c-2222-4d5e-8f90-0a1b2c3d4e02";

    static final String SOURCE = """
            {"id":"%s","organisation":"east-grid","name":"billing-db","kind":"JDBC","description":"Billing",
             "department":"Marketing","jdbc":{"url":"jdbc:postgresql://db:5432/billing","schemas":["public"]},
             "credentials":"STORED","sampling":{"rowsPerTable":200},"schedule":{"cron":"0 0 2 * * ?",
             "window":{"from":"22:00","to":"06:00","zone":"Asia/Shanghai"}},"maxConnections":2,
             "statementTimeoutSeconds":30,"createdBy":"carol","createdAt":"2026-11-28T10:00:00Z"}
            """.formatted(SOURCE_ID);

    static String scan(String state, String finishedAt) {
        return """
                {"id":"%s","sourceId":"%s","state":"%s","mode":"INCREMENTAL","trigger":"MANUAL","requestedBy":"carol",
                 "createdAt":"2026-11-28T10:00:00Z","startedAt":"2026-11-28T10:00:05Z","finishedAt":%s,
                 "counts":{"total":40,"seen":40,"sampled":12,"graded":7,"unchanged":2,"skipped":0,"failed":1},
                 "error":null}
                """.formatted(SCAN_ID, SOURCE_ID, state, finishedAt == null ? "null" : "\"" + finishedAt + "\"");
    }

    static final String ITEMS = """
            {"items":[{"key":"public.customers","kind":"TABLE","outcome":"GRADED","reason":null,"level":"IMPORTANT",
               "assetId":"%s","catalogOutcome":"CREATED","rows":120000,"distinctPersons":100000,"personsBasis":"EXACT",
               "partlyRead":false,"columns":[{"name":"id_card","category":"pi.id-card","level":"IMPORTANT"}]},
              {"key":"public.payroll","kind":"TABLE","outcome":"FAILED","reason":"permission denied for table payroll",
               "level":null,"assetId":null,"partlyRead":false}],"page":0,"size":20,"total":2}
            """.formatted(BackendStub.ASSET_ID);

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
        BackendStub.json(get(urlPathEqualTo("/api/sources")), 200,
                "{\"items\":[" + SOURCE + "],\"page\":0,\"size\":20,\"total\":1}");
        BackendStub.json(get(urlPathEqualTo("/api/sources/" + SOURCE_ID)), 200, SOURCE);
        BackendStub.json(get(urlPathEqualTo("/api/sources/" + SOURCE_ID + "/scans")), 200,
                "{\"items\":[" + scan("SUCCEEDED", "2026-11-28T10:09:00Z") + "],\"page\":0,\"size\":20,\"total\":1}");
        BackendStub.json(get(urlPathEqualTo("/api/scans/" + SCAN_ID)), 200, scan("RUNNING", null));
        BackendStub.json(get(urlPathEqualTo("/api/scans/" + SCAN_ID + "/items")), 200, ITEMS);
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anAdminSeesTheSourcesWithTheMenuEntryAndMayRegister() {
        given().when().get("/discovery/sources").then().statusCode(200)
                .body(containsString("id=\"nav-discovery\""))
                .body(containsString("data-testid=\"source-row\" data-source-id=\"" + SOURCE_ID + "\" data-kind=\"JDBC\""))
                .body(containsString("Database (JDBC)"))
                .body(containsString("jdbc:postgresql://db:5432/billing"))
                .body(containsString("data-credentials=\"STORED\">Stored, encrypted"))
                .body(containsString("id=\"source-new-link\""));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/sources"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aReviewerReadsButGetsNoFormNorEditLink() {
        given().when().get("/discovery/sources").then().statusCode(200)
                .body(containsString("data-testid=\"source-row\"")).body(not(containsString("source-new-link")));
        given().when().get("/discovery/sources/" + SOURCE_ID).then().statusCode(200)
                .body(containsString("data-testid=\"scan-row\""))
                .body(not(containsString("id=\"scan-form\""))).body(not(containsString("source-edit-link")));
        given().when().get("/discovery/sources/new").then().statusCode(403);
        given().when().get("/discovery/sources/" + SOURCE_ID + "/edit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "alice", roles = "data-registrant")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aRegistrantHasNoDiscovery() {
        given().when().get("/").then().statusCode(200).body(not(containsString("nav-discovery")));
        given().when().get("/discovery/sources").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void registeringSendsTheSourceWithItsPasswordOnceAndShowsIt() {
        BackendStub.json(post(urlPathEqualTo("/api/sources")), 201, SOURCE);
        CsrfToken.of("/discovery/sources/new").form()
                .formParam("name", "billing-db").formParam("kind", "JDBC").formParam("department", "Marketing")
                .formParam("jdbcUrl", "jdbc:postgresql://db:5432/billing").formParam("jdbcSchemas", "public, billing")
                .formParam("credentialsUsername", "reader").formParam("credentialsPassword", "s3cret!")
                .formParam("samplingRowsPerTable", "200").formParam("scheduleCron", "0 0 2 * * ?")
                .formParam("scheduleWindowFrom", "22:00").formParam("scheduleWindowTo", "06:00")
                .formParam("scheduleWindowZone", "Asia/Shanghai").formParam("s3Bucket", "ignored for JDBC")
                .redirects().follow(false)
                .when().post("/discovery/sources").then().statusCode(303)
                .header("Location", containsString("/discovery/sources/" + SOURCE_ID + "?notice=source-saved"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/sources"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"name":"billing-db","kind":"JDBC","department":"Marketing",
                         "jdbc":{"url":"jdbc:postgresql://db:5432/billing","schemas":["public","billing"]},
                         "credentials":{"username":"reader","password":"s3cret!"},
                         "sampling":{"rowsPerTable":200},
                         "schedule":{"cron":"0 0 2 * * ?","window":{"from":"22:00","to":"06:00","zone":"Asia/Shanghai"}}}
                        """)));
        given().when().get("/discovery/sources/" + SOURCE_ID + "?notice=source-saved").then().statusCode(200)
                .body(containsString("The data source was saved."))
                .body(not(containsString("s3cret!")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theEditFormNeverShowsThePasswordAndKeepsStoredCredentialsWhenLeftEmpty() {
        String form = given().when().get("/discovery/sources/" + SOURCE_ID + "/edit").then().statusCode(200)
                .body(containsString("value=\"jdbc:postgresql://db:5432/billing\""))
                .body(containsString("value=\"0 0 2 * * ?\""))
                .body(containsString("data-testid=\"credentials-keep\""))
                .extract().asString();
        String password = form.substring(form.indexOf("id=\"sf-credentialsPassword\""));
        password = password.substring(0, password.indexOf('>'));
        assertFalse(password.contains("value="), "the password field is never pre-filled: " + password);
        assertFalse(password.contains("required"), password);

        BackendStub.json(put(urlPathEqualTo("/api/sources/" + SOURCE_ID)), 200, SOURCE);
        CsrfToken.of("/discovery/sources/" + SOURCE_ID + "/edit").form()
                .formParam("name", "billing-db").formParam("kind", "S3").formParam("s3Bucket", "lake")
                .formParam("s3Endpoint", "http://minio:9000").formParam("s3PathStyle", "true")
                .formParam("credentialsUsername", "reader").formParam("credentialsPassword", "")
                .formParam("storedCredentials", "STORED")
                .redirects().follow(false)
                .when().post("/discovery/sources/" + SOURCE_ID).then().statusCode(303);
        BackendStub.server.verify(putRequestedFor(urlPathEqualTo("/api/sources/" + SOURCE_ID))
                .withRequestBody(equalToJson("""
                        {"name":"billing-db","kind":"S3","s3":{"endpoint":"http://minio:9000","bucket":"lake","pathStyle":true}}
                        """)));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void problemsAreShownAtTheirFieldsWithWhatWasTypedButNeverThePassword() {
        CsrfToken.of("/discovery/sources/new").form()
                .formParam("name", "").formParam("kind", "JDBC").formParam("jdbcUrl", "")
                .formParam("credentialsPassword", "typed-secret").formParam("samplingRowsPerTable", "many")
                .formParam("department", "Dispatch")
                .when().post("/discovery/sources").then().statusCode(400)
                .body(containsString("data-testid=\"source-error\" data-field=\"name\""))
                .body(containsString("id=\"sf-jdbcUrl-error\" data-testid=\"field-error\" data-field=\"jdbcUrl\">Required: fill this in."))
                .body(containsString("data-field=\"samplingRowsPerTable\">A whole number of 0 or more."))
                .body(containsString("value=\"Dispatch\""))
                .body(not(containsString("typed-secret")));
        BackendStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/sources")));

        BackendStub.server.stubFor(post(urlPathEqualTo("/api/sources")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/problem+json").withBody("""
                                {"type":"urn:energy-data:problem:invalid","title":"Invalid request","status":400,
                                 "errors":[{"field":"jdbc.url","message":"must start with jdbc:"}]}
                                """)));
        CsrfToken.of("/discovery/sources/new").form()
                .formParam("name", "billing-db").formParam("kind", "JDBC").formParam("jdbcUrl", "postgres://x")
                .when().post("/discovery/sources").then().statusCode(400)
                .body(containsString("data-field=\"jdbcUrl\">Not accepted: must start with jdbc:"))
                .body(containsString("value=\"postgres://x\""));

        BackendStub.problem(post(urlPathEqualTo("/api/sources")), 409, "conflict", "Conflict",
                "A data source named billing-db exists already");
        CsrfToken.of("/discovery/sources/new").form()
                .formParam("name", "billing-db").formParam("kind", "JDBC").formParam("jdbcUrl", "jdbc:postgresql://x/y")
                .when().post("/discovery/sources").then().statusCode(409)
                .body(containsString("data-field=\"name\">Not accepted: A data source named billing-db exists already"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aScanIsStartedWithItsModeAndItsPageShowsProgressPolledWhileItRuns() {
        BackendStub.json(post(urlPathEqualTo("/api/sources/" + SOURCE_ID + "/scans")), 202, scan("QUEUED", null));
        CsrfToken.of("/discovery/sources/" + SOURCE_ID).form().formParam("mode", "FULL")
                .redirects().follow(false)
                .when().post("/discovery/sources/" + SOURCE_ID + "/scans").then().statusCode(303)
                .header("Location", containsString("/discovery/scans/" + SCAN_ID + "?notice=scan-started"));
        BackendStub.server.verify(postRequestedFor(urlPathEqualTo("/api/sources/" + SOURCE_ID + "/scans"))
                .withRequestBody(equalToJson("{\"mode\":\"FULL\"}")));

        given().when().get("/discovery/scans/" + SCAN_ID).then().statusCode(200)
                .body(containsString("data-state=\"RUNNING\" data-active=\"true\" hx-get=\"/discovery/scans/" + SCAN_ID
                        + "/progress\" hx-trigger=\"every 3s\""))
                .body(containsString("<progress id=\"scan-bar\" data-testid=\"scan-bar\" max=\"40\" value=\"10\">"))
                .body(containsString("10 of 40 tables and objects done (25 %)"))
                .body(containsString("data-testid=\"count-seen\">40<"))
                .body(containsString("data-testid=\"count-sampled\">12<"))
                .body(containsString("data-testid=\"count-graded\">7<"))
                .body(containsString("data-testid=\"count-unchanged\">2<"))
                .body(containsString("data-testid=\"count-skipped\">0<"))
                .body(containsString("data-testid=\"count-failed\">1<"))
                .body(containsString("data-key=\"public.customers\" data-outcome=\"GRADED\""))
                .body(containsString("data-level=\"IMPORTANT\""))
                .body(containsString("href=\"/assets/" + BackendStub.ASSET_ID + "\" data-testid=\"item-asset-link\""))
                .body(containsString("added to the catalogue"))
                .body(containsString("permission denied for table payroll"))
                .body(containsString("billing-db"));

        // finished: no more polling; the polled fragment makes htmx reload the page
        BackendStub.json(get(urlPathEqualTo("/api/scans/" + SCAN_ID)), 200, scan("PARTLY_FAILED", "2026-11-28T10:09:00Z"));
        given().when().get("/discovery/scans/" + SCAN_ID).then().statusCode(200)
                .body(containsString("data-active=\"false\""))
                .body(not(containsString("hx-trigger=\"every 3s\"")))
                .body(containsString("Finished, some items failed"));
        given().header("HX-Request", "true").when().get("/discovery/scans/" + SCAN_ID + "/progress").then()
                .statusCode(200).header("HX-Refresh", "true")
                .body(containsString("id=\"scan-progress\"")).body(not(containsString("<html")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theItemsAreFilteredByOutcomeAndAScanAlreadyRunningIsSaid() {
        given().when().get("/discovery/scans/" + SCAN_ID + "?outcome=FAILED").then().statusCode(200)
                .body(containsString("<option value=\"FAILED\" selected>"));
        BackendStub.server.verify(getRequestedFor(urlPathEqualTo("/api/scans/" + SCAN_ID + "/items"))
                .withQueryParam("outcome", equalTo("FAILED")));

        BackendStub.problem(post(urlPathEqualTo("/api/sources/" + SOURCE_ID + "/scans")), 409, "scan-running",
                "Scan running", "A scan of billing-db is running");
        CsrfToken.of("/discovery/sources/" + SOURCE_ID).form().formParam("mode", "INCREMENTAL")
                .when().post("/discovery/sources/" + SOURCE_ID + "/scans").then().statusCode(409)
                .body(containsString("data-problem=\"scan-running\""))
                .body(containsString("A scan of billing-db is running"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void anUnreachableDiscoveryServiceIsAMessageOnThePageNotAnErrorPage() {
        BackendStub.down("/api/(sources|scans).*");
        given().when().get("/discovery/sources").then().statusCode(200)
                .body(containsString("data-testid=\"discovery-unavailable\""))
                .body(containsString("discovery-service cannot be reached right now"))
                .body(containsString("id=\"nav-discovery\""))
                .body(not(containsString("data-testid=\"error\"")));
        given().when().get("/discovery/scans/" + SCAN_ID).then().statusCode(503)
                .body(containsString("data-testid=\"discovery-unavailable\""))
                .body(not(containsString("data-testid=\"error\"")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void thePagesAreInChinese() {
        given().cookie("lang", "zh").when().get("/discovery/scans/" + SCAN_ID).then().statusCode(200)
                .body(containsString("扫描中")).body(containsString("已抽样")).body(containsString("已登记到目录"))
                .body(containsString("已完成 10 / 40 个数据表和对象（25%）"));
        given().cookie("lang", "zh").when().get("/discovery/sources/new").then().statusCode(200)
                .body(containsString("数据库（JDBC）")).body(containsString("凭据只写不读"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void aDiscoveredAssetLinksItsDataSource() {
        String asset = BackendStub.ASSET.replace("\"version\":3", """
                "version":3,"discovery":{"sourceId":"%s","sourceName":"billing-db","kind":"JDBC",
                 "location":"jdbc:postgresql://db:5432/billing","key":"public.customers","lastSeenAt":"2026-11-28T10:09:00Z"}
                """.formatted(SOURCE_ID));
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + BackendStub.ASSET_ID)), 200,
                BackendStub.DETAIL.replace(BackendStub.ASSET, asset));
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("Found by discovery in"))
                .body(containsString("<a href=\"/discovery/sources/" + SOURCE_ID + "\" data-testid=\"asset-discovery-source\">billing-db</a> · <code>public.customers</code>"));
    }
}

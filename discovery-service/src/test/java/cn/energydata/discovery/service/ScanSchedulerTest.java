package cn.energydata.discovery.service;

import cn.energydata.discovery.support.ScanCalls;
import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.TestClock;
import cn.energydata.discovery.support.Tokens;
import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cron schedules and scan windows, driven by the test clock and explicit ticks (the timer is off in tests). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class ScanSchedulerTest {

    @Inject
    ScanScheduler scheduler;

    @Inject
    TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void stubs() {
        cn.energydata.discovery.support.ClassifierStubs.install();
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private static JsonPath history(String admin, String sourceId) {
        return given().auth().oauth2(admin).get("/api/sources/" + sourceId + "/scans").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aCronScheduleStartsOneScheduledScanPerFiring(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("a.txt"), "x");
        String admin = Tokens.user("carol", "org-" + UUID.randomUUID().toString().substring(0, 8), "security-admin");
        String sourceId = ScanCalls.register(admin, """
                {"name":"nightly","kind":"FILESYSTEM","filesystem":{"root":"%s"},
                 "schedule":{"cron":"0 0 2 * * ?"}}""".formatted(root));
        scheduler.tick();
        assertEquals(0, history(admin, sourceId).getInt("total"), "not fired since the source was registered");

        clock.advance(Duration.ofDays(1));
        scheduler.tick();
        JsonPath scans = history(admin, sourceId);
        assertEquals(1, scans.getInt("total"));
        assertEquals("SCHEDULE", scans.getString("items[0].trigger"));
        assertEquals("schedule", scans.getString("items[0].requestedBy"));
        ScanCalls.awaitEnd(admin, scans.getString("items[0].id"));

        scheduler.tick();
        assertEquals(1, history(admin, sourceId).getInt("total"), "one scan per firing");
        clock.advance(Duration.ofDays(1));
        scheduler.tick();
        assertEquals(2, history(admin, sourceId).getInt("total"));
    }

    @Test
    void aWaitingScanRunsWhenItsWindowOpens(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("a.txt"), "x");
        String admin = Tokens.user("carol", "org-" + UUID.randomUUID().toString().substring(0, 8), "security-admin");
        LocalTime from = LocalTime.now(ZoneOffset.UTC).plusHours(6).withMinute(0).withSecond(0).withNano(0);
        String sourceId = ScanCalls.register(admin, """
                {"name":"windowed","kind":"FILESYSTEM","filesystem":{"root":"%s"},
                 "schedule":{"window":{"from":"%s","to":"%s","zone":"UTC"}}}""".formatted(root,
                from.toString(), from.plusHours(2).toString()));
        String scanId = ScanCalls.start(admin, sourceId, "FULL");
        scheduler.tick();
        given().auth().oauth2(admin).get("/api/scans/" + scanId).then()
                .body("state", org.hamcrest.Matchers.equalTo("WAITING_FOR_WINDOW"));

        clock.advance(Duration.ofHours(7));
        scheduler.tick();
        assertEquals("SUCCEEDED", ScanCalls.awaitEnd(admin, scanId).getString("state"));
    }
}

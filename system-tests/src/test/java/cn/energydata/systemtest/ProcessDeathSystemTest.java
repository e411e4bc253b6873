package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 7: processes die without warning ({@code kill -9}) or PostgreSQL restarts while clients write.
 * Whatever a service answered with success must survive: every upload answered 2xx is present and graded once the
 * catalog is back, with no file left in its spool; every decision answered is in the decision log.
 */
@ExtendWith(StackExtension.class)
class ProcessDeathSystemTest {

    private static final byte[] CUSTOMER_LIST = """
            客户编号,姓名,身份证号,手机
            C001,张伟,110105201503070021,13812345678
            C002,李娜,320102198506120034,13987654321
            """.getBytes(StandardCharsets.UTF_8);
    private static final Duration UNDER_LOAD = Duration.ofSeconds(4);

    private static Stack stack;
    private static StackConfig config;
    private static Journey journey;

    @BeforeAll
    static void stack(Stack running) {
        stack = running;
        config = running.config();
        journey = new Journey(config);
    }

    @Test
    void uploadsAnsweredBeforeTheCatalogIsKilledArePresentAndGraded() throws Exception {
        AnsweredWrites uploads = new AnsweredWrites("upload", registerAndUpload(new Journey(config)));
        uploads.start();
        Thread.sleep(UNDER_LOAD.toMillis());
        stack.process(Stack.CATALOG).kill();
        stack.restart(Stack.CATALOG);
        Instant back = Instant.now();
        uploads.awaitSuccessAfter(back, Duration.ofSeconds(60));
        uploads.stop();

        assertTrue(uploads.answeredBefore(back) > 0, "uploads were answered before the kill");
        assertAllPresentAndGraded(uploads.answered());
        assertSpoolEmpty();
    }

    @Test
    void decisionsAnsweredBeforeThePolicyServiceIsKilledAreAllInTheLog() throws Exception {
        String asset = journey.register("alice", journey.fileAsset("Decision target (policy killed)"));
        AnsweredWrites decisions = new AnsweredWrites("decision", decide(new Journey(config), asset));
        decisions.start();
        Thread.sleep(UNDER_LOAD.toMillis());
        stack.process(Stack.POLICY).kill();
        stack.restart(Stack.POLICY);
        Instant back = Instant.now();
        decisions.awaitSuccessAfter(back, Duration.ofSeconds(60));
        decisions.stop();

        assertTrue(decisions.answeredBefore(back) > 0, "decisions were answered before the kill");
        assertEquals(List.of(), missingFromDecisionLog(decisions.answered()));
    }

    @Test
    void nothingAnsweredIsLostWhenPostgresRestartsUnderUploadsAndDecisions() throws Exception {
        String asset = journey.register("alice", journey.fileAsset("Decision target (database restart)"));
        AnsweredWrites uploads = new AnsweredWrites("upload", registerAndUpload(new Journey(config)));
        AnsweredWrites decisions = new AnsweredWrites("decision", decide(new Journey(config), asset));
        uploads.start();
        decisions.start();
        Thread.sleep(UNDER_LOAD.toMillis());
        stack.stop("postgres");
        stack.restart("postgres");
        Instant back = Instant.now();
        uploads.awaitSuccessAfter(back, Duration.ofSeconds(90));
        decisions.awaitSuccessAfter(back, Duration.ofSeconds(90));
        uploads.stop();
        decisions.stop();

        assertAllPresentAndGraded(uploads.answered());
        assertEquals(List.of(), missingFromDecisionLog(decisions.answered()));
        assertSpoolEmpty();
    }

    /**
     * Registers a file asset and uploads a customer list: the asset's id once the upload is answered 200 or 202.
     * Each writer has a journey (and token cache) of its own, since writers run on their own threads.
     */
    private static AnsweredWrites.Write registerAndUpload(Journey writer) {
        return () -> {
            Response registered = writer.as("alice").contentType(ContentType.JSON)
                    .body(writer.fileAsset("Customer list (process death)"))
                    .post(config.catalogUrl() + "/api/assets");
            if (registered.statusCode() != 201) {
                throw new AnsweredWrites.Refused("registration answered " + registered.statusCode() + " "
                        + registered.asString());
            }
            String id = registered.path("id");
            int status = writer.as("alice").multiPart("file", "customers.csv", CUSTOMER_LIST, "text/csv")
                    .post(config.catalogUrl() + "/api/assets/" + id + "/content").statusCode();
            if (status != 200 && status != 202) {
                throw new AnsweredWrites.Refused("upload answered " + status);
            }
            return Optional.of(id);
        };
    }

    private static AnsweredWrites.Write decide(Journey writer, String asset) {
        return () -> {
            Response answer = writer.as("alice").contentType(ContentType.JSON)
                    .body(Map.of("action", "MODIFY", "assetId", asset))
                    .post(config.policyUrl() + "/api/decisions");
            if (answer.statusCode() != 200) {
                throw new AnsweredWrites.Refused("decision answered " + answer.statusCode() + " " + answer.asString());
            }
            return Optional.of(answer.path("decisionId"));
        };
    }

    private static void assertAllPresentAndGraded(List<String> ids) {
        for (String id : ids) {
            String status = Journey.await("asset " + id + " graded", Duration.ofSeconds(90),
                    () -> journey.as("alice").get(config.catalogUrl() + "/api/assets/" + id)
                            .then().statusCode(200).extract().<String>path("asset.status"),
                    s -> !"GRADING_PENDING".equals(s));
            assertEquals("PROPOSED", status, "asset " + id + " answered 2xx but is " + status);
        }
    }

    private static void assertSpoolEmpty() throws IOException {
        Path spool = config.catalogSpool();
        if (Files.isDirectory(spool)) {
            Journey.await("the catalog spool to be empty", Duration.ofSeconds(60), () -> spoolFiles(spool),
                    List::isEmpty);
        }
    }

    private static List<Path> spoolFiles(Path spool) {
        try (Stream<Path> files = Files.walk(spool)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> missingFromDecisionLog(List<String> decisionIds) throws SQLException {
        Set<String> logged = new HashSet<>();
        try (Connection c = DriverManager.getConnection(stack.database().jdbcUrl("policy"),
                stack.database().user(), stack.database().password());
             PreparedStatement query = c.prepareStatement("select id::text from decision_log where id::text = any(?)")) {
            Array ids = c.createArrayOf("text", decisionIds.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    logged.add(rows.getString(1));
                }
            }
        }
        return decisionIds.stream().filter(id -> !logged.contains(id)).toList();
    }
}

package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.energydata.policy.rest.Api.DAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decision log's group commit (issue 14): decisions are answered only once their batch is committed, so every
 * answered decision is in the log exactly once, and a batch whose commit fails fails every answer in it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
class DecisionLogGroupCommitTest {

    private static final Pattern DECISION_ID = Pattern.compile("\"decisionId\":\"([0-9a-f-]{36})\"");

    @TestHTTPResource("/api/decisions")
    URI decisions;

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void everyAnsweredDecisionIsLoggedExactlyOnce() throws Exception {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "GENERAL");
        List<HttpResponse<String>> answers = concurrently(400, asset);

        List<String> answered = new ArrayList<>();
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), answer.body());
            Matcher id = DECISION_ID.matcher(answer.body());
            assertTrue(id.find(), answer.body());
            answered.add(id.group(1));
        }
        Map<String, Integer> logged = loggedIds(asset);
        assertEquals(400, logged.size(), "one log entry per answered decision");
        for (String id : answered) {
            assertEquals(1, logged.getOrDefault(id, 0), "decision " + id + " logged once");
        }
    }

    @Test
    void aFailedBatchCommitFailsItsAnswers() throws Exception {
        String asset = UUID.randomUUID().toString();
        CatalogWireMock.confirmed(asset, "east-grid", "GENERAL");
        execute("""
                create function refuse_decision_log() returns trigger as $$
                begin raise exception 'test: the decision log refuses this commit'; end $$ language plpgsql""");
        // Deferred: the inserts succeed and the COMMIT fails, as when the database goes away at that moment.
        execute("""
                create constraint trigger refuse_decision_log after insert on decision_log
                deferrable initially deferred for each row execute function refuse_decision_log()""");
        List<HttpResponse<String>> refused;
        try {
            refused = concurrently(50, asset);
        } finally {
            execute("drop trigger refuse_decision_log on decision_log");
            execute("drop function refuse_decision_log()");
        }
        for (HttpResponse<String> answer : refused) {
            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(answer.body().contains("decision-log-unavailable"), answer.body());
            assertTrue(!answer.body().contains("\"effect\""), "no decision without its log entry: " + answer.body());
        }
        assertEquals(0, loggedIds(asset).size(), "nothing of the refused batches was logged");

        List<HttpResponse<String>> afterwards = concurrently(20, asset);
        afterwards.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
        assertEquals(20, loggedIds(asset).size());
    }

    /** {@code n} VIEW decisions sent at once, with their answers. */
    private List<HttpResponse<String>> concurrently(int n, String asset) {
        String body = "{\"assetId\":\"" + asset + "\",\"action\":\"VIEW\"}";
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pending.add(http.sendAsync(HttpRequest.newBuilder(decisions).header("Authorization", "Bearer " + DAVE)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private Map<String, Integer> loggedIds(String asset) throws Exception {
        Map<String, Integer> ids = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id from decision_log where asset_id = ?")) {
            s.setString(1, asset);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.merge(r.getString(1), 1, Integer::sum);
                }
            }
        }
        return ids;
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

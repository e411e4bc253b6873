package cn.energydata.catalog;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for classifier-service, answering as docs/service-contracts.md says. The grade follows markers in
 * the request (asset name or file content): [CORE], [IMPORTANT], [UNCERTAIN], [INFRA] (general infrastructure), [FLIP] (GENERAL under rule pack
 * 2026.11.1, IMPORTANT under any other), [SECRET] (CORE, flagged POSSIBLE_STATE_SECRET), [OOS] (IMPORTANT like
 * [IMPORTANT], flagged OUT_OF_SCOPE); anything else is GENERAL with customer personal information.
 */
public class ClassifierStub implements QuarkusTestResourceLifecycleManager {

    static volatile WireMockServer server;
    static volatile int port;
    static volatile String rulePackVersion = "2026.11.1";

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        port = server.port();
        stub();
        return Map.of("quarkus.rest-client.classifier.url", "http://localhost:" + port);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static synchronized void kill() {
        server.stop();
    }

    static synchronized void revive() {
        server = new WireMockServer(options().port(port));
        server.start();
        stub();
    }

    /**
     * From now on the classifier is over capacity for content carrying {@code marker}: 503 problem+json with
     * Retry-After, as classifier-service answers when its bounded queue is full (issue 14 target 3).
     */
    static synchronized StubMapping overCapacityFor(String marker) {
        return server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(0)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:problem:over-capacity\",\"title\":\"Service Unavailable\","
                                + "\"status\":503,\"detail\":\"The classifier is at capacity.\"}")));
    }

    /** From now on the classifier refuses content carrying {@code marker} with {@code status} (415 or 422). */
    static synchronized StubMapping refuse(String marker, int status) {
        return server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(0)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:problem:unreadable\",\"title\":\"Unprocessable\",\"status\":"
                                + status + ",\"detail\":\"The content could not be read.\"}")));
    }

    static synchronized void remove(StubMapping stub) {
        server.removeStub(stub);
    }

    static synchronized int classificationRequestsContaining(String marker) {
        return server.findAll(postRequestedFor(urlEqualTo("/api/classifications"))
                .withRequestBody(containing(marker))).size();
    }

    static synchronized void useRulePack(String version) {
        rulePackVersion = version;
        server.resetAll();
        stub();
    }

    private static void stub() {
        String hash = "sha256:" + Integer.toHexString(rulePackVersion.hashCode());
        server.stubFor(get(urlEqualTo("/api/rules")).willReturn(json(
                "{\"version\":\"" + rulePackVersion + "\",\"hash\":\"" + hash + "\",\"packs\":[]}")));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(10)
                .willReturn(json(result("GENERAL", false, "COMPLETE", "pi.customer-id", false, hash))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(1)
                .withRequestBody(containing("[CORE]"))
                .willReturn(json(result("CORE", false, "COMPLETE", "energy.grid-topology", false, hash))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(2)
                .withRequestBody(containing("[IMPORTANT]"))
                .willReturn(json(result("IMPORTANT", false, "COMPLETE", "pi.resident-id", true, hash))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(3)
                .withRequestBody(containing("[UNCERTAIN]"))
                .willReturn(json(result("GENERAL", true, "PARTIAL", "pi.customer-id", false, hash))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(5)
                .withRequestBody(containing("[INFRA]"))
                .willReturn(json(result("GENERAL", false, "COMPLETE", "energy.substation-ledger", false, hash))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(6)
                .withRequestBody(containing("[SECRET]"))
                .willReturn(json(result("CORE", "\"POSSIBLE_STATE_SECRET\"", false, "COMPLETE",
                        "energy.strategic-reserve", false, hash))));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(7)
                .withRequestBody(containing("[OOS]"))
                .willReturn(json(result("IMPORTANT", "\"OUT_OF_SCOPE\"", false, "COMPLETE", "pi.resident-id", true,
                        hash))));
        String flip = rulePackVersion.equals("2026.11.1") ? "GENERAL" : "IMPORTANT";
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(4)
                .withRequestBody(containing("[FLIP]"))
                .willReturn(json(result(flip, false, "COMPLETE",
                        flip.equals("GENERAL") ? "pi.customer-id" : "energy.dispatch-plan", false, hash))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String result(String level, boolean needsReview, String extraction, String category,
                                 boolean sensitive, String hash) {
        return result(level, needsReview ? "\"NEEDS_REVIEW\"" : "", needsReview, extraction, category, sensitive,
                hash);
    }

    private static String result(String level, String flags, boolean needsReview, String extraction,
                                 String category, boolean sensitive, String hash) {
        return """
                {"level":"%s","needsReview":%s,"flags":[%s],
                 "categories":[{"id":"%s","name":"n","group":"G","sensitive":%s,"minors":false,"level":"%s",
                                "count":3,"distinctSubjects":3}],
                 "subjects":{"persons":3,"minors":1,"children":0},
                 "findings":[{"ruleId":"r1","ruleVersion":"1.0.0","category":"%s",
                              "location":{"path":"x","row":3,"column":"B","start":1,"end":5},
                              "maskedSnippet":"1101**********123X","scoreBefore":0.6,"scoreAfter":0.95,
                              "validator":"cn-resident-id","validatorResult":"VALID"}],
                 "reasons":[{"level":"%s","source":"RULE","ref":"rule.x","explanation":"because"}],
                 "extraction":{"status":"%s","reason":null,"embeddedDocuments":0,"characters":120},
                 "contentType":"text/plain","languages":["en"],"sha256":"abc","sizeBytes":12,
                 "rulePack":{"version":"%s","hash":"%s","packs":[]},
                 "timings":{"extractMs":1,"detectMs":1,"gradeMs":0,"totalMs":2}}
                """.formatted(level, needsReview, flags, category, sensitive, level,
                category, level, extraction, rulePackVersion, hash);
    }
}

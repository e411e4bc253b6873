package cn.energydata.policy.rest;

import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP load driver for {@code POST /api/decisions}: an open-loop constant arrival rate (latency measured from the
 * scheduled send time, so a slow server cannot hide queueing), real token verification, real PostgreSQL decision
 * log, catalog lookups served from the cache after the first one per asset. Not part of the default run; run
 * {@code ./mvnw -B -pl policy-service test -Dtest=DecisionLoadBenchmark -Dload.rate=1000 -Dload.seconds=20}.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CatalogWireMock.class)
@TestProfile(DecisionLoadBenchmark.LongCache.class)
class DecisionLoadBenchmark {

    /** Catalog lookups stay cached for the whole run, as they would for a hot working set. */
    public static class LongCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.cache.caffeine.\"catalog-assets\".expire-after-write", "10M",
                    "quarkus.log.category.\"cn.energydata.policy.service\".level", "ERROR");
        }
    }

    private static final String[] LEVELS = {"GENERAL", "IMPORTANT", "CORE"};
    private static final String[] ACTIONS = {"VIEW", "DOWNLOAD", "MODIFY", "SHARE_INTERNAL", "DELETE"};

    @TestHTTPResource("/api/decisions")
    URI decisions;

    @Test
    void constantRate() throws Exception {
        int rate = Integer.getInteger("load.rate", 1000);
        int seconds = Integer.getInteger("load.seconds", 20);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String asset = UUID.randomUUID().toString();
            CatalogWireMock.confirmed(asset, "east-grid", LEVELS[i % 3]);
            bodies.add("{\"assetId\":\"" + asset + "\",\"action\":\"" + ACTIONS[i % ACTIONS.length] + "\"}");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(4)).build();
        for (String body : bodies) { // fill the catalog cache, one asset at a time
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(decisions).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + Api.DAVE).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("fail-closed")) {
                throw new IllegalStateException("warm-up decision failed: " + response.body());
            }
        }
        run(bodies, Math.max(100, rate / 2), 10, false); // warm-up: JIT, connection pools
        sequential(client, bodies);
        run(bodies, rate, seconds, true);
        String metrics = client.send(HttpRequest.newBuilder(decisions.resolve("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds") && l.contains("/api/decisions")
                && l.contains("POST")).forEach(l -> System.out.println("HTTP server-side " + l));
    }

    /** One request at a time: the latency of a decision without queueing. */
    private void sequential(HttpClient client, List<String> bodies) throws Exception {
        int n = 500;
        long[] latencies = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            client.send(HttpRequest.newBuilder(decisions).header("Authorization", "Bearer " + Api.DAVE)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build(),
                    HttpResponse.BodyHandlers.discarding());
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        System.out.printf("HTTP sequential n=%d p50=%.2fms p99=%.2fms max=%.2fms%n", n, pct(latencies, 0.5),
                pct(latencies, 0.99), latencies[n - 1] / 1e6);
    }

    /**
     * Sends {@code rate} requests per second for {@code seconds} with a non-blocking Vert.x client (own event loop,
     * keep-alive pool of 64 connections), so the driver itself stays cheap.
     */
    private void run(List<String> bodies, int rate, int seconds, boolean report) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        io.vertx.core.http.HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setDefaultHost(decisions.getHost()).setDefaultPort(decisions.getPort())
                        .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(64).setMaxWaitQueueSize(-1));
        String authorization = "Bearer " + Api.DAVE;
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        long timer = vertx.setPeriodic(1, id -> {
            long now = System.nanoTime();
            // Send every request whose scheduled time has come (catches up after a timer hiccup).
            while (true) {
                int i = next.get();
                if (i >= total || start + i * intervalNanos > now) {
                    break;
                }
                next.incrementAndGet();
                long scheduled = start + i * intervalNanos;
                client.request(HttpMethod.POST, decisions.getPath())
                        .compose(request -> request.putHeader("Authorization", authorization)
                                .putHeader("Content-Type", "application/json")
                                .send(bodies.get(i % bodies.size()))
                                .compose(response -> response.body().map(body -> response.statusCode())))
                        .onComplete(result -> {
                            latencies[i] = System.nanoTime() - scheduled;
                            if (result.failed() || result.result() != 200) {
                                if (errors.incrementAndGet() == 1) {
                                    System.out.println("HTTP first error: " + (result.failed() ? result.cause() : "status " + result.result()));
                                }
                            }
                            done.countDown();
                        });
            }
        });
        boolean finished = done.await(seconds + 60L, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        vertx.cancelTimer(timer);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        if (!report) {
            return;
        }
        long[] sorted = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.out.printf("HTTP target=%d/s seconds=%d sent=%d completed=%d achieved=%.0f/s errors=%d "
                        + "p50=%.2fms p90=%.2fms p99=%.2fms p999=%.2fms max=%.2fms finished=%s%n",
                rate, seconds, next.get(), sorted.length, sorted.length / (elapsed / 1e9), errors.get(),
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6, finished);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}

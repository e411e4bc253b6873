package cn.energydata.policy.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop driver of {@code POST /api/decisions}, meant to run in its own JVM: requests are sent at a fixed rate
 * whatever the answers do, and each latency is measured from the request's <em>scheduled</em> time, so a slow
 * server cannot hide queueing (no coordinated omission). A non-blocking Vert.x client on one event loop with a
 * keep-alive pool of 64 connections keeps the driver cheap beside the service on the same machine. Arguments
 * (system properties): {@code url}, {@code token.file} (one bearer token), {@code bodies.file} (one JSON body a
 * line, used in turn), {@code rates} (comma-separated, one step each), {@code seconds} per step, {@code warmup}
 * seconds at half the first rate. Prints one line per step; exits 1 if any answer was not 200.
 */
public final class DecisionRateDriver {

    private DecisionRateDriver() {
    }

    public static void main(String[] args) throws Exception {
        URI url = URI.create(System.getProperty("url"));
        String authorization = "Bearer " + Files.readString(Path.of(System.getProperty("token.file"))).trim();
        List<String> bodies = Files.readAllLines(Path.of(System.getProperty("bodies.file"))).stream()
                .filter(l -> !l.isBlank()).toList();
        int[] rates = Arrays.stream(System.getProperty("rates", "1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.getInteger("seconds", 20);
        int warmup = Integer.getInteger("warmup", 10);

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(url.getHost())
                .setDefaultPort(url.getPort()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(64).setMaxWaitQueueSize(-1));
        Steps steps = new Steps(vertx, client, url.getPath(), authorization, bodies);
        steps.run(Math.max(50, rates[0] / 2), warmup); // JIT and connection pools, not reported
        int failures = 0;
        for (int rate : rates) {
            Result r = steps.run(rate, seconds);
            failures += r.errors();
            System.out.println(r.line());
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.exit(failures == 0 ? 0 : 1);
    }

    record Result(int rate, int seconds, int sent, double achieved, int errors, String firstError, long[] sorted) {

        String line() {
            return String.format("decisions open-loop target=%d/s seconds=%d sent=%d achieved=%.0f/s errors=%d "
                            + "p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms%s",
                    rate, seconds, sent, achieved, errors, pct(0.50), pct(0.90), pct(0.99), pct(0.999),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    firstError == null ? "" : " first-error=" + firstError);
        }

        double pct(double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
        }
    }

    /** One step: {@code rate} requests a second for {@code seconds}, sent from a 1 ms timer. */
    private record Steps(Vertx vertx, HttpClient client, String path, String authorization, List<String> bodies) {

        Result run(int rate, int seconds) throws InterruptedException {
            int total = rate * seconds;
            long[] latencies = new long[total];
            AtomicInteger errors = new AtomicInteger();
            String[] firstError = new String[1];
            CountDownLatch done = new CountDownLatch(total);
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            long timer = vertx.setPeriodic(1, id -> {
                long now = System.nanoTime();
                // Sends every request whose scheduled time has come (catches up after a timer hiccup).
                for (int i = next.get(); i < total && start + i * interval <= now; i = next.incrementAndGet()) {
                    send(i, start + i * interval, latencies, errors, firstError, done);
                }
            });
            boolean finished = done.await(seconds + 120L, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            vertx.cancelTimer(timer);
            long[] sorted = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
            return new Result(rate, seconds, total, sorted.length / elapsed,
                    errors.get() + (finished ? 0 : total - sorted.length), firstError[0], sorted);
        }

        private void send(int i, long scheduled, long[] latencies, AtomicInteger errors, String[] firstError,
                          CountDownLatch done) {
            client.request(HttpMethod.POST, path)
                    .compose(request -> request.putHeader("Authorization", authorization)
                            .putHeader("Content-Type", "application/json")
                            .send(bodies.get(i % bodies.size()))
                            .compose(response -> response.body().map(body -> response.statusCode() == 200 ? null
                                    : response.statusCode() + " " + body)))
                    .onComplete(result -> {
                        latencies[i] = System.nanoTime() - scheduled;
                        String error = result.failed() ? result.cause().toString() : result.result();
                        if (error != null && errors.incrementAndGet() == 1) {
                            firstError[0] = error;
                        }
                        done.countDown();
                    });
        }
    }
}

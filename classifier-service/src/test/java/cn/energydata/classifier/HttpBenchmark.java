package cn.energydata.classifier;

import cn.energydata.classifier.corpus.Corpus;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end benchmark over HTTP: every labelled corpus document is posted as multipart {@code file} to
 * {@code POST /api/classifications} of the @QuarkusTest-hosted service, with 1, 2 and 4 concurrent clients.
 * Prints documents/s, MB/s, p50/p95 latency and peak memory. The driver runs in the service's JVM, so both share
 * the cores and the memory figures include the driver (small: it holds the corpus, ~3 MB).
 * Not part of the default test run (tag {@code benchmark}); command in README.md and docs/benchmarks/classifier.md.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@Tag("benchmark")
class HttpBenchmark {

    private static final int PASSES = Integer.getInteger("bench.passes", 3);
    private static final String TOKEN = TestTokens.service("catalog-service", "internal-service");
    private static final String BOUNDARY = "----bench-boundary-7f3a9c";

    @TestHTTPResource("/api/classifications")
    URL url;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Upload(String name, byte[] body, long size) {
    }

    @Test
    void corpusOverHttp() throws Exception {
        Path dir = Files.createTempDirectory("classifier-bench");
        List<Corpus.Doc> docs = Corpus.write(dir);
        List<Upload> uploads = new ArrayList<>();
        long corpusBytes = 0;
        for (Corpus.Doc d : docs) {
            byte[] content = Files.readAllBytes(d.file());
            uploads.add(new Upload(d.name(), multipart(d.name(), content), content.length));
            corpusBytes += content.length;
        }
        System.out.printf("BENCH corpus: %d documents, %.2f MB, %d passes per level, JVM max heap %d MB%n",
                uploads.size(), corpusBytes / 1e6, PASSES, Runtime.getRuntime().maxMemory() >> 20);

        MemorySampler sampler = new MemorySampler();
        Thread sampling = new Thread(sampler, "bench-memory");
        sampling.setDaemon(true);
        sampling.start();
        try {
            // Warm-up: one pass with 2 clients (JIT, Tika parser initialisation).
            run(uploads, 2, 1, false);
            System.out.printf("BENCH after warm-up: RSS %d MB (peak so far VmHWM %d MB), heap used peak %d MB%n",
                    proc("VmRSS") >> 10, proc("VmHWM") >> 10, sampler.heapPeak.get() >> 20);
            for (int clients : new int[] {1, 2, 4}) {
                sampler.reset();
                run(uploads, clients, PASSES, true);
                System.out.printf("BENCH   memory during run: RSS peak %d MB, heap used peak %d MB (VmHWM %d MB)%n",
                        sampler.rssPeak.get() >> 10, sampler.heapPeak.get() >> 20, proc("VmHWM") >> 10);
            }
        } finally {
            sampler.stop = true;
        }
    }

    private void run(List<Upload> uploads, int clients, int passes, boolean print) throws Exception {
        int total = uploads.size() * passes;
        double[] ms = new double[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    Upload u = uploads.get(i % uploads.size());
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url.toString()))
                                    .timeout(Duration.ofSeconds(120))
                                    .header("Authorization", "Bearer " + TOKEN)
                                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(u.body())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                        System.out.printf("BENCH %s -> %d %s%n", u.name(), r.statusCode(), r.body());
                    }
                    bytes.addAndGet(u.size());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (print) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            System.out.printf("BENCH clients %d: %d requests in %.1f s, %.1f docs/s, %.2f MB/s, "
                            + "latency p50 %.0f ms, p95 %.0f ms, max %.0f ms, non-200 %d, load %s%n",
                    clients, total, seconds, total / seconds, bytes.get() / 1e6 / seconds,
                    pct(sorted, 50), pct(sorted, 95), sorted[sorted.length - 1], failures.get(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
        assertThat(failures.get()).isZero();
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static byte[] multipart(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A line of /proc/self/status in kB (VmRSS, VmHWM), or -1. */
    static long proc(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }

    /** Samples RSS and used heap every 20 ms. */
    static final class MemorySampler implements Runnable {
        final AtomicLong rssPeak = new AtomicLong();
        final AtomicLong heapPeak = new AtomicLong();
        volatile boolean stop;

        void reset() {
            rssPeak.set(0);
            heapPeak.set(0);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!stop) {
                rssPeak.accumulateAndGet(proc("VmRSS"), Math::max);
                heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}

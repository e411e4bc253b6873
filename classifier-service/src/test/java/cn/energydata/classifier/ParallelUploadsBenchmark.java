package cn.energydata.classifier;

import cn.energydata.classifier.engine.Fixtures;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 target 3: 8 parallel uploads of {@value #MB} MB (just under the 100 MB body limit) of PI-dense text and
 * CSV — every line a person with a valid resident ID — to the running test application. Prints the status codes,
 * the heap peak (sampled every 20 ms) and the process RSS peak (VmHWM); run it with the heap the service has in
 * production, {@code -Xmx1g} (the {@code bench} profile sets it):
 * <pre>./mvnw -pl classifier-service -Pbench test -Dtest=ParallelUploadsBenchmark</pre>
 * The driver shares the JVM but streams the uploads from files, so it adds little memory. Expected: 200 or 503
 * with Retry-After, never 500, never an OutOfMemoryError.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@Tag("benchmark")
class ParallelUploadsBenchmark {

    private static final int MB = Integer.getInteger("bench.upload-mb", 90);
    /**
     * JSON texts default to 25 MB (under 20 000 000 characters): a longer string exceeds Jackson's default
     * {@code maxStringLength} and is answered 400 malformed-json, as it always was; {@code -Dbench.json-mb=90} shows that.
     */
    private static final int JSON_MB = Integer.getInteger("bench.json-mb", 25);
    private static final int UPLOADS = Integer.getInteger("bench.uploads", 8);
    private static final String TOKEN = TestTokens.service("catalog-service", "internal-service");
    private static final String BOUNDARY = "----bench-boundary-90mb";

    @TestHTTPResource("/api/classifications")
    URL url;

    @Test
    void eightParallelUploadsStayWithinMemory() throws Exception {
        Path dir = Files.createTempDirectory("classifier-uploads");
        Path text = write(dir.resolve("customers.txt"), false, MB);
        Path csv = write(dir.resolve("customers.csv"), true, MB);
        run("uploads", MB, "multipart/form-data; boundary=" + BOUNDARY, multipart(text), multipart(csv), Set.of(200, 503));
    }

    @Test
    void eightParallelJsonTextsStayWithinMemory() throws Exception {
        Path dir = Files.createTempDirectory("classifier-json");
        Path text = asJsonText(write(dir.resolve("customers.txt"), false, JSON_MB));
        Path csv = asJsonText(write(dir.resolve("customers.csv"), true, JSON_MB));
        run("JSON texts", JSON_MB, "application/json", HttpRequest.BodyPublishers.ofFile(text),
                HttpRequest.BodyPublishers.ofFile(csv), Set.of(200, 400, 503));
    }

    private void run(String what, int mb, String contentType, HttpRequest.BodyPublisher text,
                     HttpRequest.BodyPublisher csv, Set<Integer> expected) throws Exception {
        HttpBenchmark.MemorySampler sampler = new HttpBenchmark.MemorySampler();
        Thread sampling = new Thread(sampler, "bench-memory");
        sampling.setDaemon(true);
        sampling.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        long t0 = System.nanoTime();
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                HttpRequest.BodyPublisher body = i % 2 == 0 ? text : csv;
                answers.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create(url.toString()))
                        .timeout(Duration.ofMinutes(10))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", contentType)
                        .POST(body).build(), HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                String body = r.body();
                System.out.printf("BENCH %s -> %d%s %s%n", what, r.statusCode(),
                        r.headers().firstValue("Retry-After").map(s -> " Retry-After " + s).orElse(""),
                        body.substring(0, Math.min(body.length(), 160)).replace('\n', ' '));
            }
        } finally {
            sampler.stop = true;
            pool.shutdown();
        }
        System.out.printf("BENCH %d parallel %s of %d MB (text and CSV): statuses %s in %.1f s; heap used peak %d MB"
                        + " of max %d MB; RSS peak during run %d MB, VmHWM %d MB; load %s%n", UPLOADS, what, mb, statuses,
                (System.nanoTime() - t0) / 1e9, sampler.heapPeak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                sampler.rssPeak.get() >> 10, HttpBenchmark.proc("VmHWM") >> 10,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf("BENCH GC: %s%n", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName() + " " + g.getCollectionCount() + "x " + g.getCollectionTime() + " ms").toList());
        assertThat(statuses.keySet()).isSubsetOf(expected);
    }

    /** {@code mb} MB of people: prose lines or CSV rows, each with a valid resident ID and a mobile number. */
    private static Path write(Path file, boolean csv, int mb) throws IOException {
        long limit = mb * 1_000_000L;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (csv) {
                out.write("客户姓名,身份证号,手机,地址\n");
            }
            for (int i = 0; written < limit; i++) {
                String line = csv
                        ? "张晓明" + i + "," + Fixtures.residentId(i) + "," + Fixtures.mobile(i) + ",江苏省南京市玄武区中山路" + i % 500 + "号\n"
                        : "客户姓名：张晓明，身份证号：" + Fixtures.residentId(i) + "，手机 " + Fixtures.mobile(i)
                        + "，customer record " + i + " of the service area.\n";
                out.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return file;
    }

    /** {@code file} as the JSON request {@code {"text": "<its content>"}}, written next to it. */
    private static Path asJsonText(Path file) throws IOException {
        Path json = file.resolveSibling(file.getFileName() + ".json");
        try (BufferedWriter out = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
             var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            out.write("{\"text\":\"");
            for (var it = lines.iterator(); it.hasNext(); ) {
                out.write(it.next().replace("\\", "\\\\").replace("\"", "\\\""));
                out.write("\\n");
            }
            out.write("\"}");
        }
        return json;
    }

    private static HttpRequest.BodyPublisher multipart(Path file) throws IOException {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + BOUNDARY + "--\r\n"));
    }
}

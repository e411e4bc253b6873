package cn.energydata.catalog;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's HTTP driver in a JVM of its own (issue 14 target 5: the driver outside the service's JVM), started
 * by {@link CatalogBenchmark} with {@link #fork}. Only JDK classes: one client, one request at a time (closed loop),
 * each path of a measurement taken in turn. Prints {@code p50 … p95 …} for the measurement; any answer other than
 * 200 fails it.
 *
 * <p>Arguments: base URL, bearer token, requests, warm-up requests, then the paths (with their query).
 */
public final class LatencyDriver {

    private LatencyDriver() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String token = args[1];
        int requests = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        String[] paths = Arrays.copyOfRange(args, 4, args.length);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < warmup; i++) {
            call(http, base, token, paths[i % paths.length]);
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            call(http, base, token, paths[i % paths.length]);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms (%d requests, driver in its own JVM)%n",
                pct(ms, 50), pct(ms, 95), pct(ms, 99), requests);
    }

    private static void call(HttpClient http, String base, String token, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** Runs the driver in a new JVM (this module's test classes only) and returns what it printed. */
    static String fork(String base, String token, int requests, int warmup, List<String> paths)
            throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classes = Path.of(LatencyDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(classes.resolve("cn/energydata/catalog/LatencyDriver.class"))) {
            classes = Path.of("target", "test-classes").toAbsolutePath();
        }
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx64m",
                "-XX:+UseSerialGC", "-cp", classes.toString(), LatencyDriver.class.getName(), base, token,
                Integer.toString(requests), Integer.toString(warmup)));
        command.addAll(paths);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The driver failed: " + output);
        }
        return output;
    }
}

package cn.energydata.load;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The load test of the whole stack: starts a private stack on free ports (or drives a running one), fetches real
 * tokens from Keycloak, runs the {@link Workload} for a warm-up and a measured window, samples the memory of every
 * process, prints a markdown report and writes it to {@code load.report}. Exits with 1 when any call failed.
 * Command and settings: docs/benchmarks.md ("Load test of the whole stack").
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        LoadConfig config = LoadConfig.fromSystemProperties();
        Report report = new Report();
        report.condition("date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                Instant.now().atOffset(ZoneOffset.UTC).withNano(0)) + " UTC");
        report.condition("machine", Runtime.getRuntime().availableProcessors() + " CPUs, "
                + memTotal() + ", Java " + System.getProperty("java.version"));
        String loadBefore = loadAverage();

        List<MixedCorpus.Doc> corpus = MixedCorpus.build(config.root());
        long corpusBytes = corpus.stream().mapToLong(d -> d.bytes().length).sum();
        report.condition("corpus", String.format(Locale.ROOT, "%d documents, %.2f MB in all (%s), uploaded in turn",
                corpus.size(), corpusBytes / 1e6, formats(corpus)));
        report.condition("threads", config.registrants() + " registrants (register + upload), " + config.deciders()
                + " deciders, " + config.readers() + " readers (queue, search, detail, confirm); think time "
                + config.thinkMillis() + " ms");
        report.condition("measured", config.seconds() + " s after a warm-up of " + config.warmupSeconds()
                + " s (latencies and throughput of calls started in the measured window; errors of the whole run)");

        Stack stack = null;
        String issuer;
        String catalog;
        String policy;
        if (config.external()) {
            issuer = config.keycloakUrl().orElseThrow() + "/realms/energy";
            catalog = config.catalogUrl().orElseThrow();
            policy = config.policyUrl().orElseThrow();
            report.condition("stack", "running stack at " + catalog + ", " + policy + ", " + issuer
                    + " (memory not sampled)");
        } else {
            Path home = config.home().resolve("run-" + System.currentTimeMillis());
            stack = new Stack(StackConfig.onFreePorts(config.root(), home));
            Stack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stack-shutdown"));
            System.out.println("Starting the stack (logs in " + home.resolve("logs") + ") …");
            Instant begin = Instant.now();
            stack.start();
            long startSeconds = Duration.between(begin, Instant.now()).toSeconds();
            System.out.println("Stack ready in " + startSeconds + " s: " + stack.memoryMiB());
            StackConfig c = stack.config();
            issuer = c.issuer();
            catalog = c.catalogUrl();
            policy = c.policyUrl();
            report.condition("stack", "private stack started by the driver in " + startSeconds + " s (embedded "
                    + "PostgreSQL, Keycloak start-dev, the three packaged services with their default heaps); logs in "
                    + home.resolve("logs"));
        }

        int exit;
        try (Http http = new Http()) {
            Window window = new Window();
            Workload workload = new Workload(http, window, issuer, catalog, policy, corpus, config.thinkMillis());
            workload.login();

            Stack sampled = stack;
            MemorySampler memory = sampled == null ? new MemorySampler(null, null)
                    : new MemorySampler(sampled::memoryMiB, sampled.config().home().resolve("postgres"));
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "memory-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(memory, 0, config.sampleEverySeconds(), TimeUnit.SECONDS);

            int threads = config.registrants() + config.deciders() + config.readers();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int i = 0; i < config.registrants(); i++) {
                pool.execute(workload.registrant(i));
            }
            for (int i = 0; i < config.deciders(); i++) {
                pool.execute(workload.decider(i));
            }
            for (int i = 0; i < config.readers(); i++) {
                pool.execute(workload.reader(i));
            }
            pool.shutdown();

            System.out.printf("Warm-up %d s, then measuring %d s (%d threads) …%n", config.warmupSeconds(),
                    config.seconds(), threads);
            Thread.sleep(config.warmupSeconds() * 1000L);
            window.open(System.nanoTime());
            long end = System.currentTimeMillis() + config.seconds() * 1000L;
            while (System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(10_000, Math.max(1, end - System.currentTimeMillis())));
                progress(workload, window);
            }
            window.close(System.nanoTime());
            workload.stop();
            String loadAfter = loadAverage();
            if (!pool.awaitTermination(Http.REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)) {
                System.err.println("Some calls did not end; stopping the threads");
                pool.shutdownNow();
            }
            sampler.shutdown();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
            memory.run();

            report.condition("load average (1, 5, 15 min) before / at the end", loadBefore + " / " + loadAfter);
            workload.stats().values().forEach(s -> report.endpoint(s.summary()));
            report.tally("grades of the uploads (whole run)", workload.levels());
            report.tally("decision effects (whole run)", workload.effects());
            memory.results().forEach(report::memory);
            report.condition("memory samples", memory.samples() + ", every " + config.sampleEverySeconds() + " s");
            if (stack != null) {
                report.condition("service log lines at ERROR level (whole run, start included)",
                        errorLines(stack.config().logs()).toString());
            }
            if (workload.driverFailures() > 0) {
                report.condition("LOAD DRIVER FAILURES", workload.driverFailures() + " (see the output above)");
            }

            String markdown = report.markdown();
            System.out.println();
            System.out.println(markdown);
            Files.createDirectories(config.report().toAbsolutePath().getParent());
            Files.writeString(config.report(), markdown);
            System.out.println("Report written to " + config.report());
            exit = report.totalErrors() == 0 && workload.driverFailures() == 0 ? 0 : 1;
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
        System.exit(exit);
    }

    private static void progress(Workload workload, Window window) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%3.0f s]", window.measuredSeconds()));
        workload.stats().forEach((name, s) -> {
            EndpointStats.Summary sum = s.summary();
            if (!sum.breakdown() && (sum.count() > 0 || sum.errors() > 0)) {
                line.append(String.format(Locale.ROOT, "  %s %d ok/%d err", name.substring(0, name.indexOf(" (")),
                        sum.count(), sum.errors()));
            }
        });
        System.out.println(line);
    }

    private static String formats(List<MixedCorpus.Doc> corpus) {
        Map<String, Integer> counts = new TreeMap<>();
        corpus.forEach(d -> counts.merge(d.format(), 1, Integer::sum));
        long small = corpus.stream().filter(d -> d.bytes().length < 20_000).count();
        long large = corpus.stream().filter(d -> d.bytes().length >= 500_000).count();
        return counts.keySet() + "; " + small + " below 20 KB, " + (corpus.size() - small - large)
                + " of 20–500 KB, " + large + " above 500 KB";
    }

    /** Lines with " ERROR " per log file of the stack (Quarkus and Keycloak both write the level that way). */
    private static Map<String, Long> errorLines(Path logs) {
        Map<String, Long> counts = new TreeMap<>();
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.UTF_8)) {
                    counts.put(log.getFileName().toString(), lines.filter(l -> l.contains(" ERROR ")).count());
                } catch (java.io.UncheckedIOException e) {
                    counts.put(log.getFileName().toString(), -1L); // not UTF-8 throughout
                }
            }
        } catch (IOException e) {
            counts.put("(logs unreadable: " + e.getMessage() + ")", -1L);
        }
        return counts;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D+", ""));
                    return String.format(Locale.ROOT, "%.1f GiB RAM", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "RAM unknown";
        }
        return "RAM unknown";
    }
}

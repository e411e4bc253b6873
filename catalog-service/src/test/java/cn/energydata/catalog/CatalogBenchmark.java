package cn.energydata.catalog;

import cn.energydata.catalog.domain.AuditChain;
import cn.energydata.catalog.domain.AuditRecord;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static cn.energydata.catalog.Api.admin;
import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.auditor;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;
import static org.awaitility.Awaitility.await;

/**
 * The catalog at the scale of a national grid company (issue 20 item 5, issue 14 target 5): 1 million assets across
 * 40 organisations (40 % of them east-grid-like {@code bench-0}), 100 000 reviewed important entries with every
 * filing field in {@code bench-0}, 10 million audit records (a valid chain per organisation, 40 % of them
 * {@code bench-0}'s). Seeded with SQL ({@code generate_series}) and COPY, not through the API. Measures search, the
 * review queue, statistics, aggregation risk, exports (JSON, CSV, XLSX and as a job), audit verification (full, as a
 * job, then incremental), bulk registration, a bulk confirmation of 1 000 proposed important assets and registration,
 * with the JVM's heap and RSS during each.
 * Search and the review queue are driven from a JVM of their own ({@link LatencyDriver}, issue 14 target 5); the
 * other phases from the test's JVM, which is the service's (a {@code @QuarkusTest}).
 * Only with {@code -Pbench}; see README.md ("Tests and benchmark") for the command. Prints {@code BENCH} lines.
 */
@QuarkusTest
@Tag("benchmark")
class CatalogBenchmark {

    private static final int ASSETS = Integer.getInteger("bench.assets", 1_000_000);
    private static final int FILED = Integer.getInteger("bench.filed", 100_000);
    private static final long AUDIT = Long.getLong("bench.audit", 10_000_000L);
    private static final int IMPORT_ROWS = Integer.getInteger("bench.import", 20_000);
    private static final int ORGANISATIONS = 40;
    private static final String ORG = "bench-0";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void catalogAtScale() throws Exception {
        measure("load assets", () -> {
            loadAssets();
            return ASSETS + " assets, " + FILED + " filed in " + ORG;
        });
        measure("load audit", () -> AUDIT + " audit records, " + loadAudit() + " in " + ORG);

        String user = reviewer("rita", ORG);
        List<Map<String, String>> searches = List.of(
                Map.of(),
                Map.of("level", "IMPORTANT"),
                Map.of("level", "CORE", "region", "Jiangsu"),
                Map.of("status", "PROPOSED", "activity", "PRODUCTION"),
                Map.of("category", "pi.resident-id"),
                Map.of("system", "EMS-7", "level", "GENERAL"),
                Map.of("department", "Dept 7"),
                Map.of("province", "Anhui", "level", "IMPORTANT"),
                Map.of("q", "substation 4711"),
                Map.of("level", "IMPORTANT", "sort", "name", "order", "asc", "page", "5"));
        // Search and queue (issue 14 target 5) with the driver in a JVM of its own (LatencyDriver).
        List<String> searchPaths = searches.stream().map(f -> "/api/assets" + query(f)).toList();
        forked("search warm-up", user, 200, 0, searchPaths);
        for (String path : searchPaths) {
            forked("search " + path, user, 60, 10, List.of(path));
        }
        forked("search mixed", user, 300, 0, searchPaths);
        String deep = as(user).queryParam("size", 200).queryParam("page", 40).get("/api/assets").then()
                .statusCode(200).extract().path("next");
        forked("search keyset page after 8 000 rows", user, 100, 10,
                List.of("/api/assets" + query(Map.of("size", "20", "after", deep))));
        forked("review queue", user, 200, 20, List.of(0, 1, 2, 3, 4).stream()
                .map(page -> "/api/review-queue?page=" + page).toList());
        latency("statistics", 20, 3, i -> as(user).get("/api/assets/statistics").then().statusCode(200));
        latency("aggregation risk", 20, 3, i -> as(user).get("/api/organisation/aggregation-risk").then()
                .statusCode(200));
        String href = as(user).get("/api/organisation/aggregation-risk").then().extract().path("risks[0].assetsHref");
        if (href != null) {
            latency("aggregation risk assets page", 50, 5, i -> as(user).queryParam("size", 200).get(href).then()
                    .statusCode(200));
        }

        String adam = admin("adam", ORG);
        Api.profile(adam);
        for (String format : List.of("json", "csv", "xlsx")) {
            measure("export " + format, () -> download(adam, "POST", "/api/exports?format=" + format));
        }
        measure("export job csv", () -> {
            String job = as(adam).post("/api/exports/jobs?format=csv").then().statusCode(202).extract().path("id");
            JsonPath done = awaitJob(adam, job);
            return done.getString("status") + ", " + done.getLong("processed") + " entries, "
                    + download(adam, "GET", done.getString("result.download"));
        });

        String audrey = auditor("audrey", ORG);
        measure("audit full verification (job)", () -> {
            String job = as(audrey).post("/api/audit/verifications").then().statusCode(202).extract().path("id");
            JsonPath done = awaitJob(audrey, job);
            return "valid=" + done.getBoolean("result.valid") + ", " + done.getLong("result.records") + " records";
        });
        measure("audit incremental verification", () -> as(audrey).get("/api/audit/verify").then().statusCode(200)
                .extract().path("records") + " records, valid=" + as(audrey).get("/api/audit/verify").then()
                .extract().path("valid"));

        String alice = registrant("alice", ORG);
        Path csv = importFile(IMPORT_ROWS);
        measure("bulk import csv", () -> {
            String job = io.restassured.RestAssured.given().auth().oauth2(alice).contentType("text/csv")
                    .body(Files.readAllBytes(csv)).post("/api/assets/imports").then().statusCode(202)
                    .extract().path("id");
            JsonPath done = awaitJob(alice, job);
            return done.getLong("result.registered") + " registered, " + done.getLong("result.graded") + " graded, "
                    + done.getLong("result.failed") + " failed";
        });
        Files.deleteIfExists(csv);
        measure("bulk confirmation of 1 000", () -> {
            List<String> ids = new ArrayList<>();
            String after = null;
            do {
                var request = as(user).queryParam("status", "PROPOSED").queryParam("level", "IMPORTANT")
                        .queryParam("size", 200);
                if (after != null) {
                    request.queryParam("after", after);
                }
                JsonPath page = request.get("/api/assets").then().statusCode(200).extract().jsonPath();
                ids.addAll(page.getList("items.id"));
                after = page.getString("next");
            } while (after != null && ids.size() < 1000);
            JsonPath result = as(user).body(Map.of("assetIds", ids, "justification", "inventory checked"))
                    .post("/api/reviews/confirmations").then().statusCode(200).extract().jsonPath();
            return result.getList("confirmed").size() + " confirmed, " + result.getList("refused").size() + " refused";
        });

        registrations(alice, 50, 1);
        for (int threads : new int[] {1, 4}) {
            int n = 500 * threads;
            long start = System.nanoTime();
            registrations(alice, n, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH registration %d threads: %d in %.1f s = %.0f assets/s%n", threads, n, seconds,
                    n / seconds);
        }
    }

    private void loadAssets() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create or replace function h(i int, salt text) returns int immutable language sql"
                    + " as $$ select hashtext(salt || i::text) & 2147483647 $$");
            // bench-0's reviewed important entries, with every filing field: the regulator export's 100 000 rows.
            s.execute("""
                    insert into assets (id, organisation, name, description, asset_type, owner_department, owner_contact,
                        energy_activity, system_name, storage_location, storage_regions, data_format, volume_bytes,
                        volume_records, distinct_persons, provinces, purpose, security_measures, status, level,
                        categories, needs_review, awaiting_review, queue_rank, registered_by, registered_at,
                        updated_by, updated_at, version)
                    select gen_random_uuid(), 'bench-0', 'Customer ledger ' || i, 'filed asset ' || i, 'DATASET',
                        'Dept ' || h(i, 'd') % 20, 'ops@example.com', 'CONSUMPTION', 'CIS-' || h(i, 's') % 50,
                        'dc1/' || i, array['Jiangsu'], 'PostgreSQL table', i * 10, 1000 + h(i, 'v') % 100000,
                        h(i, 'p') % 5000, array['Jiangsu'], 'billing', 'SM4 at rest, named-user access', 'CONFIRMED',
                        'IMPORTANT', array['pi.resident-id'], false, false, 1, 'alice',
                        now() - interval '400 days' + (i || ' seconds')::interval, 'alice', now(), 0
                    from generate_series(1, :filed) i
                    """.replace(":filed", Integer.toString(FILED)));
            // The rest: 40 % bench-0, the others spread over 39 organisations. Each column draws from its own hash of
            // i, so filters are independent. bench-0's other important/core assets await review (not filed).
            s.execute("""
                    insert into assets (id, organisation, name, description, asset_type, owner_department, owner_contact,
                        energy_activity, system_name, storage_location, storage_regions, data_format, volume_bytes,
                        volume_records, distinct_persons, pi_persons, provinces, purpose, status, level, categories,
                        needs_review, awaiting_review, queue_rank, registered_by, registered_at, updated_by,
                        updated_at, version)
                    select gen_random_uuid(), org,
                        (array['Substation','Meter readings','Dispatch plan','Well logs','Customer ledger'])[1 + h(i, 'n') % 5]
                            || ' ' || i,
                        'generated asset ' || md5(i::text), 'DATASET', 'Dept ' || h(i, 'd') % 20, 'ops@example.com',
                        (array['PLANNING','DESIGN','CONSTRUCTION','PRODUCTION','STORAGE_TRANSPORT','CONSUMPTION',
                               'RESEARCH_DEVELOPMENT'])[1 + h(i, 'a') % 7],
                        'EMS-' || h(i, 's') % 50, 'dc1/' || i, array[region], 'table', i * 10, h(i, 'v') % 100000,
                        h(i, 'p') % 5000, h(i, 'q') % 3000, array[region], 'operations',
                        case when org = 'bench-0' and coalesce(lvl, '') in ('IMPORTANT', 'CORE')
                                  and st in ('CONFIRMED', 'OVERRIDDEN')
                             then 'PROPOSED' else st end,
                        lvl, array[(array['pi.resident-id','pi.mobile','energy.grid-topology','energy.scada-points',
                               'pi.customer-id','energy.dispatch-plan'])[1 + h(i, 'c') % 6]],
                        h(i, 'u') % 13 = 0,
                        st = 'PROPOSED' or (org = 'bench-0' and coalesce(lvl, '') in ('IMPORTANT', 'CORE')
                            and st in ('CONFIRMED', 'OVERRIDDEN')),
                        case lvl when 'CORE' then 0 when 'IMPORTANT' then 1
                             else case when h(i, 'u') % 13 = 0 then 2 else 3 end end,
                        'alice', now() - (i || ' seconds')::interval, 'alice', now(), 0
                    from (select i,
                            case when i <= :share then 'bench-0' else 'bench-' || (1 + i % 39) end as org,
                            (array['Jiangsu','Anhui','Hubei','Zhejiang','Shanghai','Henan','Hunan','Guangdong'])[1 + h(i, 'r') % 8]
                                as region,
                            (array['REGISTERED','PROPOSED','CONFIRMED','OVERRIDDEN','CONFIRMED','CONFIRMED','PROPOSED',
                                   'CONFIRMED','RETIRED','CONFIRMED'])[1 + h(i, 't') % 10] as st,
                            case h(i, 'l') % 20 when 0 then null when 1 then 'CORE' when 2 then 'IMPORTANT'
                                 when 3 then 'IMPORTANT' else 'GENERAL' end as lvl
                          from generate_series(1, :rest) i) g
                    """.replace(":share", Integer.toString((int) (ASSETS * 0.4) - FILED))
                    .replace(":rest", Integer.toString(ASSETS - FILED)));
            s.execute("vacuum analyze assets");
        }
    }

    /** A valid hash chain per organisation (COPY in batches), and the chain heads. @return bench-0's records */
    private long loadAudit() throws Exception {
        long own = (long) (AUDIT * 0.4);
        long others = (AUDIT - own) / (ORGANISATIONS - 1);
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            for (int o = 0; o < ORGANISATIONS; o++) {
                String org = "bench-" + o;
                long records = o == 0 ? own : others;
                String prev = AuditChain.GENESIS;
                StringBuilder batch = new StringBuilder();
                AuditRecord r = new AuditRecord();
                r.organisation = org;
                r.actor = "alice";
                r.action = "UPDATED";
                for (long seq = 1; seq <= records; seq++) {
                    r.seq = seq;
                    r.at = start.plusSeconds(seq);
                    r.detail = "{\"fields\":[\"purpose\"],\"n\":" + seq + "}";
                    r.prevHash = prev;
                    r.hash = AuditChain.hash(r);
                    batch.append(org).append('\t').append(seq).append('\t').append(r.at).append("\talice\tUPDATED\t\\N\t")
                            .append(r.detail).append('\t').append(prev).append('\t').append(r.hash).append('\n');
                    prev = r.hash;
                    if (seq % 200_000 == 0 || seq == records) {
                        copy.copyIn("copy audit_records (organisation, seq, at, actor, action, asset_id, detail,"
                                + " prev_hash, hash) from stdin", new StringReader(batch.toString()));
                        batch.setLength(0);
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("insert into audit_heads (organisation, seq, hash) values ('" + org + "', "
                            + records + ", '" + prev + "') on conflict (organisation) do update set seq = excluded.seq,"
                            + " hash = excluded.hash");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze audit_records");
            }
        }
        return own;
    }

    private static Path importFile(int rows) throws Exception {
        Path file = Files.createTempFile("bench-import", ".csv");
        StringBuilder csv = new StringBuilder("数据名称,数据描述,资产类型,能源活动,责任部门,联系方式,所在系统,存储位置,"
                + "存储地域,数据载体,数据量（条）,覆盖范围,处理目的,是否对外共享,是否出境,安全保护措施\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Imported asset ").append(i).append(i % 10 == 0 ? " [IMPORTANT]" : "")
                    .append(",inventory row,TABLE,PRODUCTION,Ops,ops@example.com,EMS,dc1/").append(i)
                    .append(",Jiangsu,table,").append(i * 3).append(",Jiangsu,operations,否,否,SM4\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Downloads without keeping the body: its size and the export's id. */
    private String download(String token, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(10)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream body = response.body()) {
            bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return String.format("HTTP %d, %.1f MB", response.statusCode(), bytes / 1e6);
    }

    private static JsonPath awaitJob(String token, String job) {
        return await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(token).get("/api/jobs/" + job).then().statusCode(200).extract().jsonPath(),
                        j -> !List.of("QUEUED", "RUNNING").contains(j.getString("status")));
    }

    /** Runs a phase and prints its time with the highest heap use and RSS seen while it ran. */
    private static void measure(String phase, Callable<String> work) throws Exception {
        MemorySampler sampler = new MemorySampler();
        Thread thread = new Thread(sampler);
        thread.setDaemon(true);
        thread.start();
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = work.call();
        } finally {
            sampler.running = false;
            thread.join();
        }
        System.out.printf("BENCH %-32s %8.1f s  heap max %4d MB  RSS max %5d MB  %s%n", phase,
                (System.nanoTime() - start) / 1e9, sampler.maxHeap >> 20, sampler.maxRss >> 20, outcome);
    }

    private static void latency(String name, int n, int warmup, Function<Integer, Object> request) throws Exception {
        measure(name, () -> {
            double[] ms = time(n, warmup, request);
            return String.format("p50 %6.1f ms  p95 %6.1f ms (%d requests)", pct(ms, 50), pct(ms, 95), n);
        });
    }

    /** A latency measurement by {@link LatencyDriver} in its own JVM, with this JVM's heap and RSS meanwhile. */
    private void forked(String name, String token, int n, int warmup, List<String> paths) throws Exception {
        measure(name, () -> LatencyDriver.fork(base.toString(), token, n, warmup, paths));
    }

    private static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .sorted().collect(java.util.stream.Collectors.joining("&"));
    }

    private static final class MemorySampler implements Runnable {
        volatile boolean running = true;
        long maxHeap;
        long maxRss;

        @Override
        public void run() {
            while (running) {
                long heap = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        heap += pool.getUsage().getUsed();
                    }
                }
                maxHeap = Math.max(maxHeap, heap);
                maxRss = Math.max(maxRss, rss());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (Exception e) {
                return 0;
            }
            return 0;
        }
    }

    private static void registrations(String token, int n, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int perThread = n / threads;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        as(token).body(asset("Bench registration " + i)).post("/api/assets").then().statusCode(201);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double[] time(int n, int warmup, Function<Integer, Object> request) {
        for (int i = 0; i < warmup; i++) {
            request.apply(i);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            request.apply(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}

package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.reviewer;

/**
 * One million assets: search and review-queue latency through HTTP, and registration throughput.
 * Not part of the default test run; see README.md ("Benchmark") for the command. Prints its figures.
 */
@QuarkusTest
@Tag("benchmark")
class CatalogBenchmark {

    private static final int ASSETS = Integer.getInteger("bench.assets", 1_000_000);
    private static final String ORG = "bench-0";

    @Inject
    DataSource dataSource;

    @Test
    void oneMillionAssets() throws Exception {
        long loadStart = System.nanoTime();
        load();
        System.out.printf("BENCH load: %d assets in %.1f s%n", ASSETS, (System.nanoTime() - loadStart) / 1e9);

        String user = reviewer("rita", ORG);
        List<Map<String, String>> searches = List.of(
                Map.of(),
                Map.of("level", "IMPORTANT"),
                Map.of("level", "CORE", "region", "Jiangsu"),
                Map.of("status", "PROPOSED", "activity", "PRODUCTION"),
                Map.of("category", "pi.resident-id"),
                Map.of("system", "EMS-7", "level", "GENERAL"),
                Map.of("q", "substation 4711"),
                Map.of("level", "IMPORTANT", "sort", "name", "order", "asc", "page", "5"));
        // Warm up the JIT and the buffer cache with every kind of query first.
        time(0, 200, i -> as(user).queryParams(searches.get(i % searches.size())).get("/api/assets").then().statusCode(200));
        explain("select * from assets where organisation = 'bench-0' and status <> 'RETIRED'"
                + " order by registered_at desc, id limit 20");
        explain("select count(*) from (select 1 from assets where organisation = 'bench-0' and status <> 'RETIRED'"
                + " limit 1000) t");
        explain("select count(*) from (select 1 from assets where organisation = 'bench-0' and status = 'PROPOSED'"
                + " and energy_activity = 'PRODUCTION' limit 1000) t");
        for (Map<String, String> filters : searches) {
            double[] ms = time(60, 10, i -> as(user).queryParams(filters).get("/api/assets").then().statusCode(200));
            System.out.printf("BENCH search %-60s p50 %6.1f ms  p95 %6.1f ms%n", filters, pct(ms, 50), pct(ms, 95));
        }
        double[] all = time(300, 0, i -> as(user).queryParams(searches.get(i % searches.size()))
                .get("/api/assets").then().statusCode(200));
        System.out.printf("BENCH search mixed (300 requests) p50 %6.1f ms  p95 %6.1f ms%n", pct(all, 50), pct(all, 95));

        double[] queue = time(200, 20, i -> as(user).queryParam("page", i % 5).get("/api/review-queue")
                .then().statusCode(200));
        System.out.printf("BENCH review queue p50 %6.1f ms  p95 %6.1f ms%n", pct(queue, 50), pct(queue, 95));

        String alice = registrant("alice", ORG);
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

    private void load() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create function h(i int, salt text) returns int immutable language sql"
                    + " as $$ select hashtext(salt || i::text) & 2147483647 $$");
            // Each column draws from its own hash of i, so filters are independent (no accidental empty results).
            s.execute("""
                    insert into assets (id, organisation, name, description, asset_type, owner_department, owner_contact,
                        energy_activity, system_name, storage_location, storage_regions, data_format, volume_bytes,
                        volume_records, distinct_persons, provinces, purpose, status, level, categories, needs_review,
                        awaiting_review, queue_rank, registered_by, registered_at, updated_by, updated_at, version)
                    select gen_random_uuid(), 'bench-' || (i % 4),
                        (array['Substation','Meter readings','Dispatch plan','Well logs','Customer ledger'])[1 + h(i, 'n') % 5]
                            || ' ' || i,
                        'generated asset ' || md5(i::text), 'DATASET', 'Dept ' || h(i, 'd') % 20, 'ops@example.com',
                        (array['PLANNING','DESIGN','CONSTRUCTION','PRODUCTION','STORAGE_TRANSPORT','CONSUMPTION',
                               'RESEARCH_DEVELOPMENT'])[1 + h(i, 'a') % 7],
                        'EMS-' || h(i, 's') % 50, 'dc1/' || i,
                        array[(array['Jiangsu','Anhui','Hubei','Zhejiang','Shanghai','Henan','Hunan','Guangdong'])[1 + h(i, 'r') % 8]],
                        'table', i * 10, h(i, 'v') % 100000, h(i, 'p') % 5000,
                        array[(array['Jiangsu','Anhui','Hubei','Zhejiang','Shanghai','Henan','Hunan','Guangdong'])[1 + h(i, 'r') % 8]],
                        'operations',
                        (array['REGISTERED','PROPOSED','CONFIRMED','OVERRIDDEN','CONFIRMED','CONFIRMED','PROPOSED',
                               'CONFIRMED','RETIRED','CONFIRMED'])[1 + h(i, 't') % 10],
                        case h(i, 'l') % 20 when 0 then null when 1 then 'CORE' when 2 then 'IMPORTANT'
                             when 3 then 'IMPORTANT' when 4 then 'IMPORTANT' when 5 then 'IMPORTANT' else 'GENERAL' end,
                        array[(array['pi.resident-id','pi.mobile','energy.grid-topology','energy.scada-points',
                               'pi.customer-id','energy.dispatch-plan'])[1 + h(i, 'c') % 6]],
                        h(i, 'u') % 13 = 0,
                        h(i, 't') % 10 in (1, 6),
                        case h(i, 'l') % 20 when 1 then 0 when 2 then 1 when 3 then 1 when 4 then 1 when 5 then 1
                             else case when h(i, 'u') % 13 = 0 then 2 else 3 end end,
                        'alice', now() - (i || ' seconds')::interval, 'alice', now(), 0
                    from generate_series(1, :assets) i
                    """.replace(":assets", Integer.toString(ASSETS)));
            s.execute("vacuum analyze assets");
        }
    }

    private void explain(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery("explain (analyze, buffers) " + sql)) {
            System.out.println("BENCH plan: " + sql);
            while (rows.next()) {
                System.out.println("BENCH plan   " + rows.getString(1));
            }
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

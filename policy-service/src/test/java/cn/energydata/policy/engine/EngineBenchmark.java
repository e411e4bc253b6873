package cn.energydata.policy.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-process engine benchmark: decisions per second and per-decision latency over a mix of every level x action
 * with and without personal information, assessments and approvals. Not part of the default test run (tag
 * {@code benchmark}); run it with
 * {@code ./mvnw -B -pl policy-service -Pbench test -Dtest=EngineBenchmark -Dbench.seconds=10}.
 */
@Tag("benchmark")
class EngineBenchmark {

    @Test
    void decisionsPerSecond() throws InterruptedException {
        PolicyEngine engine = Policies.engine();
        List<DecisionRequest> mix = mix();
        int seconds = Integer.getInteger("bench.seconds", 10);
        run(engine, mix, 1, 3, false); // warm-up
        for (int threads : new int[] {1, 2}) {
            run(engine, mix, threads, seconds, true);
        }
    }

    private static void run(PolicyEngine engine, List<DecisionRequest> mix, int threads, int seconds, boolean report)
            throws InterruptedException {
        AtomicLong total = new AtomicLong();
        long[][] samples = new long[threads][];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                long count = 0;
                long sink = 0;
                int i = id;
                while (System.nanoTime() < end) {
                    DecisionRequest request = mix.get(i++ % mix.size());
                    long start = System.nanoTime();
                    Decision d = engine.decide(request);
                    long took = System.nanoTime() - start;
                    sink += d.effect().ordinal();
                    if ((count & 15) == 0 && n < latencies.length) {
                        latencies[n++] = took; // sample one call in 16
                    }
                    count++;
                }
                total.addAndGet(count + (sink == -1 ? 1 : 0));
                samples[id] = Arrays.copyOf(latencies, n);
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!report) {
            return;
        }
        long[] all = Arrays.stream(samples).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("ENGINE threads=%d requests-in-mix=%d decisions=%d decisions/s=%.0f p50=%.1fus p99=%.1fus p999=%.1fus max=%.1fus%n",
                threads, mix.size(), total.get(), total.get() / (double) seconds, pct(all, 0.50), pct(all, 0.99),
                pct(all, 0.999), all[all.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1000.0;
    }

    static List<DecisionRequest> mix() {
        List<DecisionRequest> mix = new ArrayList<>();
        Set<String> roles = Set.of("data-registrant");
        for (Level level : Level.values()) {
            for (Action action : Action.values()) {
                for (int variant = 0; variant < 4; variant++) {
                    Set<DataCategory> pi = variant % 2 == 0 ? Set.of()
                            : EnumSet.of(DataCategory.PERSONAL_INFORMATION, DataCategory.SENSITIVE_PERSONAL_INFORMATION);
                    AssetFacts asset = new AssetFacts("east-grid", level, Set.of("pi.resident-id", "energy.grid-topology"), pi,
                            variant * 500_000L);
                    Set<AssessmentType> assessments = variant >= 2 ? EnumSet.allOf(AssessmentType.class) : Set.of();
                    String org = variant == 3 && action == Action.VIEW ? "north-oil" : "east-grid";
                    mix.add(new DecisionRequest("dave", org, roles, action, asset, null,
                            action == Action.TRANSFER_CROSS_BORDER ? "DE" : null, null, false, null, null,
                            new ProcessorFacts(variant == 1, variant * 40_000L, 0), assessments, variant == 2));
                }
            }
        }
        return mix;
    }
}

package cn.energydata.classifier.bench;

import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@link EngineBenchmark} workload timed in thread CPU time instead of wall time: on a shared machine
 * (load far above the core count) wall-clock JMH figures mostly measure waiting for a core, CPU time much less so.
 * Args: warm-up runs, measured runs (default 30 40), texts (default table,mixed,prose; see {@link EngineBenchmark#text}). Prints median and best CPU ms/op and MB/s per core.
 * <pre>../mvnw -B -Pbench test-compile exec:exec -Dbench.main=cn.energydata.classifier.bench.EngineCpuTime -Dbench.args=""</pre>
 */
public final class EngineCpuTime {

    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Engine engine = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (String kind : args.length > 2 ? List.of(args[2].split(",")) : List.of("table", "mixed", "prose")) {
            String content = EngineBenchmark.text(kind);
            int bytes = content.getBytes(StandardCharsets.UTF_8).length;
            long[] ns = new long[runs];
            int sink = 0;
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                // a new part each run: its lower-cased text and table layout are computed once per classification
                sink += engine.classify(List.of(EngineBenchmark.part(kind, content)), null,
                        LocalDate.of(2026, 11, 28), Extraction.COMPLETE).findingsTotal();
                long t = cpu.getCurrentThreadCpuTime() - t0;
                if (i >= warmup) {
                    ns[i - warmup] = t;
                }
            }
            Arrays.sort(ns);
            double median = ns[runs / 2] / 1e6;
            double best = ns[0] / 1e6;
            System.out.printf("[cpu] text=%s utf8-bytes=%d findings/op=%d cpu ms/op median=%.1f best=%.1f"
                    + " -> MB/s per core median=%.1f best=%.1f%n", kind, bytes, sink / (warmup + runs), median, best,
                    bytes / 1e6 / (median / 1e3), bytes / 1e6 / (best / 1e3));
        }
    }
}

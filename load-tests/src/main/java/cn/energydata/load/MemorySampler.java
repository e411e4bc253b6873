package cn.energydata.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Samples the memory of every process of the stack every few seconds and keeps the first and the highest value
 * of each. The services and Keycloak: resident set (RSS) of the process and its children, as the launcher
 * reports it. PostgreSQL (the embedded one runs as children of this JVM): the sum of the proportional set size
 * (PSS) of the postmaster and its backends, because their RSS counts the shared buffers once per backend.
 * The driver itself: its RSS.
 */
public final class MemorySampler implements Runnable {

    public static final String POSTGRES = "postgresql";
    public static final String DRIVER = "load driver";

    private final Supplier<Map<String, Long>> stackMemory;
    private final Map<String, long[]> firstAndPeak = new LinkedHashMap<>();
    private int samples;

    /** @param stackMemory RSS in MiB per stack process (e.g. {@code Stack::memoryMiB}); null when not sampled */
    public MemorySampler(Supplier<Map<String, Long>> stackMemory) {
        this.stackMemory = stackMemory;
    }

    @Override
    public void run() {
        Map<String, Long> now = new LinkedHashMap<>();
        if (stackMemory != null) {
            now.putAll(stackMemory.get());
            long postgresKib = postgresPssKib();
            if (postgresKib > 0) {
                now.put(POSTGRES, postgresKib / 1024);
            }
        }
        now.put(DRIVER, procStatusKib(ProcessHandle.current().pid(), "VmRSS") / 1024);
        record(now);
    }

    synchronized void record(Map<String, Long> now) {
        samples++;
        now.forEach((name, mib) -> {
            long[] fp = firstAndPeak.computeIfAbsent(name, k -> new long[]{mib, mib});
            fp[1] = Math.max(fp[1], mib);
        });
    }

    public synchronized int samples() {
        return samples;
    }

    public synchronized List<Report.Memory> results() {
        List<Report.Memory> out = new ArrayList<>();
        firstAndPeak.forEach((name, fp) -> out.add(new Report.Memory(name, fp[0], fp[1], note(name))));
        return out;
    }

    private static String note(String name) {
        return switch (name) {
            case POSTGRES -> "PSS of postmaster and backends";
            case DRIVER -> "RSS";
            default -> "RSS with children";
        };
    }

    private static long postgresPssKib() {
        long kib = 0;
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            String command = p.info().command().orElse("");
            if (command.endsWith("/postgres")) {
                kib += smapsRollupKib(p.pid(), "Pss:");
            }
        }
        return kib;
    }

    private static long smapsRollupKib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // the backend ended between listing and reading, or no /proc
        }
        return 0;
    }

    static long procStatusKib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}

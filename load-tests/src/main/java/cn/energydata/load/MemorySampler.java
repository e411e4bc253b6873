package cn.energydata.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Samples the memory of every process of the stack every few seconds and keeps the first and the highest value
 * of each. The services and Keycloak: resident set (RSS) of the process and its children, as the launcher
 * reports it. PostgreSQL (the embedded one; pg_ctl detaches it from this JVM, so it is found by the
 * postmaster.pid of its data directory): the sum of the proportional set size (PSS) of the postmaster and its
 * children, because their RSS counts the shared buffers once per backend.
 * The driver itself: its RSS.
 */
public final class MemorySampler implements Runnable {

    public static final String POSTGRES = "postgresql";
    public static final String DRIVER = "load driver";

    private final Supplier<Map<String, Long>> stackMemory;
    private final Path postgresData;
    private final Map<String, long[]> firstAndPeak = new LinkedHashMap<>();
    private int samples;

    /**
     * @param stackMemory  RSS in MiB per stack process (e.g. {@code Stack::memoryMiB}); null when not sampled
     * @param postgresData data directory of the embedded PostgreSQL; null when not sampled
     */
    public MemorySampler(Supplier<Map<String, Long>> stackMemory, Path postgresData) {
        this.stackMemory = stackMemory;
        this.postgresData = postgresData;
    }

    @Override
    public void run() {
        Map<String, Long> now = new LinkedHashMap<>();
        if (stackMemory != null) {
            now.putAll(stackMemory.get());
            long postgresKib = postgresData == null ? 0 : postgresPssKib(postgresData);
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

    private static long postgresPssKib(Path dataDirectory) {
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0; // not running
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(postmaster);
        if (handle.isEmpty()) {
            return 0;
        }
        long kib = smapsRollupKib(postmaster, "Pss:");
        for (ProcessHandle child : handle.get().descendants().toList()) {
            kib += smapsRollupKib(child.pid(), "Pss:");
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

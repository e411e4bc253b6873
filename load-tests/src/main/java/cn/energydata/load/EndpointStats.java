package cn.energydata.load;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one endpoint did: latencies of the calls that started inside the measured window (after the warm-up,
 * before the end), and every error of the whole run, warm-up included, by status. Thread-safe.
 */
public final class EndpointStats {

    /** How a call ended. */
    public enum Outcome {
        /** The expected status. */
        OK,
        /** An answer the service documents as a degraded but correct one (e.g. 202 "grading pending"). */
        TOLERATED,
        /** Anything else, including no answer at all. */
        ERROR
    }

    /** One error, kept for the report (the first few per endpoint). */
    public record ErrorSample(String status, String detail) {
    }

    private static final int MAX_SAMPLES = 5;
    /** Latencies in microseconds up to 10 minutes, 3 significant digits. */
    private static final long HIGHEST_MICROS = 600_000_000L;

    private final String name;
    private final Window window;
    private final EndpointStats parent;
    private final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
    private final Map<String, Long> errorsByStatus = new TreeMap<>();
    private final List<ErrorSample> samples = new ArrayList<>();
    private long tolerated;
    private long calls;
    private long measuredTolerated;
    private long bytes;

    public EndpointStats(String name, Window window) {
        this(name, window, null);
    }

    /** A breakdown of {@code parent} (e.g. its large uploads): every call is recorded in both. */
    public EndpointStats(String name, Window window, EndpointStats parent) {
        this.name = name;
        this.window = window;
        this.parent = parent;
    }

    public String name() {
        return name;
    }

    /**
     * @param startNanos {@link System#nanoTime()} when the request was sent
     * @param status     the HTTP status, or a word such as "timeout" when there was no answer
     * @param bytes      request body bytes (for uploads), counted when measured
     */
    public void record(long startNanos, long durationNanos, Outcome outcome, String status, long bytes,
                       String errorDetail) {
        if (parent != null) {
            parent.record(startNanos, durationNanos, outcome, status, bytes, errorDetail);
        }
        recordHere(startNanos, durationNanos, outcome, status, bytes, errorDetail);
    }

    private synchronized void recordHere(long startNanos, long durationNanos, Outcome outcome, String status,
                                         long bytes, String errorDetail) {
        boolean measured = window.contains(startNanos);
        calls++;
        if (outcome == Outcome.ERROR) {
            errorsByStatus.merge(status, 1L, Long::sum);
            if (samples.size() < MAX_SAMPLES) {
                samples.add(new ErrorSample(status, errorDetail == null ? "" : errorDetail));
            }
            return;
        }
        if (outcome == Outcome.TOLERATED) {
            tolerated++;
        }
        if (measured) {
            latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, durationNanos / 1_000)));
            this.bytes += bytes;
            if (outcome == Outcome.TOLERATED) {
                measuredTolerated++;
            }
        }
    }

    /** A consistent copy of the figures. */
    public synchronized Summary summary() {
        double seconds = window.measuredSeconds();
        long count = latencies.getTotalCount();
        return new Summary(name, count, seconds > 0 ? count / seconds : 0,
                millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(95)),
                millis(latencies.getValueAtPercentile(99)), millis(latencies.getMaxValue()),
                count == 0 ? 0 : latencies.getMean() / 1000.0,
                errorsByStatus.values().stream().mapToLong(Long::longValue).sum(), new TreeMap<>(errorsByStatus),
                tolerated, measuredTolerated, bytes, calls, List.copyOf(samples), parent != null);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }

    /**
     * @param count      successful (and tolerated) calls started in the measured window
     * @param errors     all errors of the run, warm-up included
     * @param tolerated  tolerated answers of the whole run; {@code measuredTolerated} of the window
     * @param calls      all calls of the whole run, warm-up and errors included
     * @param breakdown  a part of the row before it (its calls and errors are counted there too)
     */
    public record Summary(String endpoint, long count, double perSecond, double p50Ms, double p95Ms, double p99Ms,
                          double maxMs, double meanMs, long errors, Map<String, Long> errorsByStatus,
                          long tolerated, long measuredTolerated, long bytes, long calls,
                          List<ErrorSample> errorSamples, boolean breakdown) {
    }
}

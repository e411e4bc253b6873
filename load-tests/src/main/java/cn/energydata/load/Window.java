package cn.energydata.load;

/**
 * The measured part of a run: calls that start in [from, until) count towards latencies and throughput; calls of
 * the warm-up before it, or started after it, do not. Times are {@link System#nanoTime()} values.
 */
public final class Window {

    private volatile long from = Long.MAX_VALUE;
    private volatile long until = Long.MAX_VALUE;

    public void open(long nanos) {
        from = nanos;
    }

    public void close(long nanos) {
        until = nanos;
    }

    public boolean contains(long startNanos) {
        return startNanos >= from && startNanos < until;
    }

    /** Length of the window so far (up to now while it is open); 0 before it opens. */
    public double measuredSeconds() {
        long f = from;
        if (f == Long.MAX_VALUE) {
            return 0;
        }
        long u = until == Long.MAX_VALUE ? System.nanoTime() : until;
        return Math.max(0, u - f) / 1e9;
    }
}

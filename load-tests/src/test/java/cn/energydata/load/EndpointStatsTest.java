package cn.energydata.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointStatsTest {

    private static final long MS = 1_000_000L;

    @Test
    void onlyCallsStartedInTheWindowCountButErrorsAlwaysDo() {
        Window window = new Window();
        EndpointStats stats = new EndpointStats("GET /x", window);
        stats.record(0, 500 * MS, EndpointStats.Outcome.OK, "200", 0, null);          // warm-up: not measured
        stats.record(1, 1 * MS, EndpointStats.Outcome.ERROR, "500", 0, "boom");      // warm-up error: counted
        window.open(1_000 * MS);
        for (int i = 1; i <= 100; i++) {
            stats.record(1_000 * MS + i, i * MS, EndpointStats.Outcome.OK, "200", 10, null);
        }
        stats.record(1_500 * MS, 3 * MS, EndpointStats.Outcome.ERROR, "timeout", 0, "no answer");
        window.close(2_000 * MS);
        stats.record(2_000 * MS, 900 * MS, EndpointStats.Outcome.OK, "200", 0, null); // after the window

        EndpointStats.Summary s = stats.summary();
        assertEquals(100, s.count());
        assertEquals(100.0, s.perSecond(), 1e-9); // 100 calls in a 1 s window
        assertEquals(50.0, s.p50Ms(), 0.1);
        assertEquals(95.0, s.p95Ms(), 0.1);
        assertEquals(99.0, s.p99Ms(), 0.1);
        assertEquals(100.0, s.maxMs(), 0.1);
        assertEquals(50.5, s.meanMs(), 0.1);
        assertEquals(2, s.errors());
        assertEquals(Map.of("500", 1L, "timeout", 1L), s.errorsByStatus());
        assertEquals(1_000, s.bytes());
        assertEquals(2, s.errorSamples().size());
    }

    @Test
    void toleratedAnswersAreMeasuredAndCountedApart() {
        Window window = new Window();
        window.open(0);
        EndpointStats stats = new EndpointStats("POST /upload", window);
        stats.record(1, 2 * MS, EndpointStats.Outcome.OK, "200", 0, null);
        stats.record(2, 4 * MS, EndpointStats.Outcome.TOLERATED, "202", 0, null);
        EndpointStats.Summary s = stats.summary();
        assertEquals(2, s.count());
        assertEquals(0, s.errors());
        assertEquals(1, s.tolerated());
        assertEquals(1, s.measuredTolerated());
        assertTrue(s.perSecond() > 0);
    }

    @Test
    void anEmptyWindowHasNoFigures() {
        EndpointStats.Summary s = new EndpointStats("GET /y", new Window()).summary();
        assertEquals(0, s.count());
        assertEquals(0.0, s.perSecond());
        assertEquals(0.0, s.meanMs());
    }

    @Test
    void aBreakdownRecordsIntoItsParentToo() {
        Window window = new Window();
        window.open(0);
        EndpointStats all = new EndpointStats("POST /upload", window);
        EndpointStats large = new EndpointStats("large", window, all);
        large.record(1, 2 * MS, EndpointStats.Outcome.OK, "200", 1_000_000, null);
        large.record(2, 4 * MS, EndpointStats.Outcome.ERROR, "500", 0, "boom");
        all.record(3, 1 * MS, EndpointStats.Outcome.OK, "200", 10, null);
        assertEquals(1, large.summary().count());
        assertEquals(1, large.summary().errors());
        assertTrue(large.summary().breakdown());
        assertEquals(2, all.summary().count());
        assertEquals(1, all.summary().errors());
        assertEquals(1_000_010, all.summary().bytes());
    }
}

package cn.energydata.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in tests, replacing service-common's default {@code Clock} bean: the system's UTC time, or a
 * frozen instant, moved by an offset a test sets, so leases, expiry, deadlines and windows are tested by moving the
 * clock, never by sleeping. Each service's tests declare it a bean ({@code @Singleton class TestClock extends
 * MovableClock}); a test that moves or freezes it must {@link #reset()} it, since all tests of one Quarkus boot share it.
 */
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozenAt;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Stops the clock at the current instant; {@link #advance} still moves it. */
    public void freeze() {
        frozenAt = Instant.now();
    }

    public void reset() {
        offset = Duration.ZERO;
        frozenAt = null;
    }

    @Override
    public Instant instant() {
        Instant base = frozenAt;
        return (base == null ? Instant.now() : base).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}

package cn.energydata.catalog.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** "Now" as the catalog stores it. */
public final class Timestamps {

    private Timestamps() {
    }

    /** PostgreSQL keeps microseconds: hashing a value the database would round breaks the audit chain. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

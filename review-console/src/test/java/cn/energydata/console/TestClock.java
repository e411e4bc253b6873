package cn.energydata.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The console's clock in the component tests: a fixed instant, so ages in the queue are exact. */
public class TestClock {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}

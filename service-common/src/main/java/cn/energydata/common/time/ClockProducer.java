package cn.energydata.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" for every service: inject {@link Clock} instead of calling {@code Instant.now()}, so that
 * deadlines, grace periods and expiry can be tested by moving a clock rather than by sleeping. A test replaces it by
 * producing its own {@code Clock} bean (this one is only the default).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}

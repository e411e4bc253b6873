package cn.energydata.policy.time;

import cn.energydata.testing.MovableClock;
import jakarta.inject.Singleton;

/** The service's clock in its tests: test-support's movable clock, declared a bean here (replaces the default Clock). */
@Singleton
public class TestClock extends MovableClock {
}

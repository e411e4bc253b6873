package cn.energydata.catalog;

import cn.energydata.catalog.service.GradingJobs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/**
 * Re-grading after a rule-pack change: {@code bench.regrade} (default 2 000) descriptor-graded assets of one
 * organisation, half of them reviewed (they get proposals), graded under the previous rule pack. The classifier is
 * the WireMock stub (a few milliseconds an answer), so this measures the catalog's own work per asset: reading the
 * descriptor, the call, recording the revision, the audit record and the proposal. Prints a {@code BENCH} line.
 * Only with {@code -Pbench}; see README.md ("Tests and benchmark") for the command.
 */
@QuarkusTest
@Tag("benchmark")
class RegradeBenchmark {

    private static final int ASSETS = Integer.getInteger("bench.regrade", 2_000);
    private static final String ORG = "regrade-bench";
    private static final String DUE = "select count(*) from assets where organisation = '" + ORG + "' and regrade_due";

    @Inject
    DataSource dataSource;

    @Inject
    GradingJobs grading;

    @Test
    void regradeAfterARulePackChange() throws Exception {
        ClassifierStub.useRulePack("2026.11.1");
        grading.regradeAfterRulePackChange();
        seed();
        ClassifierStub.useRulePack("2026.12.bench");

        long start = System.nanoTime();
        do {
            if (grading.regradeAfterRulePackChange() == 0) {
                Thread.sleep(200);
            }
        } while (count(DUE) > 0);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("BENCH regrade: %d assets in %.1f s = %.1f assets/s%n", ASSETS, took.toMillis() / 1000.0,
                ASSETS * 1000.0 / Math.max(1, took.toMillis()));
        ClassifierStub.useRulePack("2026.11.1");
    }

    private void seed() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into assets (id, organisation, name, description, asset_type, owner_department, owner_contact,
                        energy_activity, provinces, status, level, categories, rule_pack_version, rule_pack_hash,
                        registered_by, registered_at, updated_by, updated_at, version)
                    select gen_random_uuid(), '%s', 'Meter readings ' || i, 'seeded', 'DATASET', 'Ops',
                        'ops@example.com', 'CONSUMPTION', array['Jiangsu'],
                        case when i %% 2 = 0 then 'CONFIRMED' else 'PROPOSED' end, 'GENERAL',
                        array['pi.customer-id'], '2026.11.1', 'sha256:old', 'alice', now(), 'alice', now(), 0
                    from generate_series(1, %d) i
                    """.formatted(ORG, ASSETS));
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

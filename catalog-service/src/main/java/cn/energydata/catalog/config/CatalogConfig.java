package cn.energydata.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of the catalog (prefix {@code catalog}); the thresholds are project defaults, kept out of code. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    Spool spool();

    Aggregation aggregation();

    Export export();

    Grading grading();

    Jobs jobs();

    Review review();

    interface Review {
        /** How long a reviewer's claim on a review-queue item lasts; claiming again extends it by as much. */
        @WithDefault("2h")
        Duration claimTtl();
    }

    /** Background jobs (exports, audit verification, bulk registration): how many run at once in this instance. */
    interface Jobs {
        @WithDefault("2")
        int threads();

        /** Rows read or written per short transaction. */
        @WithDefault("1000")
        int chunkSize();

        /**
         * How long a queued or running job stays claimed without its instance renewing it; renewed every third of it.
         * Past it the job is marked FAILED (its instance stopped) by any instance.
         */
        @WithDefault("3m")
        Duration lease();

        /** How often an instance renews its jobs' leases and fails those of stopped instances (a scheduler duration). */
        @WithDefault("60s")
        String leaseCheckEvery();
    }

    /** How often background jobs run (scheduler durations such as 30s, 5m). */
    interface Grading {
        @WithDefault("30s")
        String retryEvery();

        @WithDefault("5m")
        String ruleCheckEvery();

        /** Classifier calls a re-grading job makes at once (the classifier answers 503 beyond its capacity). */
        @WithDefault("4")
        int regradeParallelism();
    }

    /**
     * Where uploads wait while the classifier is unreachable, encrypted; bounded in size and age so a long outage
     * cannot fill the disk or keep content for long. The directory may be shared by all replicas.
     */
    interface Spool {
        Path dir();

        @WithDefault("1073741824")
        long maxBytes();

        /** AES-256 key, base64 (env CATALOG_SPOOL_KEY). No default: production does not start without one. */
        String key();

        /** A spooled upload older than this is deleted ungraded; its asset needs a new upload. */
        @WithDefault("24h")
        Duration maxAge();
    }

    interface Aggregation {
        /** General assets holding PI of at least this many people in one region together are a risk. */
        @WithDefault("100000")
        long personsThreshold();

        /** This many general infrastructure assets covering one region together are a risk. */
        @WithDefault("3")
        int infrastructureAssets();

        /** Category id prefix that marks energy infrastructure. */
        @WithDefault("energy.")
        String infrastructureCategoryPrefix();
    }

    interface Export {
        /** Scale change (percent) since the last export that requires re-filing. */
        @WithDefault("30")
        int refilingScaleChangePercent();

        /** Months after a change of a filed entry by which the authority must have the new filing. */
        @WithDefault("3")
        int refilingMonths();

        /** The time zone in which due dates are counted (the filing authority's). */
        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }
}

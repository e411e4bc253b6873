package cn.energydata.policy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the policy service ({@code policy.*}). */
@ConfigMapping(prefix = "policy")
public interface PolicyConfig {

    /** Policy files on the classpath, loaded in order. */
    @WithDefault("policies/access.yaml,policies/secrecy.yaml,policies/general.yaml,policies/important.yaml,policies/core.yaml,"
            + "policies/cross-border.yaml,policies/personal-information.yaml")
    List<String> files();

    /** An operator directory whose *.yaml files are loaded after the classpath files (ids must stay unique). */
    Optional<Path> directory();

    Approvals approvals();

    /** The incident-reporting rules (severity floors, report deadlines) on the classpath. */
    @WithDefault("incidents/reporting.yaml")
    String incidentRules();

    Ledger ledger();

    Catalog catalog();

    DecisionLog decisionLog();

    interface Catalog {
        /**
         * How long an asset's classification is used without asking the catalog, for VIEW and DOWNLOAD within the
         * organisation only; every other decision revalidates it (docs/service-contracts.md).
         */
        @WithDefault("PT5S")
        Duration freshFor();

        /** How many assets' last answers (with their versions) are kept for reuse and revalidation. */
        @WithDefault("20000")
        long assetsKept();
    }

    /** Group commit of the decision log: a batch is written when it is full or its first entry waited max-wait. */
    interface DecisionLog {
        @WithDefault("200")
        int maxBatch();

        /**
         * 0: a batch is what arrived while the writers were busy (no added wait); measured on 2 cores, a wait of
         * 2 ms only added to the median (README, "Tests and measurements").
         */
        @WithDefault("PT0S")
        Duration maxWait();

        /** Writer threads, each committing its own batches, so that a batch need not wait for the one before. */
        @WithDefault("4")
        int writers();

        /** Decisions waiting to be logged beyond this are refused (503), not queued without bound. */
        @WithDefault("10000")
        int queueCapacity();

        /** How long a caller waits for its batch to commit before its answer fails. */
        @WithDefault("PT10S")
        Duration commitTimeout();

        /** The CSV export reads the log in chunks of this many entries, each in its own short transaction. */
        @WithDefault("500")
        int exportChunk();
    }

    interface Ledger {
        /** The calendar year of the cross-border ledger is the one of this time zone (Provisions: since 1 January). */
        @WithDefault("Asia/Shanghai")
        java.time.ZoneId zone();
    }

    interface Approvals {
        /** How long an approval stays usable when the approver gives no expiry. */
        @WithDefault("PT24H")
        Duration defaultValidity();

        /** The longest validity an approver may give. */
        @WithDefault("P30D")
        Duration maxValidity();
    }
}

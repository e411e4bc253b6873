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

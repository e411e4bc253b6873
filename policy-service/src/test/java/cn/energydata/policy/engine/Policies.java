package cn.energydata.policy.engine;

import cn.energydata.common.identity.Roles;

import java.util.List;

/** The built-in policies, loaded as the service loads them. */
final class Policies {

    static final List<String> FILES = List.of("policies/access.yaml", "policies/secrecy.yaml", "policies/general.yaml",
            "policies/important.yaml", "policies/core.yaml", "policies/cross-border.yaml",
            "policies/personal-information.yaml");

    private Policies() {
    }

    static PolicyEngine engine() {
        return new PolicyEngine(new PolicyLoader(Roles.ALL).load(FILES, null));
    }
}

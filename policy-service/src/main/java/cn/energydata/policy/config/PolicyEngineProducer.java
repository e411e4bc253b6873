package cn.energydata.policy.config;

import cn.energydata.common.identity.Roles;
import cn.energydata.policy.engine.IncidentRules;
import cn.energydata.policy.engine.Policy;
import cn.energydata.policy.engine.PolicyEngine;
import cn.energydata.policy.engine.PolicyLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Loads, validates and compiles the policies once at startup. An invalid policy file throws here, which stops
 * the service with the loader's message (file, policy, problem).
 */
@ApplicationScoped
public class PolicyEngineProducer {

    private static final Logger LOG = Logger.getLogger(PolicyEngineProducer.class);

    @Produces
    @Singleton
    @Startup
    PolicyEngine engine(PolicyConfig config) {
        List<Policy> policies = new PolicyLoader(Roles.ALL).load(config.files(), config.directory().orElse(null));
        LOG.infof("Loaded %d policies from %d classpath file(s)%s", policies.size(), config.files().size(),
                config.directory().map(d -> " and " + d).orElse(""));
        return new PolicyEngine(policies);
    }

    /** The incident-reporting rules, validated at startup like the policies. */
    @Produces
    @Singleton
    @Startup
    IncidentRules incidentRules(PolicyConfig config) {
        IncidentRules rules = IncidentRules.load(config.incidentRules());
        LOG.infof("Loaded %d incident severity floor(s) and %d report deadline(s) from %s", rules.severityFloors().size(),
                rules.deadlines().size(), config.incidentRules());
        return rules;
    }
}

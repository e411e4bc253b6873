package cn.energydata.classifier.rest;

import cn.energydata.classifier.engine.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the rule packs are loaded; shows which rule set is in force. */
@Readiness
@ApplicationScoped
public class RulesHealthCheck implements HealthCheck {

    @Inject
    Engine engine;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("rule-packs").up()
                .withData("version", engine.rules().version())
                .withData("hash", engine.rules().hash())
                .withData("packs", engine.rules().packs().size())
                .build();
    }
}

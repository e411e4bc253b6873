package cn.energydata.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.List;

/**
 * Checks a rendered overlay against itself (references, labels and selectors, ports, network reach) and against the
 * services' own configuration files (ports, health and metrics, property names, the OIDC issuer, public paths). Each
 * concern is a class of its own; this one runs them all.
 */
final class Consistency {

    /** The Quarkus modules deployed from k8s/images/service/Dockerfile: the four services and the web console. */
    static final List<String> SERVICES = List.of("classifier-service", "catalog-service", "policy-service", "discovery-service",
            "review-console");

    private final Rendered rendered;

    Consistency(String overlay, List<HasMetadata> objects, Manifests manifests, List<Problem> problems) {
        this.rendered = new Rendered(overlay, objects, manifests, problems);
    }

    void checkAll() {
        new ReferenceChecks(rendered).check();
        new IngressChecks(rendered).check();
        new ScalingChecks(rendered).check();
        new SecurityChecks(rendered).check();
        new ApplicationChecks(rendered).check();
        new IssuerChecks(rendered).check();
        new NetworkPolicyChecks(rendered).check();
        new EgressChecks(rendered).check();
        new DatabaseChecks(rendered).check();
    }
}

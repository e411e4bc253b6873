package cn.energydata.console;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The resources every component test shares, declared once so the application boots once. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(BackendStub.class)
public final class TestResources {

    private TestResources() {
    }
}

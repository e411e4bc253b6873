package cn.energydata.catalog;

import cn.energydata.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The resources every component test shares, declared once so the application boots once. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ClassifierStub.class)
public final class TestResources {

    private TestResources() {
    }
}

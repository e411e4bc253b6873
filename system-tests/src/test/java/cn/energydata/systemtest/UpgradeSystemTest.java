package cn.energydata.systemtest;

import cn.energydata.stack.StackConfig;
import cn.energydata.stack.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 19 item 4: the current services started on databases the previous release (v0.1.0) created and filled
 * (StackExtension installs them before the services start) migrate them forward and serve the old rows.
 */
@ExtendWith(StackExtension.class)
class UpgradeSystemTest {

    private static StackConfig config;
    private static Journey journey;

    @BeforeAll
    static void stack(Stack running) {
        config = running.config();
        journey = new Journey(config);
    }

    @Test
    void anAssetConfirmedUnderThePreviousReleaseIsServedWithItsGrade() {
        journey.as("alice").get(config.catalogUrl() + "/api/assets/" + PreviousRelease.ASSET_ID)
                .then().statusCode(200)
                .body("asset.name", equalTo("Jiangsu 220 kV network model (registered under v0.1.0)"))
                .body("asset.level", equalTo("IMPORTANT"))
                .body("asset.status", equalTo("CONFIRMED"));
    }

    @Test
    void thePolicyServiceDecidesOnItAndKeepsThePreviousReleasesLog() {
        journey.decide("alice", "VIEW", PreviousRelease.ASSET_ID, null)
                .body("effectiveLevel", equalTo("IMPORTANT"));
        journey.as("carol").queryParam("assetId", PreviousRelease.ASSET_ID).queryParam("size", 100)
                .get(config.policyUrl() + "/api/decisions")
                .then().statusCode(200)
                .body("items.decisionId", hasItem(PreviousRelease.DECISION_ID));
    }
}

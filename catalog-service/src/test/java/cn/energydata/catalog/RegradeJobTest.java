package cn.energydata.catalog;

import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.service.GradingJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.energydata.catalog.Api.admin;
import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static cn.energydata.catalog.Api.review;
import static cn.energydata.catalog.Api.reviewer;
import static cn.energydata.catalog.Api.version;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-grading after a rule-pack change as a job of each organisation, listed for its security-admins. */
@QuarkusTest
class RegradeJobTest {

    private static final String ORG = "regrade-org";

    @Inject
    GradingJobs grading;

    @Inject
    EntityManager em;

    @Inject
    AssetRepository assets;

    private final String rose = registrant("rose", ORG);
    private final String adam = admin("adam", ORG);

    @AfterEach
    void backToTheFirstRulePack() {
        ClassifierStub.useRulePack("2026.11.1");
    }

    private List<JsonPath> regradeJobs() {
        JsonPath list = as(adam).queryParam("kind", "REGRADE").get("/api/jobs").then().statusCode(200)
                .extract().jsonPath();
        return list.getList("id").stream().map(id -> as(adam).get("/api/jobs/" + id).then().statusCode(200)
                .extract().jsonPath()).toList();
    }

    private JsonPath latestFinished() {
        return await().atMost(Duration.ofSeconds(60)).until(() -> regradeJobs().get(0),
                j -> List.of("DONE", "FAILED").contains(j.getString("status")));
    }

    @Test
    void aRulePackChangeRegradesAsAJobWithProgressAndAFailedOneIsStartedAgain() {
        String flip = register(rose, asset("Dispatch notes [FLIP]"));
        String plain = register(rose, asset("Meter list"));
        String third = register(rose, asset("Feeder list"));
        for (String id : List.of(flip, plain, third)) {
            Api.gradeDescriptor(rose, id).statusCode(200);
        }
        String rita = reviewer("rita", ORG);
        review(rita, flip, "CONFIRM", null, version(rita, flip)).statusCode(200);
        grading.regradeAfterRulePackChange();
        int before = regradeJobs().size();

        ClassifierStub.useRulePack("2026.12.1");
        assertTrue(grading.regradeAfterRulePackChange() >= 1);
        JsonPath done = latestFinished();
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals("REGRADE", done.getString("kind"));
        assertEquals("catalog-service", done.getString("createdBy"));
        assertEquals(3, done.getLong("total"));
        assertEquals(3, done.getLong("processed"));
        assertEquals(3, done.getInt("result.regraded"));
        assertNotNull(done.getString("startedAt"));
        assertNotNull(done.getString("finishedAt"));
        Api.get(rita, flip).body("openProposal.proposedLevel", equalTo("IMPORTANT"));
        Api.get(rose, plain).body("asset.regradeDue", equalTo(false));

        // Nothing is due any more: checking again starts nothing.
        grading.regradeAfterRulePackChange();
        assertEquals(before + 1, regradeJobs().size());

        // A job that failed (its instance stopped) while an asset was still due is started again, for what is left.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update assets set regrade_due = true where id = :id")
                    .setParameter("id", UUID.fromString(plain)).executeUpdate();
            em.createNativeQuery("update jobs set status = 'FAILED', error = 'stopped' where id = :id")
                    .setParameter("id", UUID.fromString(done.getString("id"))).executeUpdate();
        });
        assertEquals(1, grading.regradeAfterRulePackChange());
        JsonPath again = latestFinished();
        assertNotEquals(done.getString("id"), again.getString("id"));
        assertEquals("DONE", again.getString("status"), again.prettify());
        assertEquals(1, again.getLong("total"));
        assertEquals(1, again.getLong("processed"));
    }

    @Test
    void aClassifierThatGoesAwayFailsTheJobAndTheNextCheckResumesIt() {
        String org = "busy-org";
        String registrant = registrant("rick", org);
        String admin = admin("ada", org);
        String busy = register(registrant, asset("Load curves [BUSY]"));
        Api.gradeDescriptor(registrant, busy).statusCode(200);
        grading.regradeAfterRulePackChange();

        ClassifierStub.useRulePack("2026.12.2");
        var overCapacity = ClassifierStub.overCapacityFor("[BUSY]");
        String failedId;
        try {
            grading.regradeAfterRulePackChange();
            JsonPath failed = await().atMost(Duration.ofSeconds(60)).until(() -> latest(admin),
                    j -> "FAILED".equals(j.getString("status")));
            assertEquals("The classifier became unreachable; re-grading starts again, for what is left, once it is"
                    + " back.", failed.getString("error"));
            failedId = failed.getString("id");
        } finally {
            ClassifierStub.remove(overCapacity);
        }
        // Other tests' organisations share this database and may get a job of their own in the same check: count
        // only that busy-org got a new one.
        assertTrue(grading.regradeAfterRulePackChange() >= 1, "the next check starts re-grading again");
        JsonPath resumed = await().atMost(Duration.ofSeconds(60)).until(() -> latest(admin),
                j -> "DONE".equals(j.getString("status")));
        assertNotEquals(failedId, resumed.getString("id"), "a new job, not the failed one");
        assertEquals(1, resumed.getInt("result.regraded"));
        Api.get(registrant, busy).body("asset.regradeDue", equalTo(false));
    }

    private static JsonPath latest(String admin) {
        return as(admin).queryParam("kind", "REGRADE").queryParam("size", 1).get("/api/jobs").then().statusCode(200)
                .extract().jsonPath().setRootPath("[0]");
    }

    @Test
    void aClaimTakesNoMoreThanItsBatch() {
        String org = "claim-org";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into assets (id, organisation, name, asset_type, owner_department, owner_contact,
                    energy_activity, status, level, regrade_due, registered_by, registered_at, updated_by, updated_at)
                select gen_random_uuid(), :org, 'Claimed ' || i, 'DATASET', 'Ops', 'ops@example.com', 'CONSUMPTION',
                    'PROPOSED', 'GENERAL', true, 'alice', now(), 'alice', now()
                from generate_series(1, 1000) i""").setParameter("org", org).executeUpdate());

        List<UUID> first = QuarkusTransaction.requiringNew().call(() ->
                assets.claimRegradeDue(org, null, 50, Duration.ofMinutes(30)));
        List<UUID> second = QuarkusTransaction.requiringNew().call(() ->
                assets.claimRegradeDue(org, null, 50, Duration.ofMinutes(30)));
        assertEquals(50, first.size());
        assertEquals(50, second.size());
        assertTrue(second.stream().noneMatch(first::contains), "claimed assets are not claimed twice");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update assets set regrade_due = false where organisation = :org").setParameter("org", org)
                .executeUpdate());
    }

    @Test
    void onlySecurityAdminsListJobs() {
        as(rose).get("/api/jobs").then().statusCode(403);
        as(reviewer("rita", ORG)).queryParam("kind", "REGRADE").get("/api/jobs").then().statusCode(403);
        as(adam).queryParam("kind", "regrade; drop").get("/api/jobs").then().statusCode(400);
        as(admin("other", "another-org")).queryParam("kind", "REGRADE").get("/api/jobs").then().statusCode(200)
                .body("findAll { it.kind != 'REGRADE' }", empty());
    }
}

package cn.energydata.catalog;

import cn.energydata.catalog.domain.Job;
import cn.energydata.catalog.repository.JobRepository;
import cn.energydata.catalog.service.JobService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.registrant;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Jobs of a stopped instance: their lease lapses and any instance marks them FAILED; live jobs keep theirs. */
@QuarkusTest
class JobLeaseTest {

    private static final String ORG = "lease-org";
    private static final Duration LEASE = Duration.ofMinutes(3);

    @Inject
    JobService jobService;

    @Inject
    JobRepository jobs;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A job row as another instance leaves it when it dies mid-way. */
    private UUID jobOfAnotherInstance(Instant leaseUntil, Instant updatedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Job job = new Job();
            job.id = id;
            job.organisation = ORG;
            job.kind = "EXPORT";
            job.status = Job.Status.RUNNING;
            job.processed = 40;
            job.createdBy = "alice";
            job.createdAt = updatedAt;
            job.startedAt = updatedAt;
            job.updatedAt = updatedAt;
            job.leaseUntil = leaseUntil;
            jobs.persist(job);
        });
        return id;
    }

    private JsonPath view(UUID id) {
        return as(registrant("alice", ORG)).get("/api/jobs/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aJobWhoseInstanceStoppedIsFailedOnceItsLeaseLapses() {
        Instant now = clock.instant();
        UUID id = jobOfAnotherInstance(now.plus(LEASE), now);

        jobService.failAbandoned();
        assertEquals("RUNNING", view(id).getString("status"), "the lease still runs");

        clock.advance(LEASE.plusSeconds(1));
        jobService.failAbandoned();
        JsonPath failed = view(id);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("the catalog instance running this job stopped; start it again", failed.getString("error"));
        assertEquals(40, failed.getLong("processed"), "the progress it made stays visible");
        assertNotNull(failed.getString("finishedAt"));
    }

    @Test
    void aJobOfAnEarlierReleaseWithoutLeaseIsFailedOnlyAfterAnHourOfSilence() {
        Instant now = clock.instant();
        UUID quiet = jobOfAnotherInstance(null, now.minus(Duration.ofMinutes(50)));
        UUID silent = jobOfAnotherInstance(null, now.minus(Duration.ofMinutes(61)));

        jobService.failAbandoned();

        assertEquals("RUNNING", view(quiet).getString("status"));
        assertEquals("FAILED", view(silent).getString("status"));
    }

    @Test
    void aLiveJobKeepsItsLeaseAndOneGivenUpCannotComeBackAsDone() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UUID id = jobService.submit("EXPORT", ORG, "alice", progress -> {
            progress.total(2);
            started.countDown();
            release.await(60, TimeUnit.SECONDS);
            progress.processed(2);
            return Map.of("rows", 2);
        }).id();
        started.await(60, TimeUnit.SECONDS);

        // Its instance runs: every check renews the lease, however long the job takes.
        for (int i = 0; i < 3; i++) {
            clock.advance(LEASE.minusSeconds(30));
            jobService.renewLeases();
            jobService.failAbandoned();
            assertEquals("RUNNING", view(id).getString("status"));
        }
        JsonPath running = view(id);
        assertEquals("RUNNING", running.getString("status"));
        assertNotNull(running.getString("startedAt"));
        assertEquals(2, running.getLong("total"));

        // The instance stalls (no renewal) past its lease: the job is given up, and stays given up.
        clock.advance(LEASE.plusSeconds(1));
        jobService.failAbandoned();
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobService.isRunningHere(id));
        JsonPath given = view(id);
        assertEquals("FAILED", given.getString("status"));
        assertNull(given.get("result"));
    }
}

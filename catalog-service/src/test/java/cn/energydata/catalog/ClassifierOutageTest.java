package cn.energydata.catalog;

import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.service.GradingJobs;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier goes away during an upload: nothing is lost, and grading completes once it is back. */
@QuarkusTest
class ClassifierOutageTest {

    private static final Path SPOOL = Path.of("target/test-spool");

    @Inject
    GradingJobs jobs;

    @Inject
    AssetRepository assets;

    @AfterEach
    void classifierBack() {
        if (!ClassifierStub.server.isRunning()) {
            ClassifierStub.revive();
        }
    }

    @Test
    void uploadWhileClassifierIsDownIsGradedWhenItIsBack() throws IOException {
        String alice = registrant("alice", "outage-org");
        String id = register(alice, asset("Uploaded during outage"));
        String descriptorOnly = register(alice, asset("Descriptor during outage [IMPORTANT]"));
        ClassifierStub.kill();

        given().auth().oauth2(alice).multiPart("file", "plan.txt", "a [CORE] plan".getBytes(), "text/plain")
                .post("/api/assets/" + id + "/content").then().statusCode(202)
                .body("status", equalTo("GRADING_PENDING"))
                .body("gradingPending", equalTo(true))
                .body("content.sizeBytes", equalTo(13));
        Api.gradeDescriptor(alice, descriptorOnly).statusCode(202).body("status", equalTo("GRADING_PENDING"));
        assertEquals(1, spooledFilesOf(id));

        assertEquals(0, jobs.gradePending(), "nothing can be graded while the classifier is down");
        Api.get(alice, id).body("asset.status", equalTo("GRADING_PENDING"));

        ClassifierStub.revive();
        while (jobs.gradePending() > 0) {
            // the job works through every pending asset
        }
        Api.get(alice, id).statusCode(200)
                .body("asset.status", equalTo("PROPOSED"))
                .body("asset.level", equalTo("CORE"))
                .body("asset.gradingPending", equalTo(false))
                .body("gradings[0].trigger", equalTo("RETRY"))
                .body("gradings[0].gradedBy", equalTo("catalog-service"));
        Api.get(alice, descriptorOnly).body("asset.level", equalTo("IMPORTANT"));
        assertEquals(0, spooledFilesOf(id), "the spooled upload is deleted once graded");
    }

    @Test
    void uploadWhileClassifierIsOverCapacityIsSpooledAndGradedLater() throws IOException {
        String alice = registrant("alice", "busy-org");
        String id = register(alice, asset("Uploaded while busy"));
        StubMapping busy = ClassifierStub.overCapacityFor("[BUSY]");
        try {
            given().auth().oauth2(alice)
                    .multiPart("file", "table.csv", "[BUSY] [IMPORTANT] id,name".getBytes(), "text/csv")
                    .post("/api/assets/" + id + "/content").then().statusCode(202)
                    .body("status", equalTo("GRADING_PENDING"))
                    .body("gradingPending", equalTo(true));
            assertTrue(ClassifierStub.classificationRequestsContaining("[BUSY]") >= 1, "the classifier was asked");
            assertEquals(1, spooledFilesOf(id), "the upload waits in the spool");
            assertEquals(0, jobs.gradePending(), "still over capacity: nothing graded, nothing lost");
            assertEquals(1, spooledFilesOf(id));
        } finally {
            ClassifierStub.remove(busy);
        }
        while (jobs.gradePending() > 0) {
            // the job works through every pending asset
        }
        Api.get(alice, id).statusCode(200)
                .body("asset.status", equalTo("PROPOSED"))
                .body("asset.level", equalTo("IMPORTANT"))
                .body("asset.gradingPending", equalTo(false))
                .body("gradings[0].trigger", equalTo("RETRY"));
        assertEquals(0, spooledFilesOf(id), "the spooled upload is deleted once graded");
    }

    private static long spooledFilesOf(String id) throws IOException {
        if (!Files.isDirectory(SPOOL)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(SPOOL)) {
            return files.filter(f -> f.getFileName().toString().startsWith(id)).count();
        }
    }

    @Test
    void replicasNeverClaimTheSameAssetAndADeadReplicasClaimRunsOut() {
        String alice = registrant("alice", "claims-org");
        UUID a = UUID.fromString(register(alice, asset("Claimed asset A")));
        UUID b = UUID.fromString(register(alice, asset("Claimed asset B")));
        ClassifierStub.kill();
        Api.gradeDescriptor(alice, a.toString()).statusCode(202);
        Api.gradeDescriptor(alice, b.toString()).statusCode(202);
        ClassifierStub.revive();

        // Two replicas' jobs at the same time: the first claims both, the second gets neither.
        List<UUID> first = QuarkusTransaction.requiringNew().call(() -> assets.claimPendingGrading(50, Duration.ofMinutes(5)));
        List<UUID> second = QuarkusTransaction.requiringNew().call(() -> assets.claimPendingGrading(50, Duration.ofMinutes(5)));
        assertTrue(first.containsAll(List.of(a, b)), "the first replica claims both");
        assertTrue(Collections.disjoint(first, second), "the second replica gets none of them");
        jobs.gradePending();
        Api.get(alice, a.toString()).body("asset.status", equalTo("GRADING_PENDING"));

        // A replica that dies keeps nothing: its claim runs out (here at once) and another replica takes over.
        QuarkusTransaction.requiringNew().run(() -> assets.releaseGradingClaims(first));
        List<UUID> dying = QuarkusTransaction.requiringNew().call(() -> assets.claimPendingGrading(50, Duration.ZERO));
        assertTrue(dying.containsAll(List.of(a, b)));
        while (jobs.gradePending() > 0) {
            // the job works through every pending asset
        }
        Api.get(alice, a.toString()).body("asset.status", equalTo("PROPOSED"));
        Api.get(alice, b.toString()).body("asset.status", equalTo("PROPOSED"));
    }
}

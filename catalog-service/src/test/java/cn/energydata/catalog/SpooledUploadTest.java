package cn.energydata.catalog;

import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.service.ContentSpool;
import cn.energydata.catalog.service.GradingJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 6: spooled uploads are encrypted at rest, graded by whichever replica claims their asset, deleted
 * after grading, bounded in size (503) and age (expired ungraded, never general).
 */
@QuarkusTest
class SpooledUploadTest {

    private static final Path SPOOL = Path.of("target/test-spool");
    private static final byte[] CONTENT = "客户 张伟 身份证号 110105201503070021 [IMPORTANT]".getBytes(StandardCharsets.UTF_8);

    @Inject
    GradingJobs jobs;

    @Inject
    ContentSpool spool;

    @Inject
    AssetRepository assets;

    @Inject
    EntityManager em;

    @AfterEach
    void classifierBack() {
        if (!ClassifierStub.server.isRunning()) {
            ClassifierStub.revive();
        }
    }

    private static ValidatableResponse upload(String token, String id, byte[] content) {
        return given().auth().oauth2(token).multiPart("file", "customers.csv", content, "text/csv")
                .post("/api/assets/" + id + "/content").then();
    }

    private String spoolFileOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> assets.findById(UUID.fromString(id)).spoolFile);
    }

    /** Registers an asset and uploads while the classifier is down: the upload waits in the spool. */
    private String spooled(String token, String name) {
        String id = register(token, asset(name));
        ClassifierStub.kill();
        upload(token, id, CONTENT).statusCode(202).body("status", equalTo("GRADING_PENDING"));
        return id;
    }

    private void age(String id, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update assets set pending_since = pending_since - make_interval(secs => :s) where id = :id")
                .setParameter("s", (double) by.toSeconds()).setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    @Test
    void aSpooledUploadIsEncryptedAtRestAndDeletedOnceGraded() throws IOException {
        String alice = registrant("alice", "spool-crypt-org");
        String id = spooled(alice, "Spooled customer list");
        String name = spoolFileOf(id);
        assertFalse(name.contains("/"), "the asset keeps the file's name: any replica finds it in the shared spool");
        byte[] onDisk = Files.readAllBytes(SPOOL.resolve(name));
        assertFalse(new String(onDisk, StandardCharsets.ISO_8859_1).contains("110105201503070021"));
        assertFalse(containsSlice(onDisk, CONTENT), "the content is not on disk in the clear");
        Path plain = spool.decrypted(name);
        try {
            assertArrayEquals(CONTENT, Files.readAllBytes(plain), "and decrypts back");
        } finally {
            Files.delete(plain);
        }

        ClassifierStub.revive();
        while (jobs.gradePending() > 0) {
            // the job works through every pending asset
        }
        Api.get(alice, id).body("asset.status", equalTo("PROPOSED")).body("asset.level", equalTo("IMPORTANT"));
        assertFalse(Files.exists(SPOOL.resolve(name)), "deleted once graded");
    }

    @Test
    void aSecondReplicaCannotGradeAnUploadAnotherHasClaimed() {
        String alice = registrant("alice", "spool-claim-org");
        String id = spooled(alice, "Claimed spooled upload");
        String name = spoolFileOf(id);
        ClassifierStub.revive();

        // Replica A claims the asset row (FOR UPDATE SKIP LOCKED and a lease) as its grading job does.
        List<UUID> claimedByA = QuarkusTransaction.requiringNew().call(() ->
                assets.claimPendingGrading(50, Duration.ofMinutes(5)));
        assertTrue(claimedByA.contains(UUID.fromString(id)));
        // Replica B's job finds nothing it may take: the upload stays, ungraded by B.
        jobs.gradePending();
        Api.get(alice, id).body("asset.status", equalTo("GRADING_PENDING")).body("gradings.size()", equalTo(0));
        assertTrue(Files.exists(SPOOL.resolve(name)));

        // Once A's claim is gone (released, or its lease ran out because A died), one replica grades it, once.
        QuarkusTransaction.requiringNew().run(() -> assets.releaseGradingClaims(claimedByA));
        while (jobs.gradePending() > 0) {
            // the job works through every pending asset
        }
        Api.get(alice, id).body("asset.status", equalTo("PROPOSED")).body("gradings.size()", equalTo(1))
                .body("gradings[0].trigger", equalTo("RETRY"));
        assertFalse(Files.exists(SPOOL.resolve(name)));
    }

    @Test
    void anUploadOlderThanTheAgeLimitIsDeletedAndItsAssetNeedsANewUpload() {
        String alice = registrant("alice", "spool-age-org");
        String id = register(alice, asset("Aged upload"));
        Api.gradeDescriptor(alice, id).statusCode(200).body("level", equalTo("GENERAL"));
        ClassifierStub.kill();
        upload(alice, id, CONTENT).statusCode(202);
        String name = spoolFileOf(id);

        age(id, Duration.ofHours(23));
        assertEquals(0, jobs.expireSpooledUploads(), "younger than catalog.spool.max-age (24h): kept");
        assertTrue(Files.exists(SPOOL.resolve(name)));

        age(id, Duration.ofHours(2));
        assertEquals(1, jobs.expireSpooledUploads(), "expires while the classifier is still down");
        assertFalse(Files.exists(SPOOL.resolve(name)), "the content is gone");
        Api.get(alice, id).statusCode(200)
                .body("asset.status", equalTo("REGISTERED"))
                .body("asset.level", nullValue())
                .body("asset.gradingPending", equalTo(false))
                .body("asset.gradingFailure.reason", equalTo("SPOOL_EXPIRED"))
                .body("asset.gradingFailure.at", notNullValue());
        as(id, "UPLOAD_EXPIRED");

        // A new upload grades it and clears the failure.
        ClassifierStub.revive();
        upload(alice, id, CONTENT).statusCode(200).body("level", equalTo("IMPORTANT"))
                .body("gradingFailure", nullValue());
    }

    @Test
    void anUploadThatDoesNotFitIsRefusedWith503AndNeverGraded() throws IOException {
        String alice = registrant("alice", "spool-full-org");
        String id = register(alice, asset("Upload refused when the spool is full"));
        Files.createDirectories(SPOOL);
        Path filler = SPOOL.resolve("filler-" + UUID.randomUUID());
        try (RandomAccessFile sparse = new RandomAccessFile(filler.toFile(), "rw")) {
            sparse.setLength(1024L * 1024 * 1024);  // the test spool's whole 1 GiB, sparse on disk
        }
        ClassifierStub.kill();
        try {
            upload(alice, id, CONTENT).statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:energy-data:problem:spool-full"));
        } finally {
            Files.delete(filler);
        }
        ClassifierStub.revive();
        while (jobs.gradePending() > 0) {
            // nothing of it waits
        }
        Api.get(alice, id).body("asset.status", equalTo("REGISTERED")).body("gradings.size()", equalTo(0))
                .body("asset.gradingPending", equalTo(false));
    }

    @Test
    void aChangedSpoolFileIsNeverGradedAndOrphansAreSwept() throws IOException {
        String alice = registrant("alice", "spool-tamper-org");
        String id = spooled(alice, "Tampered spooled upload");
        String name = spoolFileOf(id);
        byte[] bytes = Files.readAllBytes(SPOOL.resolve(name));
        bytes[bytes.length - 1] ^= 1;
        Files.write(SPOOL.resolve(name), bytes);
        Path orphan = SPOOL.resolve(UUID.randomUUID() + "-" + UUID.randomUUID());
        Files.write(orphan, new byte[]{1, 2, 3});

        ClassifierStub.revive();
        while (jobs.gradePending() > 0) {
            // the job works through every pending asset
        }
        Api.get(alice, id).body("asset.status", equalTo("REGISTERED")).body("asset.level", nullValue())
                .body("asset.gradingFailure.reason", equalTo("SPOOL_UNREADABLE"));
        assertFalse(Files.exists(SPOOL.resolve(name)));
        as(id, "UPLOAD_UNREADABLE");

        assertTrue(Files.exists(orphan), "an unrecorded file is left alone for a while: its replica may record it");
        assertTrue(jobs.sweepSpool(Duration.ZERO) >= 1);
        assertFalse(Files.exists(orphan), "then swept");
    }

    @Test
    void anUploadSpooledByThePreviousReleaseIsStillGraded() throws IOException {
        String alice = registrant("alice", "spool-upgrade-org");
        String id = register(alice, asset("Spooled before the upgrade"));
        Files.createDirectories(SPOOL);
        Path legacy = SPOOL.resolve(id + "-" + UUID.randomUUID()).toAbsolutePath();
        Files.write(legacy, CONTENT);  // the previous release: in the clear, its whole path on the asset
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update assets set spool_file = :file,"
                        + " pending_since = now(), status = 'GRADING_PENDING', content_type = 'text/csv' where id = :id")
                .setParameter("file", legacy.toString()).setParameter("id", UUID.fromString(id)).executeUpdate());
        while (jobs.gradePending() > 0) {
            // the job works through every pending asset
        }
        Api.get(alice, id).body("asset.status", equalTo("PROPOSED")).body("asset.level", equalTo("IMPORTANT"));
        assertFalse(Files.exists(legacy));
    }

    private void as(String id, String action) {
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select action from audit_records where asset_id = :id order by seq", String.class)
                .setParameter("id", UUID.fromString(id)).getResultList());
        assertTrue(actions.contains(action), actions.toString());
    }

    private static boolean containsSlice(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

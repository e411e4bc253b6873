package cn.energydata.classifier;

import cn.energydata.testing.ManagementInterface;
import cn.energydata.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Hostile inputs get their documented 4xx problem; what cannot be read is answered (200) with a status that says
 * why and level CORE on basis UNKNOWN, never GENERAL (issue 12). The service stays healthy after each.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class HostileInputTest {

    static final String TOKEN = TestTokens.user("alice", "east-grid", "data-registrant");

    @TestHTTPResource("/")
    URL base;

    private void expect(String name, byte[] content, int status, String slug) {
        given().auth().oauth2(TOKEN)
                .multiPart("file", name, content, "application/octet-stream")
                .when().post("/api/classifications")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:energy-data:problem:" + slug));
    }

    /** Unreadable content: answered, flagged for review, core until a person decides. */
    private void expectUnread(String name, byte[] content, String status) {
        given().auth().oauth2(TOKEN)
                .multiPart("file", name, content, "application/octet-stream")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("extraction.status", equalTo(status))
                .body("level", equalTo("CORE"))
                .body("levelBasis", equalTo("UNKNOWN"))
                .body("needsReview", equalTo(true))
                .body("flags", hasItem("NEEDS_REVIEW"))
                .body("reasons[0].source", equalTo("EXTRACTION"));
    }

    @AfterEach
    void stillHealthy() {
        given().when().get(ManagementInterface.url("/q/health/live")).then().statusCode(200);
        given().auth().oauth2(TOKEN).multiPart("file", "ok.txt", "hello".getBytes(), "text/plain")
                .when().post("/api/classifications").then().statusCode(200);
    }

    @Test
    void zipBomb() throws Exception {
        expect("bomb.zip", HostileDocuments.zipBomb(), 422, "zip-bomb");
    }

    @Test
    void twentyLevelNestedArchive() throws Exception {
        expect("nested.zip", HostileDocuments.nestedZip(20), 422, "nesting-too-deep");
    }

    @Test
    void corruptPdf() {
        expectUnread("broken.pdf", HostileDocuments.corruptPdf(), "UNREADABLE");
    }

    @Test
    void encryptedOfficeFile() throws Exception {
        expectUnread("secret.docx", HostileDocuments.encryptedDocx(), "ENCRYPTED");
    }

    @Test
    void passwordProtectedZip() throws Exception {
        try (var in = HostileInputTest.class.getResourceAsStream("/extraction/encrypted-settings.zip")) {
            expectUnread("settings.zip", in.readAllBytes(), "ENCRYPTED");
        }
    }

    @Test
    void emptyFile() {
        expectUnread("empty.txt", new byte[0], "EMPTY");
    }

    @Test
    void unknownBinary() {
        expectUnread("noise.bin", noise(4096), "UNSUPPORTED");
    }

    @Test
    void binaryInsideGzip() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(noise(8192));
        }
        expectUnread("blob.gz", gz.toByteArray(), "UNREADABLE");
    }

    /** Part of an archive unreadable: graded on what was read (PARTIAL), never GENERAL on its own authority. */
    @Test
    void readablePartOfAnArchiveIsGradedAndFlagged() throws Exception {
        byte[] zip = cn.energydata.classifier.corpus.Render.zip(java.util.List.of("notes.txt", "blob.bin"),
                java.util.List.of("会议纪要：下周检修计划".getBytes(StandardCharsets.UTF_8), noise(8192)));
        given().auth().oauth2(TOKEN)
                .multiPart("file", "mixed.zip", zip, "application/zip")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("extraction.status", equalTo("UNREADABLE"))
                .body("extraction.reason", containsString("mixed.zip!/blob.bin"))
                .body("levelBasis", equalTo("PARTIAL"))
                .body("needsReview", equalTo(true));
    }

    private static byte[] noise(int n) {
        byte[] noise = new byte[n];
        new java.util.Random(7).nextBytes(noise);
        return noise;
    }

    /** A 1 GB upload is refused from its Content-Length, before the body is read. */
    @Test
    void oneGigabyteUploadRefusedEarly() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/classifications HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 1073741824\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long t0 = System.nanoTime();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
        }
    }
}

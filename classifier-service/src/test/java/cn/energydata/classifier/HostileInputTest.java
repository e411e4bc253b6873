package cn.energydata.classifier;

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
import static org.hamcrest.Matchers.equalTo;

/** Every hostile input gets its documented 4xx problem and the service stays healthy. */
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

    @AfterEach
    void stillHealthy() {
        given().when().get("/q/health/live").then().statusCode(200);
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
        expect("broken.pdf", HostileDocuments.corruptPdf(), 422, "corrupt-document");
    }

    @Test
    void encryptedOfficeFile() throws Exception {
        expect("secret.docx", HostileDocuments.encryptedDocx(), 422, "encrypted-document");
    }

    @Test
    void emptyFile() {
        expect("empty.txt", new byte[0], 422, "empty-document");
    }

    @Test
    void unknownBinary() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        expect("noise.bin", noise, 415, "unsupported-document");
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

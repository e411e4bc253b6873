package cn.energydata.discovery.scan.objects;

import cn.energydata.discovery.support.ClassifierStubs;
import cn.energydata.discovery.support.S3ProxySource;
import cn.energydata.discovery.support.ScanCalls;
import cn.energydata.discovery.support.ServicesWireMock;
import cn.energydata.discovery.support.Tokens;
import cn.energydata.testing.EmbeddedPostgresResource;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.common.io.ByteSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.jclouds.blobstore.BlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Object stores (S3 through S3Proxy) and mounted file systems: listed, read within the budget, graded, incremental. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ServicesWireMock.class)
class ObjectScanTest {

    private static final String CUSTOMERS_CSV = "姓名,身份证号\n张三,110101196001010011\n李四,110101196001020014\n";
    private static final int MIB = 1024 * 1024;

    private String org;
    private String admin;

    @BeforeEach
    void setUp() {
        ClassifierStubs.install();
        var server = ServicesWireMock.server;
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(8)
                .withHeader("Content-Type", containing("multipart/form-data"))
                .willReturn(json("GENERAL")));
        server.stubFor(post(urlEqualTo("/api/classifications")).atPriority(3)
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBody(containing("customers.csv"))
                .willReturn(json("IMPORTANT")));
        org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        admin = Tokens.user("carol", org, "security-admin");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String level) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"level":"%s","levelBasis":"CONTENT","needsReview":false,"flags":[],"categories":[],"findings":[],
                 "reasons":[],"extraction":{"status":"COMPLETE"}}""".formatted(level));
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String key) {
        return items.stream().filter(i -> key.equals(i.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + items));
    }

    @Test
    void anS3BucketIsListedReadWithinTheBudgetAndGraded() throws Exception {
        BlobStore store = S3ProxySource.blobStore();
        String bucket = "lake-" + UUID.randomUUID().toString().substring(0, 8);
        store.createContainerInLocation(null, bucket);
        store.putBlob(bucket, store.blobBuilder("grid/customers.csv")
                .payload(CUSTOMERS_CSV.getBytes(StandardCharsets.UTF_8)).build());
        store.putBlob(bucket, store.blobBuilder("grid/readme.txt").payload("线路巡检说明".getBytes(StandardCharsets.UTF_8)).build());
        store.putBlob(bucket, store.blobBuilder("grid/historian.bin")
                .payload(ByteSource.wrap(new byte[3 * MIB])).contentLength(3L * MIB).build());
        store.putBlob(bucket, store.blobBuilder("other/outside-prefix.txt").payload("x".getBytes()).build());

        String sourceId = ScanCalls.register(admin, """
                {"name":"lake","kind":"S3","s3":{"endpoint":"%s","region":"us-east-1","bucket":"%s","prefix":"grid/",
                 "pathStyle":true},"credentials":{"username":"%s","password":"%s"},"sampling":{"objectBytes":%d}}"""
                .formatted(S3ProxySource.endpoint(), bucket, S3ProxySource.ACCESS_KEY, S3ProxySource.SECRET_KEY, MIB));
        String scanId = ScanCalls.start(admin, sourceId, "INCREMENTAL");
        JsonPath scan = ScanCalls.awaitEnd(admin, scanId);
        assertEquals("SUCCEEDED", scan.getString("state"), () -> ScanCalls.items(admin, scanId).prettify());
        assertEquals(3, scan.getInt("counts.total"), "only under the prefix");

        List<Map<String, Object>> items = ScanCalls.items(admin, scanId).getList("items");
        Map<String, Object> customers = item(items, "customers.csv");
        assertEquals("OBJECT", customers.get("kind"));
        assertEquals("IMPORTANT", customers.get("level"));
        assertEquals(false, customers.get("partlyRead"));
        Map<String, Object> historian = item(items, "historian.bin");
        assertEquals(true, historian.get("partlyRead"));
        assertEquals("read the first 1 MiB of 3 MiB", historian.get("reason"));
        assertEquals(MIB, ((Number) historian.get("bytesRead")).intValue());
        assertEquals(3 * MIB, ((Number) historian.get("sizeBytes")).intValue());

        List<LoggedRequest> sent = ServicesWireMock.server.findAll(postRequestedFor(urlEqualTo("/api/classifications"))
                .withRequestBody(containing("historian.bin")));
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).getBody().length < MIB + 2048, "no more than the budget is sent");
        LoggedRequest upsert = ServicesWireMock.server.findAll(putRequestedFor(urlEqualTo("/api/internal/discovered-assets"))
                .withRequestBody(containing(sourceId)).withRequestBody(containing("historian.bin"))).get(0);
        assertTrue(JsonPath.from(upsert.getBodyAsString()).getBoolean("facts.partlyRead"));
        assertEquals("FILE", JsonPath.from(upsert.getBodyAsString()).getString("assetType"));

        JsonPath again = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "INCREMENTAL"));
        assertEquals(3, again.getInt("counts.unchanged"), "same ETags");
        store.putBlob(bucket, store.blobBuilder("grid/readme.txt").payload("changed".getBytes()).build());
        String third = ScanCalls.start(admin, sourceId, "INCREMENTAL");
        ScanCalls.awaitEnd(admin, third);
        assertEquals("GRADED", item(ScanCalls.items(admin, third).getList("items"), "readme.txt").get("outcome"));
    }

    @Test
    void aWrongSecretKeyFailsTheScan() throws Exception {
        String sourceId = ScanCalls.register(admin, """
                {"name":"lake-bad","kind":"S3","s3":{"endpoint":"%s","bucket":"whatever","pathStyle":true},
                 "credentials":{"username":"%s","password":"wrong"}}""".formatted(S3ProxySource.endpoint(),
                S3ProxySource.ACCESS_KEY));
        JsonPath scan = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "FULL"));
        assertEquals("FAILED", scan.getString("state"));
        assertEquals("access-denied", scan.getString("error.type"));
    }

    @Test
    void aMountedFileSystemIsWalkedAndAHugeFileIsReadOnlyWithinTheBudget(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("billing"));
        Files.writeString(root.resolve("billing/customers.csv"), CUSTOMERS_CSV);
        Files.writeString(root.resolve("notes.txt"), "会议纪要");
        try (RandomAccessFile huge = new RandomAccessFile(root.resolve("historian-10g.bin").toFile(), "rw")) {
            huge.setLength(10L * 1024 * MIB); // sparse: 10 GiB that take no disk space
        }
        String sourceId = ScanCalls.register(admin, """
                {"name":"share","kind":"FILESYSTEM","filesystem":{"root":"%s"},"sampling":{"objectBytes":%d}}"""
                .formatted(root, 4 * MIB));
        String scanId = ScanCalls.start(admin, sourceId, "INCREMENTAL");
        JsonPath scan = ScanCalls.awaitEnd(admin, scanId);
        assertEquals("SUCCEEDED", scan.getString("state"), scan.prettify());
        List<Map<String, Object>> items = ScanCalls.items(admin, scanId).getList("items");
        assertEquals(3, items.size());
        assertEquals("IMPORTANT", item(items, "billing/customers.csv").get("level"));
        assertEquals("FILE", item(items, "billing/customers.csv").get("kind"));
        Map<String, Object> huge = item(items, "historian-10g.bin");
        assertEquals(true, huge.get("partlyRead"));
        assertEquals("read the first 4 MiB of 10 GiB", huge.get("reason"));
        assertEquals(4 * MIB, ((Number) huge.get("bytesRead")).intValue());

        JsonPath again = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "INCREMENTAL"));
        assertEquals(3, again.getInt("counts.unchanged"));
        Files.setLastModifiedTime(root.resolve("notes.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        String third = ScanCalls.start(admin, sourceId, "INCREMENTAL");
        ScanCalls.awaitEnd(admin, third);
        List<Map<String, Object>> thirdItems = ScanCalls.items(admin, third).getList("items");
        assertEquals("GRADED", item(thirdItems, "notes.txt").get("outcome"), "modification time changed");
        assertEquals("UNCHANGED", item(thirdItems, "billing/customers.csv").get("outcome"));
        assertFalse(Files.exists(root.resolve("billing/customers.csv.tmp")));
    }

    @Test
    void anUnmountedDirectoryFailsTheScan() {
        String sourceId = ScanCalls.register(admin, """
                {"name":"gone","kind":"FILESYSTEM","filesystem":{"root":"/nonexistent/%s"}}""".formatted(UUID.randomUUID()));
        JsonPath scan = ScanCalls.awaitEnd(admin, ScanCalls.start(admin, sourceId, "FULL"));
        assertEquals("FAILED", scan.getString("state"));
        assertEquals("unreachable", scan.getString("error.type"));
    }
}

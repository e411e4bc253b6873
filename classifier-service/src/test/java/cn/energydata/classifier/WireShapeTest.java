package cn.energydata.classifier;

import cn.energydata.classifier.engine.Fixtures;
import cn.energydata.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON of whole classifications (every field, every nested record) against files in
 * {@code src/test/resources/wire/}: a refactoring of the engine or of the wire records must not change what clients
 * read. Only {@code timings} vary between runs and are left out. After a deliberate API change, re-record with
 * {@code -Dwire.record=true} and review the diff.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WireShapeTest {

    private static final String CATALOG = TestTokens.service("catalog-service", "internal-service");
    private static final Path DIR = Path.of("src/test/resources/wire");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textWithPersonalInformationOfAdultsMinorsAndChildren() throws Exception {
        String text = "客户名单\n姓名：王小明，身份证号：" + Fixtures.residentId("110101", LocalDate.of(1985, 3, 9), 17)
                + "，手机 13912345678\n监护人联系：身份证 " + Fixtures.residentId("320102", LocalDate.of(2012, 6, 1), 21)
                + "；子女身份证 " + Fixtures.residentId("320102", LocalDate.of(2020, 6, 1), 22)
                + "\n附：500kV主网架稳控策略及断面限额，江苏、浙江、安徽电网调度计划\n";
        assertPinned("text-pi.json", post(Map.of("text", text)));
    }

    @Test
    void csvTableUpload() throws Exception {
        StringBuilder csv = new StringBuilder("name,id_card,phone,gps\n");
        for (int i = 0; i < 30; i++) {
            csv.append("客户").append(i).append(',').append(Fixtures.residentId(i)).append(',')
                    .append(Fixtures.mobile(i)).append(",\"31.2304").append(i % 10).append(",121.4737").append(i % 10)
                    .append("\"\n");
        }
        String body = given().auth().oauth2(CATALOG)
                .multiPart("file", "customers.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/classifications")
                .then().statusCode(200).extract().asString();
        assertPinned("csv-upload.json", body);
    }

    @Test
    void descriptorOnly() throws Exception {
        String descriptor = """
                {"name":"customers","assetType":"DATABASE","provinces":["Jiangsu"],"records":1200000,
                 "distinctPersons":900000,"unknownField":1,
                 "columns":[{"name":"id_card","comment":"身份证号","sampleValues":[]}]}""";
        assertPinned("descriptor.json", post(Map.of("descriptor", JSON.readTree(descriptor))));
    }

    @Test
    void unreadableUploadIsCoreUnknown() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        String body = given().auth().oauth2(CATALOG)
                .multiPart("file", "blob.bin", noise, "application/octet-stream")
                .when().post("/api/classifications")
                .then().statusCode(200).extract().asString();
        assertPinned("unreadable.json", body);
    }

    private static String post(Object request) {
        return given().auth().oauth2(CATALOG).contentType(ContentType.JSON).body(request)
                .when().post("/api/classifications")
                .then().statusCode(200).extract().asString();
    }

    private static void assertPinned(String file, String body) throws Exception {
        JsonNode actual = JSON.readTree(body);
        ((ObjectNode) actual).remove("timings");
        Path pinned = DIR.resolve(file);
        if (Boolean.getBoolean("wire.record")) {
            Files.writeString(pinned, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        assertThat(actual).isEqualTo(JSON.readTree(Files.readString(pinned)));
        assertThat(body).contains("\"timings\"");
    }
}

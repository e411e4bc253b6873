package cn.energydata.systemtest;

import cn.energydata.stack.Stack;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, the catalogue at the scale of a real inventory: an existing inventory of 20 000 data assets arrives as
 * one file and is registered as a background job (each row graded from its descriptor, as any registration); a
 * reviewer confirms the important ones in bulk; the security-admin exports the regulator's catalogue as a stream.
 * In city-solar (grace registers, heidi reviews, a security-admin created for the journey exports), so that twenty
 * thousand assets awaiting review do not crowd east-grid's queue, which the other journeys read.
 */
@ExtendWith(StackExtension.class)
@Order(Integer.MAX_VALUE) // last: see junit-platform.properties
class BulkCatalogueJourneySystemTest {

    private static final int ROWS = 20_000;
    /** One row in a hundred describes a provincial grid model: important by its descriptor. */
    private static final int IMPORTANT_EVERY = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Journey journey;

    @BeforeAll
    static void stack(Stack running) {
        journey = new Journey(running.config());
    }

    @Test
    void importTwentyThousandConfirmTheImportantOnesInBulkAndExportTheCatalogue() throws Exception {
        String job = journey.as("grace").contentType("application/x-ndjson").body(inventory())
                .post(journey.config.catalogUrl() + "/api/assets/imports")
                .then().statusCode(202).extract().path("id");
        JsonPath done = Journey.await("the import job to finish", Duration.ofMinutes(12),
                () -> journey.as("grace").get(journey.config.catalogUrl() + "/api/jobs/" + job)
                        .then().statusCode(200).extract().jsonPath(),
                j -> List.of("DONE", "FAILED").contains(j.getString("status")));
        assertEquals("DONE", done.getString("status"), "import job: " + done.prettify());
        assertEquals(ROWS, done.getInt("result.registered"), "every row registered");
        assertEquals(0, done.getInt("result.failed"), "no row failed");

        List<String> important = proposedImportant();
        assertEquals(ROWS / IMPORTANT_EVERY, important.size(), "the grid models were graded important");

        List<String> confirmed = new ArrayList<>();
        for (int from = 0; from < important.size(); from += 1000) {
            List<String> chunk = important.subList(from, Math.min(important.size(), from + 1000));
            JsonPath answer = journey.as("heidi").contentType(ContentType.JSON)
                    .body(Map.of("assetIds", chunk, "justification", "Grid models of one province: important, as graded."))
                    .post(journey.config.catalogUrl() + "/api/reviews/confirmations")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(), answer.getList("refused"), "nothing refused");
            confirmed.addAll(answer.getList("confirmed", String.class));
        }
        assertEquals(important.size(), confirmed.size());

        // The regulator's catalogue, written as a stream from a cursor (issue 20 item 1).
        String admin = KeycloakUsers.create(journey.config, "ivan", "security-admin", "city-solar");
        List<String> exported = journey.as(admin).queryParam("format", "json")
                .post(journey.config.catalogUrl() + "/api/exports")
                .then().statusCode(200).extract().jsonPath().getList("entries.assetId", String.class);
        assertTrue(exported.containsAll(confirmed), "the export lists every confirmed important asset of the import");
    }

    /** The imported assets graded important and waiting for review, through keyset pages. */
    private static List<String> proposedImportant() {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = journey.as("heidi").queryParam("status", "PROPOSED").queryParam("level", "IMPORTANT")
                    .queryParam("q", journey.suffix).queryParam("size", 200);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(journey.config.catalogUrl() + "/api/assets")
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            after = page.getString("next");
        } while (after != null);
        return ids;
    }

    /** JSON lines, one registration request per line, as an inventory system would export them. */
    private static byte[] inventory() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            Map<String, Object> row = i % IMPORTANT_EVERY == 0
                    ? journey.databaseAsset("Jiangsu 500 kV backbone grid model " + i, "华东500千伏主网架电网模型，含稳控策略与断面限额",
                    List.of("Jiangsu"))
                    : journey.databaseAsset("Office supplies ledger " + i, "办公用品领用台账", List.of("Jiangsu"));
            lines.append(JSON.writeValueAsString(row)).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}

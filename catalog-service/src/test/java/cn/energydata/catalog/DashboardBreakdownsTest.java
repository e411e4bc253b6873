package cn.energydata.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.energydata.catalog.Api.as;
import static cn.energydata.catalog.Api.asset;
import static cn.energydata.catalog.Api.register;
import static cn.energydata.catalog.Api.registrant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Statistics by month, department and province, and the department and province search filters (issue 15 item 6):
 * over the assets not retired, at the levels in force.
 */
@QuarkusTest
class DashboardBreakdownsTest {

    /** catalog.export.zone: months are counted in the filing authority's time zone. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    /** Backdates a registration (moving the shared clock back would also move the leases of running jobs). */
    private void registeredAt(String id, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update assets set registered_at = :at where id = :id")
                .setParameter("at", at).setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    @Test
    void breakdownsAndFilters() {
        String org = "dashboard-" + UUID.randomUUID();
        String alice = registrant("alice", org);
        String grid = graded(alice, "Grid model [CORE]", "Dispatch", List.of("Jiangsu", "Anhui"));
        graded(alice, "Customer ledger [IMPORTANT]", "Marketing", List.of("Jiangsu"));
        graded(alice, "Plain list", "Marketing", List.of("Zhejiang"));
        String retired = graded(alice, "Retired list [CORE]", "Gone", List.of("Gansu"));
        as(alice).body(Map.of("reason", "replaced")).post("/api/assets/" + retired + "/retirement").then()
                .statusCode(200);
        YearMonth now = YearMonth.now(clock.withZone(ZONE));

        Instant twoMonthsAgo = clock.instant().minus(Duration.ofDays(62));
        YearMonth earlier = YearMonth.from(twoMonthsAgo.atZone(ZONE));
        registeredAt(graded(alice, "Old ledger [IMPORTANT]", "Marketing", List.of("Anhui")), twoMonthsAgo);
        registeredAt(graded(alice, "Ancient list", "Marketing", List.of("Jiangsu")),
                twoMonthsAgo.minus(Duration.ofDays(400)));

        as(alice).get("/api/assets/statistics").then().statusCode(200)
                .body("total", equalTo(5))
                .body("byMonth", hasSize(12))
                .body("byMonth[11].month", equalTo(now.toString()))
                .body("byMonth[0].month", equalTo(now.minusMonths(11).toString()))
                .body("byMonth[11].registered", equalTo(3))
                .body("byMonth[11].important", equalTo(1))
                .body("byMonth[11].core", equalTo(1))
                .body("byMonth.find { it.month == '" + earlier + "' }.registered", equalTo(1))
                .body("byMonth.find { it.month == '" + earlier + "' }.important", equalTo(1))
                .body("byMonth.registered.sum()", equalTo(4))
                .body("byDepartment", hasSize(2))
                .body("byDepartment[0].key", equalTo("Marketing"))
                .body("byDepartment[0].total", equalTo(4))
                .body("byDepartment[0].important", equalTo(2))
                .body("byDepartment[0].core", equalTo(0))
                .body("byDepartment[1].key", equalTo("Dispatch"))
                .body("byDepartment[1].core", equalTo(1))
                .body("byProvince.key", equalTo(List.of("Jiangsu", "Anhui", "Zhejiang")))
                .body("byProvince.total", equalTo(List.of(3, 2, 1)))
                .body("byProvince.important", equalTo(List.of(1, 1, 0)))
                .body("byProvince.core", equalTo(List.of(1, 1, 0)));

        search(alice, Map.of("department", "Marketing")).body("total", equalTo(4));
        search(alice, Map.of("department", "Dispatch")).body("total", equalTo(1)).body("items[0].id", equalTo(grid));
        search(alice, Map.of("department", "marketing")).body("total", equalTo(0));
        search(alice, Map.of("department", "Gone")).body("total", equalTo(0));
        search(alice, Map.of("province", "Anhui")).body("total", equalTo(2));
        search(alice, Map.of("province", "Anhui", "department", "Marketing")).body("total", equalTo(1))
                .body("items[0].name", equalTo("Old ledger [IMPORTANT]"));
        search(alice, Map.of("province", "Anh")).body("total", equalTo(0));
    }

    @Test
    void departmentsAndProvincesAreTheTopTwentyByTotal() {
        String org = "dashboard-top-" + UUID.randomUUID();
        String alice = registrant("alice", org);
        for (int i = 1; i <= 21; i++) {
            register(alice, body("List " + i, "Department " + i, List.of("Province " + i)));
        }
        register(alice, body("Second list", "Department 21", List.of("Province 21")));

        as(alice).get("/api/assets/statistics").then().statusCode(200)
                .body("byDepartment", hasSize(20))
                .body("byDepartment[0].key", equalTo("Department 21"))
                .body("byDepartment[0].total", equalTo(2))
                .body("byProvince", hasSize(20))
                .body("byProvince[0].key", equalTo("Province 21"));
    }

    private static String graded(String token, String name, String department, List<String> provinces) {
        String id = register(token, body(name, department, provinces));
        Api.gradeDescriptor(token, id).statusCode(200);
        return id;
    }

    private static Map<String, Object> body(String name, String department, List<String> provinces) {
        Map<String, Object> body = asset(name);
        body.put("ownerDepartment", department);
        body.put("provinces", provinces);
        return body;
    }

    private static io.restassured.response.ValidatableResponse search(String token, Map<String, String> filters) {
        return as(token).queryParams(filters).get("/api/assets").then().statusCode(200);
    }
}

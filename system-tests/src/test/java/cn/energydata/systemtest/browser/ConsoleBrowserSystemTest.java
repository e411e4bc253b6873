package cn.energydata.systemtest.browser;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import cn.energydata.systemtest.Document;
import cn.energydata.systemtest.StackExtension;
import cn.energydata.systemtest.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review console in a real headless Chromium against the real stack: each role logs in through Keycloak's
 * login page and does its main work (register and upload, review, approve, export, verify the audit chain).
 * Screenshots of every main page are saved in target/screenshots. The methods build on each other in order.
 */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserSystemTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path DOWNLOADS = Path.of("target/downloads");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static StackConfig config;
    private static String console;
    private static String substationAssetId;
    private static String pressReleaseAssetId;
    private static String approvalId;

    @BeforeAll
    static void stack(Stack stack) {
        config = stack.config();
        console = config.consoleUrl();
    }

    @Test
    @Order(1)
    void registrantRegistersAndUploadsDocuments() throws IOException {
        try (Browser browser = open("en")) {
            browser.loginAs(console, "alice");
            assertEquals("alice", browser.byTestId("current-user").getAttribute("data-username"));
            assertEquals("east-grid", browser.byTestId("current-user").getAttribute("data-organisation"));
            // A registrant may register but not review or administer.
            assertTrue(browser.hasTestId("nav-register"));
            assertFalse(browser.hasTestId("nav-review"), "a registrant has no review queue");
            assertFalse(browser.hasTestId("nav-admin"));

            substationAssetId = register(browser, "Substation 220kV " + RUN, file(Document.substationConfiguration(RUN)));
            WebElement badge = browser.byTestId("grade-badge");
            assertEquals("IMPORTANT", badge.getAttribute("data-level"), "an IEC 61850 substation model is important data");
            assertEquals("PROPOSED", browser.byTestId("asset-status").getAttribute("data-status"));
            assertFalse(browser.allByTestId("finding-row").isEmpty(), "the evidence a reviewer checks is shown");
            assertFalse(browser.allByTestId("control-row").isEmpty(), "the handling controls of the level are shown");
            assertFalse(browser.hasTestId("review-form"), "a registrant cannot review");
            browser.screenshot("03-asset-detail-important");

            pressReleaseAssetId = register(browser, "Press release " + RUN, file(Document.pressRelease()));
            assertEquals("GENERAL", browser.byTestId("grade-badge").getAttribute("data-level"));

            browser.byTestId("nav-assets").click();
            browser.byTestId("filter-q").sendKeys(RUN);
            browser.byTestId("filter-submit").click();
            browser.waitUntil(d -> browser.allByTestId("asset-row").size() == 2);
            browser.screenshot("02-assets");

            browser.byTestId("nav-dashboard").click();
            browser.byTestId("stats");
            browser.screenshot("01-dashboard-registrant");
        }
    }

    @Test
    @Order(2)
    void reviewerWorksTheQueueAndConfirmsAGrade() {
        try (Browser browser = open("en")) {
            browser.loginAs(console, "bob");
            browser.byTestId("nav-review").click();
            browser.byTestId("review-queue");
            browser.screenshot("04-review-queue");
            WebElement row = findInQueue(browser, substationAssetId);
            // The queue puts important and core data before general data.
            List<String> queue = browser.allByTestId("queue-row").stream()
                    .map(r -> r.getAttribute("data-asset-id")).toList();
            assertTrue(queue.indexOf(substationAssetId) < queue.indexOf(pressReleaseAssetId) || !queue.contains(pressReleaseAssetId),
                    "important before general: " + queue);

            row.findElement(By.cssSelector("[data-testid='queue-asset-link']")).click();
            browser.byTestId("review-form");
            browser.screenshot("05-review-form");
            browser.byTestId("decision-confirm").click();
            browser.byTestId("review-justification").sendKeys("SCL of a 220 kV substation: grid model, important as proposed.");
            browser.byTestId("review-submit").click();
            browser.waitUntil(d -> "CONFIRMED".equals(browser.byTestId("asset-status").getAttribute("data-status")));
            assertEquals("IMPORTANT", browser.byTestId("grade-badge").getAttribute("data-level"));
            assertFalse(browser.allByTestId("review-row").isEmpty(), "the review is in the history");
            browser.screenshot("06-asset-confirmed");
        }
    }

    @Test
    @Order(3)
    void securityAdminRecordsAnAssessmentGrantsAnApprovalAndExportsTheCatalogue() throws IOException {
        // alice wants to provide the confirmed important asset to another entity: first a cross-entity
        // assessment must be on file, then a security-admin must approve the single provision.
        String alice = Tokens.user(config, "alice");
        Map<String, Object> provision = Map.of("action", "PROVIDE_TO_ENTITY", "assetId", substationAssetId,
                "context", Map.of("purpose", "grid planning study with the provincial design institute"));
        decide(alice, provision).body("effect", equalTo("DENY"));

        try (Browser browser = open("en")) {
            browser.loginAs(console, "carol");
            browser.byTestId("nav-admin").click();
            new Select(browser.byTestId("assessment-type")).selectByValue("CROSS_ENTITY");
            browser.byTestId("assessment-reference").sendKeys("XE-" + RUN);
            browser.byTestId("assessment-scope").sendKeys("Provision of substation models to the design institute");
            browser.byTestId("assessment-assets").sendKeys(substationAssetId);
            browser.byTestId("assessment-submit").click();
            browser.waitUntil(d -> browser.allByTestId("assessment-row").stream()
                    .anyMatch(r -> r.getText().contains("XE-" + RUN)));

            approvalId = decide(alice, provision).body("effect", equalTo("APPROVAL_REQUIRED"))
                    .extract().path("approvalId");
            assertNotNull(approvalId);
            browser.driver().navigate().refresh();
            WebElement approval = browser.waitFor(By.id("approval-" + approvalId));
            assertEquals("PENDING", approval.getAttribute("data-status"));
            browser.screenshot("07-admin-approvals");
            browser.waitFor(By.id("approve-" + approvalId)).click();
            assertEquals("approved", browser.byTestId("notice").getAttribute("data-notice"));
            // The list shows pending requests by default; the granted one is under "Approved".
            new Select(browser.byTestId("approval-status")).selectByValue("APPROVED");
            browser.waitFor(By.id("approval-filter-submit")).click();
            assertEquals("APPROVED", browser.waitFor(By.id("approval-" + approvalId)).getAttribute("data-status"));

            int exportsBefore = browser.allByTestId("export-row").size();
            browser.byTestId("export-csv").click();
            Path csv = awaitDownload(".csv");
            String catalogue = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(catalogue.contains("Substation 220kV " + RUN), "the confirmed important asset is catalogued");
            assertFalse(catalogue.contains("Press release " + RUN), "general data is not in the important-data catalogue");
            browser.driver().navigate().refresh();
            browser.waitUntil(d -> browser.allByTestId("export-row").size() > exportsBefore);
            browser.screenshot("08-admin-after-export");
        }

        // The approval works once: the repeated request with it is permitted, another one is not.
        Map<String, Object> withApproval = Map.of("action", "PROVIDE_TO_ENTITY", "assetId", substationAssetId,
                "context", Map.of("purpose", "grid planning study with the provincial design institute",
                        "approvalId", approvalId));
        decide(alice, withApproval).body("effect", equalTo("PERMIT"));
        decide(alice, withApproval).body("effect", equalTo("APPROVAL_REQUIRED"));
    }

    @Test
    @Order(4)
    void auditorVerifiesTheChainAndReadsTheDecisionLog() {
        try (Browser browser = open("en")) {
            browser.loginAs(console, "dave");
            assertFalse(browser.hasTestId("nav-register"), "an auditor registers nothing");
            browser.byTestId("nav-audit").click();
            assertEquals("true", browser.byTestId("chain-status").getAttribute("data-valid"));
            browser.waitUntil(d -> browser.allByTestId("decision-row").stream()
                    .anyMatch(r -> "PERMIT".equals(r.getAttribute("data-effect"))));
            assertTrue(browser.allByTestId("decision-row").stream()
                    .anyMatch(r -> "APPROVAL_REQUIRED".equals(r.getAttribute("data-effect"))));
            browser.screenshot("09-audit");
        }
    }

    @Test
    @Order(5)
    void eachPageRefusesTheRolesItIsNotFor() {
        try (Browser browser = open("en")) {
            browser.loginAs(console, "alice");
            for (String page : List.of("/admin", "/audit", "/review")) {
                browser.go(console + page);
                WebElement error = browser.byTestId("error");
                assertEquals("403", error.getAttribute("data-status"), page);
                assertEquals("forbidden", error.getAttribute("data-kind"), page);
            }
            browser.screenshot("10-forbidden");
        }
        try (Browser browser = open("en")) {
            // Another organisation's user does not learn the asset exists.
            browser.loginAs(console, "erin");
            browser.go(console + "/assets/" + substationAssetId);
            assertEquals("404", browser.byTestId("error").getAttribute("data-status"));
        }
    }

    @Test
    @Order(6)
    void theInterfaceSpeaksChineseAndWorksWithTheKeyboard() {
        try (Browser browser = open("zh-CN")) {
            browser.loginAs(console, "bob");
            browser.byTestId("lang-zh").click();
            browser.waitUntil(d -> containsHan(d.findElement(By.id("page-title")).getText()));
            assertTrue(containsHan(browser.byTestId("main-nav").getText()), browser.byTestId("main-nav").getText());
            browser.screenshot("11-dashboard-zh");
            browser.go(console + "/assets/" + substationAssetId);
            assertTrue(containsHan(browser.byTestId("controls").getText()));
            browser.screenshot("12-asset-detail-zh");

            // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
            browser.go(console + "/");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("skip-link", focused.getAttribute("data-testid"));
            // Every field of the registration form has a label.
            browser.byTestId("lang-en").click();
        }
        try (Browser browser = open("en")) {
            browser.loginAs(console + "/assets/new", "alice");
            List<WebElement> fields = browser.driver().findElements(By.cssSelector("#register-form input, #register-form select, #register-form textarea"));
            assertFalse(fields.isEmpty());
            for (WebElement field : fields) {
                String id = field.getAttribute("id");
                if ("hidden".equals(field.getAttribute("type"))) {
                    continue;
                }
                assertFalse(browser.driver().findElements(By.cssSelector("label[for='" + id + "']")).isEmpty(),
                        "field " + id + " has a label");
            }
            browser.screenshot("13-register-form");
        }
    }

    // ----------------------------------------------------------------------------------------------------

    private static ValidatableResponse decide(String token, Map<String, Object> request) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .post(config.policyUrl() + "/api/decisions")
                .then().statusCode(200);
    }

    private static Browser open(String language) {
        return Browser.open(language, SCREENSHOTS, DOWNLOADS.resolve(RUN));
    }

    /** Fills the registration form with a file and returns the new asset's id once its page shows a grade. */
    private static String register(Browser browser, String name, Path file) {
        browser.byTestId("nav-register").click();
        browser.byTestId("reg-name").sendKeys(name);
        browser.byTestId("reg-description").sendKeys("Registered by the browser test");
        new Select(browser.byTestId("reg-type")).selectByValue("FILE");
        browser.byTestId("reg-department").sendKeys("Dispatch centre");
        browser.byTestId("reg-contact").sendKeys("dispatch@east-grid.example");
        browser.byTestId("reg-file").sendKeys(file.toAbsolutePath().toString());
        browser.byTestId("register-submit").click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/assets/[0-9a-f-]{36}.*")
                && !d.findElements(By.cssSelector("[data-testid='grade-badge']")).isEmpty()
                && !d.findElement(By.cssSelector("[data-testid='grade-badge']")).getAttribute("data-level").isEmpty());
        String url = browser.driver().getCurrentUrl();
        return url.replaceAll(".*/assets/([0-9a-f-]{36}).*", "$1");
    }

    /** The queue row of an asset, paging forward: other tests of the run may have put riskier assets first. */
    private static WebElement findInQueue(Browser browser, String assetId) {
        while (true) {
            List<WebElement> rows = browser.driver().findElements(By.id("queue-row-" + assetId));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            List<WebElement> next = browser.allByTestId("page-next");
            assertFalse(next.isEmpty(), "asset " + assetId + " is not in the review queue");
            browser.clickToNewPage(next.get(0));
        }
    }

    private static Path file(Document document) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/browser-uploads", RUN));
        return Files.write(dir.resolve(document.fileName()), document.bytes());
    }

    private static Path awaitDownload(String suffix) throws IOException {
        Path dir = DOWNLOADS.resolve(RUN);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                var done = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No " + suffix + " download in " + dir + " within 30 s");
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}

package cn.energydata.systemtest.browser;

import cn.energydata.stack.Stack;
import cn.energydata.stack.StackConfig;
import cn.energydata.systemtest.Document;
import cn.energydata.systemtest.StackExtension;
import cn.energydata.systemtest.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's "done when" for the five main pages — dashboard, asset list, asset detail, review queue, admin — each in
 * the role that uses it: in Chinese, in English, and in Chinese on a 390 px phone screen. On every one axe-core finds
 * no serious or critical WCAG 2.1 AA violation; in Chinese mode no English sentence of the message bundles, rule
 * packs or policies shows; at 390 px nothing makes the page scroll sideways. Screenshots go to target/screenshots.
 */
@ExtendWith(StackExtension.class)
class ConsolePagesSystemTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots/pages");
    private static final Path DOWNLOADS = Path.of("target/downloads");
    private static final int PHONE = 390;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static StackConfig config;
    private static String assetId;
    private static Set<String> english;

    /** A page, the user who works there, and an element that shows it has rendered. */
    private record Page(String name, String user, String path, String readyTestId) {
    }

    @BeforeAll
    static void data(Stack stack) {
        config = stack.config();
        english = EnglishSentences.of(config.root());
        String alice = Tokens.user(config, "alice");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "变电站配置 " + RUN);
        body.put("type", "FILE");
        body.put("ownerDepartment", "调度控制中心");
        body.put("ownerContact", "dispatch@east-grid.example");
        body.put("energyActivity", "PRODUCTION");
        body.put("provinces", List.of("Jiangsu"));
        assetId = given().auth().oauth2(alice).contentType(ContentType.JSON).body(body)
                .post(config.catalogUrl() + "/api/assets").then().statusCode(201).extract().path("id");
        Document scl = Document.substationConfiguration(RUN);
        given().auth().oauth2(alice).multiPart("file", scl.fileName(), scl.bytes(), scl.mediaType())
                .post(config.catalogUrl() + "/api/assets/" + assetId + "/content").then().statusCode(200);
    }

    private static List<Page> pages() {
        return List.of(
                new Page("dashboard", "carol", "/", "stats"),
                new Page("assets", "bob", "/assets", "asset-row"),
                new Page("asset-detail", "bob", "/assets/" + assetId, "grade-badge"),
                new Page("review-queue", "bob", "/review", "review-queue"),
                new Page("admin", "carol", "/admin", "approvals"));
    }

    @Test
    void mainPagesInChineseHaveNoEnglishSentenceAndNoSeriousAccessibilityViolation() {
        List<String> problems = new ArrayList<>();
        for (Page page : pages()) {
            try (Browser browser = Browser.open("zh-CN", SCREENSHOTS, DOWNLOADS)) {
                open(browser, page);
                browser.screenshot(page.name() + "-zh");
                List<String> shown = EnglishSentences.shownIn(browser.text(), english);
                if (!shown.isEmpty()) {
                    problems.add(page.name() + " (zh) shows English: " + shown);
                }
                Axe.serious(browser).forEach(v -> problems.add(page.name() + " (zh): " + v));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void mainPagesInEnglishHaveNoSeriousAccessibilityViolation() {
        List<String> problems = new ArrayList<>();
        for (Page page : pages()) {
            try (Browser browser = Browser.open("en", SCREENSHOTS, DOWNLOADS)) {
                open(browser, page);
                browser.screenshot(page.name() + "-en");
                Axe.serious(browser).forEach(v -> problems.add(page.name() + " (en): " + v));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void mainPagesFitAPhoneScreen() {
        List<String> problems = new ArrayList<>();
        for (Page page : pages()) {
            try (Browser browser = Browser.open("zh-CN", SCREENSHOTS, DOWNLOADS)) {
                browser.width(PHONE);
                open(browser, page);
                browser.screenshot(page.name() + "-zh-390");
                long width = browser.pageWidth();
                if (width > PHONE) {
                    problems.add(page.name() + " is " + width + " px wide at " + PHONE + " px");
                }
                Axe.serious(browser).forEach(v -> problems.add(page.name() + " (390 px): " + v));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void unknownPathsGetTheConsolesOwnNotFoundPageAndTheFaviconIsServed() {
        try (Browser browser = Browser.open("zh-CN", SCREENSHOTS, DOWNLOADS)) {
            browser.loginAs(config.consoleUrl(), "bob");
            for (String path : List.of("/no-such-page-" + RUN, "/assets/does-not-exist", "/assets/" + UUID.randomUUID())) {
                browser.go(config.consoleUrl() + path);
                assertEquals("404", browser.byTestId("error").getAttribute("data-status"), path);
                assertTrue(browser.hasTestId("main-nav"), "the console's own page, with its menu: " + path);
            }
        }
        assertEquals(200, given().get(config.consoleUrl() + "/favicon.ico").statusCode());
    }

    private static void open(Browser browser, Page page) {
        browser.loginAs(config.consoleUrl(), page.user());
        browser.go(config.consoleUrl() + page.path());
        browser.byTestId(page.readyTestId());
    }
}

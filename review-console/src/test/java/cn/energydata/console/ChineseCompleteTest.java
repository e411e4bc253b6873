package cn.energydata.console;

import cn.energydata.console.ui.ConsoleMessages;
import cn.energydata.console.ui.LabelMessages;
import io.quarkus.qute.i18n.Message;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 item 4, the console's own strings: a page in Chinese shows no English sentence of the message bundles
 * (labels, status values, explanations, validation problems) and uses Chinese colons. Text that comes from the
 * backends (asset names, policy reasons) is theirs to translate and is not checked here.
 */
@QuarkusTest
@TestSecurity(user = "carol", roles = {"security-admin", "security-reviewer", "auditor", "data-registrant"})
@OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
class ChineseCompleteTest {

    static final Pattern QUTE = Pattern.compile("\\{[^}]*}");

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    /** The English phrases of the bundle: the literal parts of every message with three words or more. */
    static List<String> englishPhrases() {
        List<String> phrases = new ArrayList<>();
        List<Method> methods = new ArrayList<>(List.of(ConsoleMessages.class.getDeclaredMethods()));
        methods.addAll(List.of(LabelMessages.class.getDeclaredMethods()));
        for (Method m : methods) {
            Message message = m.getAnnotation(Message.class);
            for (String part : QUTE.split(message.value())) {
                String phrase = part.trim();
                if (phrase.split("\\s+").length >= 3 && phrase.chars().anyMatch(Character::isLetter)) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    @Test
    void theMainPagesInChineseShowNoEnglishSentenceOfTheBundle() {
        BackendStub.json(get(urlPathEqualTo("/api/assets/" + BackendStub.ASSET_ID)), 200,
                BackendStub.DETAIL_WITH_PROPOSAL_AND_SECOND_REVIEW);
        BackendStub.json(get(urlPathEqualTo("/api/sources/" + DiscoveryPagesTest.SOURCE_ID)), 200,
                DiscoveryPagesTest.SOURCE);
        BackendStub.json(get(urlPathEqualTo("/api/sources/" + DiscoveryPagesTest.SOURCE_ID + "/scans")), 200,
                "{\"items\":[" + DiscoveryPagesTest.scan("SUCCEEDED", "2026-11-28T10:09:00Z")
                        + "],\"page\":0,\"size\":20,\"total\":1}");
        BackendStub.json(get(urlPathEqualTo("/api/scans/" + DiscoveryPagesTest.SCAN_ID)), 200,
                DiscoveryPagesTest.scan("RUNNING", null));
        BackendStub.json(get(urlPathEqualTo("/api/scans/" + DiscoveryPagesTest.SCAN_ID + "/items")), 200,
                DiscoveryPagesTest.ITEMS);
        BackendStub.json(get(urlPathEqualTo("/api/audit/records")), 200, AuditRecordsAndExportsTest.RECORDS);
        // a general grade awaiting review: the queue offers the bulk confirmation
        BackendStub.json(get(urlPathEqualTo("/api/review-queue")), 200, """
                {"items":[{"asset":%s,"reason":"PROPOSED","proposal":null}],"page":0,"size":20,"total":1}
                """.formatted(ReviewFormAndBulkConfirmationTest.general(ReviewFormAndBulkConfirmationTest.GENERAL_1,
                "Press release", "alice")));
        List<String> phrases = englishPhrases();
        assertTrue(phrases.size() > 200, "too few phrases found: " + phrases.size());
        for (String path : List.of("/", "/assets", "/assets/new", "/assets/" + BackendStub.ASSET_ID,
                "/assets/" + BackendStub.ASSET_ID + "/edit", "/review",
                "/admin", "/audit", "/organisation", "/ledger", "/incidents", "/no-such-page",
                "/discovery/sources/new", "/discovery/sources/" + DiscoveryPagesTest.SOURCE_ID,
                "/discovery/scans/" + DiscoveryPagesTest.SCAN_ID, "/audit/records")) {
            String page = given().cookie("lang", "zh").when().get(path).then().extract().asString();
            assertTrue(page.contains("<html lang=\"zh\">"), path);
            if (path.equals("/review")) {
                assertTrue(page.contains("id=\"bulk-confirm-form\""), "the bulk confirmation is checked too");
            }
            for (String phrase : phrases) {
                assertTrue(!page.contains(htmlEscaped(phrase)), path + " shows English: " + phrase);
            }
        }
    }

    @Test
    void theAssetPageInChineseUsesChineseColonsAndWordsForEveryStatusValue() {
        String page = given().cookie("lang", "zh").when().get("/assets/" + BackendStub.ASSET_ID).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("级别："), "ASCII colon after a label");
        assertTrue(!page.contains("级别: "), "ASCII colon after a label");
        for (String raw : List.of(">AUTOMATIC<", ">UPLOAD<", ">CONFIRM<", ">APPLIED<", ">TRANSFER_CROSS_BORDER<",
                ">PROPOSED<", ">FORMAT<")) {
            assertTrue(!page.contains(raw), "raw value shown: " + raw);
        }
        assertTrue(page.contains("待审核"), "the status PROPOSED in words");
    }

    private static String htmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

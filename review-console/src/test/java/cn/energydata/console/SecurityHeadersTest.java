package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15 item 9: the console's own 404, a favicon, and the security headers on every kind of answer. */
@QuarkusTest
class SecurityHeadersTest {

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    static ValidatableResponse hardened(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    @TestSecurity(user = "carol", roles = "security-admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void everyAnswerCarriesTheSecurityHeaders() {
        hardened(given().when().get("/").then().statusCode(200));
        hardened(given().when().get("/admin").then().statusCode(200));
        hardened(given().when().get("/css/console.css").then().statusCode(200));
        hardened(given().when().get("/favicon.ico").then().statusCode(200));
        hardened(given().when().get("/no-such-page").then().statusCode(404));
        hardened(given().redirects().follow(false).when().get("/lang?l=zh").then().statusCode(303));
    }

    @Test
    void publicAnswersCarryThemToo() {
        hardened(given().when().get("/logged-out").then().statusCode(200));
        // An anonymous visitor is sent to log in; that answer is hardened as well.
        hardened(given().redirects().follow(false).when().get("/assets").then().statusCode(302));
    }

    @Test
    void theFaviconIsAnIcon() {
        given().when().get("/favicon.ico").then().statusCode(200)
                .contentType(containsString("icon"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void unknownPathsAndAssetIdsGetTheConsolesOwnNotFoundPageInTheUsersLanguage() {
        for (String path : new String[] {"/no-such-page", "/assets/does-not-exist", "/assets/123/nothing-here"}) {
            given().when().get(path).then().statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("data-kind=\"not-found\""))
                    .body(containsString("id=\"main-nav\""))
                    .body(containsString("Page not found."));
        }
        given().cookie("lang", "zh").when().get("/assets/does-not-exist").then().statusCode(404)
                .body(containsString("页面不存在。"));
    }

    @Test
    void noTemplateOrScriptNeedsInlineCode() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:|\\sstyle\\s*=|<style",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(inline.matcher(Files.readString(file)).find(), file + " has inline script or style");
            }
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void htmxIsServedLocallyAndConfiguredNotToInjectStylesOrEvaluateCode() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer></script>"));
        assertTrue(page.contains("\"includeIndicatorStyles\":false,\"allowEval\":false"));
        assertFalse(page.contains("http://") || page.contains("https://"), "a page loads something from elsewhere");
        given().when().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void sessionAndCsrfCookiesAreSecureInTheProdProfile() throws IOException {
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod")
                .withSources(new PropertiesConfigSource(
                        Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .build();
        assertEquals(Boolean.TRUE, prod.getValue("quarkus.oidc.authentication.cookie-force-secure", Boolean.class));
        assertEquals(Boolean.TRUE, prod.getValue("quarkus.rest-csrf.cookie-force-secure", Boolean.class));
        SmallRyeConfig test = new SmallRyeConfigBuilder().withProfile("test")
                .withSources(new PropertiesConfigSource(
                        Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .build();
        assertEquals(false, test.getOptionalValue("quarkus.oidc.authentication.cookie-force-secure", Boolean.class)
                .orElse(false), "tests run over plain http");
    }
}

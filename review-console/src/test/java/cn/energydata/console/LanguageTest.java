package cn.energydata.console;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Chinese and English: the language switch's cookie first, then Accept-Language, then English. */
@QuarkusTest
class LanguageTest {

    @BeforeEach
    void stubs() {
        BackendStub.reset();
        BackendStub.standard();
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void englishByDefault() {
        given().when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Deciding reasons"))
                .body(containsString(">Important</span>"))
                .body(containsString("Record the review"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void chineseFromAcceptLanguage() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .when().get("/assets/" + BackendStub.ASSET_ID).then().statusCode(200)
                .body(containsString("<html lang=\"zh\">"))
                .body(containsString("定级理由"))
                .body(containsString(">重要</span>"))
                .body(containsString("提交审核"))
                .body(not(containsString("Deciding reasons")));
        given().header("Accept-Language", "zh-CN").when().get("/review").then().statusCode(200)
                .body(containsString("审核队列"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void theCookieOfTheSwitchWinsOverAcceptLanguage() {
        given().header("Accept-Language", "zh-CN").cookie("lang", "en").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Dashboard"));
        given().cookie("lang", "zh").when().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"zh\">")).body(containsString("概览"));
    }

    @Test
    void theSwitchSetsTheCookieAndGoesBackToThePageOnThisSiteOnly() {
        given().redirects().follow(false).header("Referer", "http://localhost:8084/assets?level=CORE")
                .when().get("/lang?l=zh").then().statusCode(303)
                .header("Location", endsWith("/assets?level=CORE"))
                .cookie("lang", "zh");
        given().redirects().follow(false).header("Referer", "https://evil.example//evil.example/x")
                .when().get("/lang?l=en").then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "security-reviewer")
    @OidcSecurity(claims = @Claim(key = "org", value = "east-grid"))
    void errorsAreTranslatedToo() {
        BackendStub.reset();
        BackendStub.down("/api/.*");
        given().header("Accept-Language", "zh").when().get("/review").then().statusCode(503)
                .body(containsString("服务暂不可用"));
    }
}

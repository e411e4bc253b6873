package cn.energydata.console;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSRF token as a browser holds it: the {@code csrf-token} cookie a page sets and the hidden input its forms
 * carry. {@code CsrfToken.of("/assets/new").multipart()...post("/assets")} posts like the real form does.
 */
record CsrfToken(String cookie, String field) {

    static final String NAME = "csrf-token";
    private static final Pattern INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"" + NAME + "\" value=\"([^\"]+)\" data-testid=\"csrf-token\">");

    /** GETs the page (as the test's user) and reads its cookie and the hidden input of its first form. */
    static CsrfToken of(String page) {
        Response response = given().when().get(page).then().statusCode(200).extract().response();
        String cookie = response.getCookie(NAME);
        assertNotNull(cookie, page + " sets no " + NAME + " cookie");
        Matcher input = INPUT.matcher(response.asString());
        assertTrue(input.find(), page + " has no form with the CSRF token");
        return new CsrfToken(cookie, input.group(1));
    }

    /**
     * For a user whose pages have no form (posting to what their role may not do): the cookie of a page they can
     * see, sent as the form field too (the token is not signed, so cookie and field are the same value).
     */
    static CsrfToken cookieOf(String page) {
        String cookie = given().when().get(page).then().statusCode(200).extract().cookie(NAME);
        assertNotNull(cookie, page + " sets no " + NAME + " cookie");
        return new CsrfToken(cookie, cookie);
    }

    /** A form-urlencoded post carrying the token. */
    RequestSpecification form() {
        return given().cookie(NAME, cookie).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(NAME, field);
    }

    /** A multipart post carrying the token (registration, new content). */
    RequestSpecification multipart() {
        return given().cookie(NAME, cookie).multiPart(NAME, field);
    }
}

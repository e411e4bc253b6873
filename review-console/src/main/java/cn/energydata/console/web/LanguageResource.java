package cn.energydata.console.web;

import cn.energydata.console.ui.UiLocale;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;

/** The language switch: remembers zh or en in a cookie for a year and goes back to the page it came from. */
@Path("/lang")
public class LanguageResource {

    @GET
    public Response choose(@QueryParam("l") String language, @HeaderParam("Referer") String referer) {
        Locale chosen = UiLocale.supported(language);
        Response.ResponseBuilder answer = Response.seeOther(URI.create(back(referer)));
        if (chosen != null) {
            answer.cookie(new NewCookie.Builder(UiLocale.COOKIE).value(chosen.getLanguage()).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build());
        }
        return answer.build();
    }

    /** Only the path and query of the referring page: never an open redirect to another site. */
    static String back(String referer) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || path.isEmpty() || !path.startsWith("/") || path.startsWith("//")
                    || path.startsWith("/lang")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}

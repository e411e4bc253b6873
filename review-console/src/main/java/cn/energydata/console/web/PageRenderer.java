package cn.energydata.console.web;

import cn.energydata.console.ui.UiLocale;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Renders a template in the request's interface language, with the right status. */
@RequestScoped
public class Pages {

    @Inject
    UiLocale locale;

    @Inject
    HttpHeaders headers;

    public Response ok(TemplateInstance page) {
        return render(200, page);
    }

    public Response render(int status, TemplateInstance page) {
        String html = page.setLocale(locale.locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store").build();
    }

    /** True when htmx sent the request (it then swaps a fragment instead of loading a page). */
    public boolean htmx() {
        return "true".equals(headers.getHeaderString("HX-Request"));
    }

    /** After a successful form post: 303 to the page to show, or HX-Redirect for htmx. */
    public Response seeOther(String location) {
        if (htmx()) {
            return Response.ok().header("HX-Redirect", location).build();
        }
        return Response.seeOther(URI.create(location)).build();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

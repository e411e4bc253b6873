package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.ui.ConsoleMessages;
import cn.energydata.console.ui.UiLocale;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Renders a template in the request's interface language, with the right status. */
@RequestScoped
public class PageRenderer {

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

    /** The interface text of this request's language. */
    public ConsoleMessages messages() {
        return MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(locale.locale().getLanguage()));
    }

    /** The labels added since issue 15 items 4 and 5, in this request's language. */
    public cn.energydata.console.ui.LabelMessages labels() {
        return MessageBundles.get(cn.energydata.console.ui.LabelMessages.class,
                Localized.Literal.of(locale.locale().getLanguage()));
    }

    /** The console's own refusal of a request (before any backend saw it), worded in the user's language. */
    public BackendException refusal(int status, String problem) {
        ConsoleMessages msg = messages();
        return new BackendException("review-console", status, "urn:energy-data:problem:" + problem,
                msg.refusal_title(problem), msg.refusal_detail(problem), java.util.List.of());
    }

    /** A backend's field error in the user's language where the console has words for it, else as written. */
    public String worded(BackendException.FieldError error) {
        String code = error.problemCode();
        return code.equals("invalid") ? (error.message() == null ? "" : error.message())
                : messages().form_problem(code);
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
}

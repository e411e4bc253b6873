package cn.energydata.console.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The refusal of quarkus-rest-csrf as a readable page. The extension's request filter answers a state-changing
 * request whose CSRF token is missing or does not match the {@code csrf-token} cookie with an empty 400
 * ({@code abortWith}, so no exception mapper sees it). This response filter recognises that answer (an unsafe
 * method, 400 without a body, and no "token verified" mark of the extension on the request) and renders it as the
 * console's error page: 403, {@code data-kind="csrf"}, in the user's language, or the fragment for htmx.
 */
public class CsrfRefusal {

    private static final Logger LOG = Logger.getLogger(CsrfRefusal.class);

    /** Set by the extension's filter on the routing context once the token matched the cookie. */
    private static final String TOKEN_VERIFIED = "csrf_token_verified";

    @Inject
    Template error;

    @Inject
    @Location("error_fragment.html")
    Template errorFragment;

    @Inject
    PageRenderer pages;

    @ServerResponseFilter
    public void refused(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() != 400 || response.hasEntity() || safe(request.getMethod())
                || routing.get(TOKEN_VERIFIED) != null) {
            return;
        }
        LOG.infof("CSRF token missing or wrong: %s %s refused", request.getMethod(), routing.normalizedPath());
        Response page = ErrorPageMapper.page(pages, pages.htmx() ? errorFragment : error, 403, "csrf", null, null, null,
                null);
        response.setStatus(page.getStatus());
        response.setEntity(page.getEntity(), null, page.getMediaType());
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }

    private static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}

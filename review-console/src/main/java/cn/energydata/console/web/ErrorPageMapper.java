package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.BackendUnavailableException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Backend errors and refusals as readable pages (or, for htmx, as a fragment to swap in): the problem's title and
 * detail, never a stack trace. A backend that cannot be reached is "service unavailable" (503).
 */
public class ErrorPageMapper {

    private static final Logger LOG = Logger.getLogger(ErrorPageMapper.class);

    @Inject
    Template error;

    @Inject
    @Location("error_fragment.html")
    Template errorFragment;

    @Inject
    PageRenderer pages;

    @ServerExceptionMapper
    public Response backend(BackendException e) {
        // The backend's own status tells the reader what happened (400 invalid, 404, 409 stale version, ...);
        // a backend 5xx stays a 502 here: the console worked, its backend did not.
        int status = e.status() >= 500 ? 502 : e.status();
        LOG.debugf("%s", e.getMessage());
        return page(status, "problem", e.service(), e.title(), e.detail(), e);
    }

    @ServerExceptionMapper
    public Response unavailable(BackendUnavailableException e) {
        LOG.warnf("%s: %s", e.getMessage(), e.getCause() == null ? "gateway error" : e.getCause().toString());
        return page(503, "unavailable", e.service(), null, null, null);
    }

    /** No page at this address (no resource, or a path parameter such as an asset id that cannot be one). */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "not-found", null, null, null, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "forbidden", null, null, null, null);
    }

    /**
     * Programming errors (a template or mapping bug): the stack trace goes to the log under a reference id, the
     * page shows only the id. Listed by type so that JAX-RS's own exceptions (404, 405, ...) and the security
     * exceptions (login redirects) keep their mappers.
     */
    @ServerExceptionMapper({io.quarkus.qute.TemplateException.class, NullPointerException.class,
            IllegalStateException.class, IllegalArgumentException.class, ClassCastException.class,
            UnsupportedOperationException.class})
    public Response unexpected(RuntimeException e) {
        String reference = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return page(500, "unexpected", null, null, reference, null);
    }

    private Response page(int status, String kind, String service, String title, String detail,
                          BackendException problem) {
        return page(pages, pages.htmx() ? errorFragment : error, status, kind, service, title, detail, problem);
    }

    /** The error page (or fragment) of one kind; also used by {@link CsrfRefusal}. */
    static Response page(PageRenderer pages, Template template, int status, String kind, String service, String title,
                         String detail, BackendException problem) {
        return pages.render(status, template.data("kind", kind).data("status", status)
                .data("service", service == null ? "" : service).data("title", title == null ? "" : title)
                .data("detail", detail == null ? "" : detail)
                .data("errors", problem == null ? java.util.List.of() : problem.errors())
                .data("slug", problem == null || problem.slug() == null ? "" : problem.slug()));
    }
}

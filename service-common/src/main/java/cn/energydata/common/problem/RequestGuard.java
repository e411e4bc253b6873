package cn.energydata.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Refuses malformed requests before any handler reads them, with a problem body (issue 17), where the HTTP stack
 * would answer with an empty body or fail further in:
 * <ul>
 * <li>a URI longer than {@value #MAX_URI_LENGTH} characters: 414 {@code uri-too-long} (Netty's own limit,
 * {@code quarkus.http.limits.max-initial-line-length}, is set far above so that such requests reach this guard);</li>
 * <li>a declared {@code Content-Length} over {@code quarkus.http.limits.max-body-size}: 413
 * {@code payload-too-large}, connection closed, body never read;</li>
 * <li>a URI that is not valid (a stray {@code %}, a space, a brace): 400 {@code malformed-uri}. Quarkus checks
 * this too, with the same {@link URI} parser, but first and with an empty body; it leaves the check to this guard
 * only when the JVM runs with {@code -Dvertx.disableURIValidation=true} (a launch flag, not a config property);</li>
 * <li>U+0000 ({@code %00}) in the path or a query parameter: 400 {@code validation} naming the parameter, since
 * PostgreSQL cannot store it.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestGuard {

    /** Longest request URI (path and query) accepted. */
    public static final int MAX_URI_LENGTH = 4096;

    /**
     * Before Quarkus' own upload-limit check (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2), which answers empty, and
     * before authentication and REST's observability handler, which read the normalised path and fail on a malformed
     * one with a 500 (seen once the management interface is enabled).
     */
    private static final int ORDER = -1000;

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    @Inject
    HttpProblemFallback problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
        if (!Boolean.getBoolean("vertx.disableURIValidation")) {
            LOG.info("Quarkus answers malformed URIs with an empty 400; start the JVM with "
                    + "-Dvertx.disableURIValidation=true to have them answered with a problem (the same check)");
        }
    }

    void guard(RoutingContext ctx) {
        Problem problem = check(ctx);
        if (problem == null) {
            ctx.next();
            return;
        }
        if (problem.status() == 413) {
            // The body may be huge and is still arriving: answer, then drop the connection.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        problems.write(ctx, problem);
    }

    private Problem check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            return HttpStatusProblems.forStatus(414, "The request URI is longer than " + MAX_URI_LENGTH
                    + " characters; send long criteria in a request body.", null);
        }
        String declaredLength = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && isOver(declaredLength, maxBodySize.asLongValue())) {
            return HttpStatusProblems.forStatus(413, "The request body is larger than the "
                    + maxBodySize.asLongValue() + " bytes this service accepts.", HttpProblemFallback.path(ctx));
        }
        MultiMap query;
        try {
            if (!isValidUri(uri)) {
                return malformedUri();
            }
            ctx.normalizedPath();
            query = ctx.queryParams();
        } catch (RuntimeException e) {
            return malformedUri();
        }
        TreeSet<String> withNul = new TreeSet<>();
        if (ctx.request().path().contains("%00")) {
            withNul.add("path");
        }
        for (Map.Entry<String, String> parameter : query) {
            if (parameter.getKey().indexOf('\u0000') >= 0 || parameter.getValue().indexOf('\u0000') >= 0) {
                withNul.add(parameter.getKey().replace('\u0000', '\uFFFD'));
            }
        }
        if (!withNul.isEmpty()) {
            List<Problem.FieldError> errors = withNul.stream()
                    .map(field -> new Problem.FieldError(field, "must not contain the NUL character (U+0000)"))
                    .toList();
            return Problem.of(400, "validation", "Invalid request", "Invalid value for: " + String.join(", ", withNul),
                    HttpProblemFallback.path(ctx)).withErrors(errors);
        }
        return null;
    }

    /** The check Quarkus makes before routing (VertxHttpRecorder), repeated here to answer it with a problem. */
    static boolean isValidUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static Problem malformedUri() {
        return Problem.of(400, "malformed-uri", "Malformed URI", "The request URI is not a valid URI (RFC 3986): "
                + "encode '%' as %25, and spaces, quotes and braces too.", null);
    }

    private static boolean isOver(String declaredLength, long limit) {
        try {
            return Long.parseLong(declaredLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses it on its own
        }
    }
}

package cn.energydata.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Problem details for errors raised below the REST layer (unknown paths outside any resource, bodies over
 * the size limit, failures in the HTTP stack), which the JAX-RS mappers never see.
 */
@ApplicationScoped
public class HttpProblemFallback {

    private static final int[] STATUSES = {400, 401, 403, 404, 405, 413, 414, 415, 431, 500, 503};

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        for (int status : STATUSES) {
            router.errorHandler(status, ctx -> write(ctx, problemFor(ctx, status)));
        }
    }

    private static Problem problemFor(RoutingContext ctx, int status) {
        if (status == 400 && !RequestGuard.isValidUri(ctx.request().uri())) {
            return RequestGuard.malformedUri(); // Vert.x refused to route it (a stray '%' in the path)
        }
        return HttpStatusProblems.forStatus(status, path(ctx));
    }

    /** Answers with {@code problem} unless an answer has already begun. */
    void write(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(problem.status()).end();
        }
    }

    /** The request path for {@code instance}; the raw one when it cannot be decoded (a stray '%'). */
    static String path(RoutingContext ctx) {
        try {
            return ctx.normalizedPath();
        } catch (RuntimeException e) {
            return ctx.request().path();
        }
    }
}

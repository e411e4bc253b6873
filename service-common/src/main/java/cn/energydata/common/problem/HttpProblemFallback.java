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

    private static final int[] STATUSES = {400, 401, 403, 404, 405, 413, 415, 500, 503};

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        for (int status : STATUSES) {
            router.errorHandler(status, ctx -> write(ctx, status));
        }
    }

    private void write(RoutingContext ctx, int status) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        Problem problem = HttpStatusProblems.forStatus(status, ctx.normalizedPath());
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}

package cn.energydata.catalog.rest;

import cn.energydata.common.problem.Problem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two writers on one asset: the later one gets a 409 instead of silently overwriting the first. */
public class ConcurrencyExceptionMappers {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return conflict(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return conflict(uri);
    }

    private static Response conflict(UriInfo uri) {
        return Problem.of(409, "stale-version", "Conflict",
                "The asset was changed by someone else at the same time. Reload and decide again.",
                "/" + uri.getPath().replaceFirst("^/", "")).toResponse();
    }
}

package cn.energydata.classifier.rest;

import cn.energydata.classifier.service.BusyException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 503 busy as problem+json with {@code Retry-After}, so that clients (the catalog's spool) know when to come back. */
public class CapacityProblems {

    @ServerExceptionMapper
    public Response busy(BusyException e, UriInfo uri) {
        Response problem = e.toProblem("/" + uri.getPath().replaceFirst("^/", "")).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}

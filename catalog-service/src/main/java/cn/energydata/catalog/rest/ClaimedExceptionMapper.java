package cn.energydata.catalog.rest;

import cn.energydata.catalog.service.ClaimedException;
import cn.energydata.common.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 409 {@code claimed} as problem+json with the extension member {@code claimedBy} (RFC 9457 section 3.2). */
public class ClaimedExceptionMapper {

    public record ClaimedProblem(String type, String title, int status, String detail, String instance,
                                 String claimedBy) {
    }

    @ServerExceptionMapper
    public Response claimed(ClaimedException e, UriInfo uri) {
        Problem problem = e.toProblem("/" + uri.getPath().replaceFirst("^/", ""));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(new ClaimedProblem(problem.type(), problem.title(), problem.status(), problem.detail(),
                        problem.instance(), e.claimedBy()))
                .build();
    }
}

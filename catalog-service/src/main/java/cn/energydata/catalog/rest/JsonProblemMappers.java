package cn.energydata.catalog.rest;

import cn.energydata.common.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/**
 * Quarkus REST's own mapper for Jackson's MismatchedInputException (e.g. an unknown enum value) is more specific
 * than service-common's and answers plain JSON; this one keeps such errors problem+json, naming the field.
 */
public class JsonProblemMappers {

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String detail = field.isEmpty() ? "The request body does not have the expected shape."
                : "Field '" + field + "' has a value of the wrong type or format.";
        return Problem.of(400, "malformed-json", "Malformed JSON", detail, "/" + uri.getPath().replaceFirst("^/", ""))
                .toResponse();
    }
}

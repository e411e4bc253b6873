package cn.energydata.policy.rest;

import cn.energydata.common.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/**
 * Quarkus REST's built-in mapper for {@link MismatchedInputException} (e.g. an unknown enum value) answers plain
 * JSON echoing the rejected value; service-common's problem mapper does not win over it. This one does, answering
 * problem+json without the value (it may be personal information).
 */
public class JsonInputProblemMapper {

    @ServerExceptionMapper
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

package cn.energydata.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json}.
 * Messages never echo request values (they may be personal information) and never show stack traces.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.toProblem(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return HttpStatusProblems.forStatus(403, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String sent = headers.getMediaType() == null ? "no Content-Type" : "Content-Type " + headers.getMediaType();
        return HttpStatusProblems.forStatus(415, "This resource does not accept " + sent + ".", path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        return HttpStatusProblems.forStatus(status, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return Problem.of(400, "validation", "Invalid request", "Invalid value for: " + fields, path(uri))
                .withErrors(errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    /** Quarkus REST ships its own mapper for this one (plain JSON echoing the value): take precedence over it. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response internalError(Throwable e, UriInfo uri) {
        // Unwrap what RESTEasy wraps so a mapped cause keeps its meaning.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error on %s (reference %s)", path(uri), reference);
        return HttpStatusProblems.forStatus(500,
                "The service failed unexpectedly. Quote reference " + reference + " to the operator.", path(uri))
                .toResponse();
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            detail = "Field '" + field + "' has a value of the wrong type or format.";
        } else {
            JsonLocation at = e.getLocation();
            detail = at == null ? "The request body is not valid JSON."
                    : "The request body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").";
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", detail, path(uri)).toResponse();
    }

    private static Response challenge(UriInfo uri) {
        return Response.fromResponse(HttpStatusProblems.forStatus(401, path(uri)).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"energy\"")
                .build();
    }

    /** The property path of a violation without the method and parameter names, e.g. {@code volume.records}. */
    static String fieldPath(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name = name + "[" + node.getKey() + "]";
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter != null ? parameter : "request";
        }
        return String.join(".", names);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}

package cn.energydata.common.problem;

import cn.energydata.common.rest.NulCharacterException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
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
    public Response webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource,
                                   HttpServerResponse response) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri, response);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers a query value its parameter's type cannot take with 404: name the parameter instead.
            List<String> invalid = InvalidQueryParameters.of(resource.getResourceMethod(), uri.getQueryParameters());
            if (!invalid.isEmpty()) {
                return Problem.of(400, "validation", "Invalid request",
                                "Invalid value for: " + String.join(", ", invalid), path(uri))
                        .withErrors(invalid.stream().map(name -> new Problem.FieldError(name,
                                "is not a valid value for this parameter")).toList())
                        .toResponse();
            }
        }
        return HttpStatusProblems.forStatus(status, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, UriInfo uri) {
        return HttpStatusProblems.forStatus(413, e.getMessage(), path(uri)).toResponse();
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
    public Response internalError(Throwable e, UriInfo uri, HttpServerResponse response) {
        if (response != null && response.ended()) {
            // Already answered below us, e.g. a streamed body over the size limit (413, connection closed):
            // nothing more to say, and no error of the service's.
            LOG.debugf("Request to %s failed after it was answered: %s", path(uri), e);
            return Response.status(response.getStatusCode()).build();
        }
        // Unwrap what RESTEasy wraps so a mapped cause keeps its meaning.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (isPartLimit(e)) {
            return Problem.of(413, "too-many-parts", "Too many parts",
                    "The multipart request has more parts than this service accepts.", path(uri)).toResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error on %s (reference %s)", path(uri), reference);
        return HttpStatusProblems.forStatus(500,
                "The service failed unexpectedly. Quote reference " + reference + " to the operator.", path(uri))
                .toResponse();
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : null;
        if (e instanceof NulCharacterException) {
            String name = field == null ? "request" : field;
            return Problem.of(400, "validation", "Invalid request", "Invalid value for: " + name, path(uri))
                    .withErrors(List.of(new Problem.FieldError(name, "must not contain the NUL character (U+0000)")))
                    .toResponse();
        }
        if (field != null) {
            return Problem.of(400, "malformed-json", "Malformed JSON",
                            "Field '" + field + "' has a value of the wrong type or format.", path(uri))
                    .withErrors(List.of(new Problem.FieldError(field, "has a value of the wrong type or format")))
                    .toResponse();
        }
        JsonLocation at = e.getLocation();
        String detail = at == null ? "The request body is not valid JSON."
                : "The request body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").";
        return Problem.of(400, "malformed-json", "Malformed JSON", detail, path(uri)).toResponse();
    }

    /** RESTEasy Reactive's multipart parser refuses parts beyond its limit with a bare RuntimeException. */
    private static boolean isPartLimit(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getMessage() != null
                && e.getMessage().startsWith("Param limit of ")
                && e.getStackTrace().length > 0 && e.getStackTrace()[0].getClassName().endsWith(".multipart.FormData");
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

package cn.energydata.console.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a backend's error answer into a {@link BackendException} carrying its problem details; a gateway error
 * without problem details (502/503/504 from a proxy) means the service is unavailable.
 */
public abstract class ProblemMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;

    protected ProblemMapper(String service) {
        this.service = service;
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        JsonNode problem = null;
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            if (body != null && !body.isBlank()) {
                problem = JSON.readTree(body);
            }
        } catch (Exception e) {
            problem = null;
        }
        if (problem == null || !problem.isObject()) {
            if (status == 502 || status == 503 || status == 504) {
                return new BackendUnavailableException(service, null);
            }
            return new BackendException(service, status, null, "HTTP " + status, null, List.of());
        }
        List<BackendException.FieldError> errors = new ArrayList<>();
        for (JsonNode e : problem.path("errors")) {
            errors.add(new BackendException.FieldError(e.path("field").asText(null), e.path("message").asText(null)));
        }
        java.util.Map<String, String> members = new java.util.HashMap<>();
        problem.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual()) {
                members.put(f.getKey(), f.getValue().asText());
            }
        });
        return new BackendException(service, status, problem.path("type").asText(null),
                problem.path("title").asText("HTTP " + status), problem.path("detail").asText(null), errors,
                members);
    }
}

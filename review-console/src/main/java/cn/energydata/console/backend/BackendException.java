package cn.energydata.console.backend;

import java.util.List;

/**
 * A backend answered with an error. {@code title}/{@code detail} come from its RFC 9457 problem details; they are
 * written for people and never echo request values, so the console can show them as they are.
 */
public class BackendException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final String service;
    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public BackendException(String service, int status, String type, String title, String detail,
                            List<FieldError> errors) {
        super(service + " answered " + status + ": " + title + (detail == null ? "" : " — " + detail));
        this.service = service;
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The last segment of {@code urn:energy-data:problem:<slug>}, e.g. {@code stale-version}. */
    public String slug() {
        if (type == null) {
            return null;
        }
        int colon = type.lastIndexOf(':');
        return colon < 0 ? type : type.substring(colon + 1);
    }
}

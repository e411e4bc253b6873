package cn.energydata.console.backend;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A backend answered with an error. {@code title}/{@code detail} come from its RFC 9457 problem details; they are
 * written for people and never echo request values, so the console can show them as they are.
 */
public class BackendException extends RuntimeException {

    public record FieldError(String field, String message) {

        private static final Pattern REQUIRED = Pattern.compile("^required\\b|must not be (blank|null|empty)");
        private static final Pattern TOO_LONG = Pattern.compile("size must be between \\d+ and \\d+");
        private static final Pattern NOT_A_NUMBER = Pattern.compile("whole number");

        /**
         * What the console can word in the user's language: {@code required}, {@code too-long},
         * {@code not-a-number}, {@code date-format}, {@code time-format}, otherwise {@code invalid} (the backend's
         * message is then shown as it wrote it).
         */
        public String problemCode() {
            if (message != null && REQUIRED.matcher(message).find()) {
                return "required";
            }
            if (message != null && TOO_LONG.matcher(message).find()) {
                return "too-long";
            }
            if (message != null && NOT_A_NUMBER.matcher(message).find()) {
                return "not-a-number";
            }
            if ("YYYY-MM-DD".equals(message)) {
                return "date-format";
            }
            if ("YYYY-MM-DDTHH:MM".equals(message)) {
                return "time-format";
            }
            return "invalid";
        }
    }

    private final String service;
    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final java.util.Map<String, String> members;

    public BackendException(String service, int status, String type, String title, String detail,
                            List<FieldError> errors) {
        this(service, status, type, title, detail, errors, java.util.Map.of());
    }

    /** @param members the problem's other text members (extensions such as {@code claimedBy}) */
    public BackendException(String service, int status, String type, String title, String detail,
                            List<FieldError> errors, java.util.Map<String, String> members) {
        super(service + " answered " + status + ": " + title + (detail == null ? "" : " — " + detail));
        this.service = service;
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.members = members == null ? java.util.Map.of() : java.util.Map.copyOf(members);
    }

    /** A text extension member of the problem details, e.g. {@code claimedBy}; null when absent. */
    public String member(String name) {
        return members.get(name);
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

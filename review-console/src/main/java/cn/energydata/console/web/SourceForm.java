package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.DiscoveryModels.Credentials;
import cn.energydata.console.backend.DiscoveryModels.Filesystem;
import cn.energydata.console.backend.DiscoveryModels.Jdbc;
import cn.energydata.console.backend.DiscoveryModels.S3;
import cn.energydata.console.backend.DiscoveryModels.Sampling;
import cn.energydata.console.backend.DiscoveryModels.Schedule;
import cn.energydata.console.backend.DiscoveryModels.Source;
import cn.energydata.console.backend.DiscoveryModels.SourceRequest;
import cn.energydata.console.backend.DiscoveryModels.Window;
import cn.energydata.console.web.RegistrationForm.FieldProblem;
import io.quarkus.qute.TemplateData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-source form as typed (a new source, or an existing one being edited) with each field's problem. Its
 * field names are the service's JSON paths without the dots ({@code jdbc.url} is {@code jdbcUrl}), so the
 * service's field errors land at their inputs. The password is never part of it: it goes to the service once,
 * when typed, and is never shown again.
 */
@TemplateData
public record SourceForm(String id, String storedCredentials, Map<String, String> values,
                         Map<String, FieldProblem> problems, String unavailable) {

    public static final List<String> KINDS = List.of("JDBC", "S3", "FILESYSTEM");

    /** Every field in the order of the form (the password is read on its own and never kept). */
    static final List<String> FIELDS = List.of("name", "kind", "description", "department", "jdbcUrl",
            "jdbcSchemas", "s3Endpoint", "s3Region", "s3Bucket", "s3Prefix", "s3PathStyle", "filesystemRoot",
            "credentialsUsername", "credentialsRef", "samplingRowsPerTable", "samplingObjectBytes",
            "samplingMaxObjects", "scheduleCron", "scheduleWindowFrom", "scheduleWindowTo", "scheduleWindowZone",
            "maxConnections", "statementTimeoutSeconds");

    static final List<String> NUMBERS = List.of("samplingRowsPerTable", "samplingObjectBytes", "samplingMaxObjects",
            "maxConnections", "statementTimeoutSeconds");

    static SourceForm empty() {
        Map<String, String> values = blank();
        values.put("kind", "JDBC");
        values.put("scheduleWindowZone", "Asia/Shanghai");
        return new SourceForm("", "NONE", values, Map.of(), null);
    }

    /** An existing source to edit: everything but the credentials, which the service never returns. */
    static SourceForm of(Source s) {
        Map<String, String> v = blank();
        v.put("name", s.name());
        v.put("kind", s.kind());
        v.put("description", s.description());
        v.put("department", s.department());
        if (s.jdbc() != null) {
            v.put("jdbcUrl", s.jdbc().url());
            v.put("jdbcSchemas", s.jdbc().schemaText());
        }
        if (s.s3() != null) {
            v.put("s3Endpoint", s.s3().endpoint());
            v.put("s3Region", s.s3().region());
            v.put("s3Bucket", s.s3().bucket());
            v.put("s3Prefix", s.s3().prefix());
            v.put("s3PathStyle", Boolean.TRUE.equals(s.s3().pathStyle()) ? "true" : "");
        }
        if (s.filesystem() != null) {
            v.put("filesystemRoot", s.filesystem().root());
        }
        v.put("credentialsRef", s.credentialsRef());
        if (s.sampling() != null) {
            v.put("samplingRowsPerTable", text(s.sampling().rowsPerTable()));
            v.put("samplingObjectBytes", text(s.sampling().objectBytes()));
            v.put("samplingMaxObjects", text(s.sampling().maxObjects()));
        }
        if (s.schedule() != null) {
            v.put("scheduleCron", s.schedule().cron());
            if (s.schedule().window() != null) {
                v.put("scheduleWindowFrom", s.schedule().window().from());
                v.put("scheduleWindowTo", s.schedule().window().to());
                v.put("scheduleWindowZone", s.schedule().window().zone());
            }
        }
        v.put("maxConnections", text(s.maxConnections()));
        v.put("statementTimeoutSeconds", text(s.statementTimeoutSeconds()));
        v.replaceAll((k, value) -> value == null ? "" : value);
        return new SourceForm(s.id(), s.credentials() == null ? "NONE" : s.credentials(), v, Map.of(), null);
    }

    /** The form as posted (values trimmed; a missing field is an empty text). */
    static SourceForm typed(String id, String storedCredentials, Map<String, String> posted) {
        Map<String, String> v = blank();
        posted.forEach((k, value) -> {
            if (v.containsKey(k)) {
                v.put(k, Forms.text(value));
            }
        });
        return new SourceForm(id == null ? "" : id, storedCredentials, v, Map.of(), null);
    }

    public boolean isEditing() {
        return id != null && !id.isEmpty();
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String value) {
        return value.equals(values.get(field));
    }

    public FieldProblem problem(String field) {
        return problems.get(field);
    }

    public boolean isInvalid() {
        return !problems.isEmpty();
    }

    public List<String> problemFields() {
        return List.copyOf(problems.keySet());
    }

    /** What the console can tell before asking the service: name, kind, where it is, and whole numbers. */
    SourceForm checked() {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        require(found, "name");
        if (!KINDS.contains(value("kind"))) {
            found.put("kind", new FieldProblem("required", null));
        }
        switch (value("kind")) {
            case "JDBC" -> require(found, "jdbcUrl");
            case "S3" -> require(found, "s3Bucket");
            case "FILESYSTEM" -> require(found, "filesystemRoot");
            default -> {
            }
        }
        for (String field : NUMBERS) {
            if (!value(field).isEmpty() && !value(field).matches("\\d{1,18}")) {
                found.put(field, new FieldProblem("not-a-number", null));
            }
        }
        return new SourceForm(id, storedCredentials, values, found, null);
    }

    /** The service's refusal, field by field ({@code jdbc.url} → {@code jdbcUrl}); others go to the top. */
    SourceForm refusedBy(BackendException refusal) {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        for (BackendException.FieldError error : refusal.errors()) {
            String field = fieldOf(error.field());
            String code = error.problemCode();
            found.putIfAbsent(field, new FieldProblem(code, code.equals("invalid") ? Forms.text(error.message()) : null));
        }
        return new SourceForm(id, storedCredentials, values, found, null);
    }

    SourceForm unavailable(String service) {
        return new SourceForm(id, storedCredentials, values, problems, service);
    }

    /** The service's JSON path as the form's field name: {@code schedule.window.from} → {@code scheduleWindowFrom}. */
    static String fieldOf(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        String[] parts = path.replaceAll("\\[\\d+]", "").split("\\.");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return name.toString();
    }

    /** The request: only the location block of the chosen kind; credentials only when a password was typed. */
    SourceRequest toRequest(String password) {
        String kind = value("kind");
        Jdbc jdbc = kind.equals("JDBC") ? new Jdbc(value("jdbcUrl"), Forms.list(value("jdbcSchemas"))) : null;
        S3 s3 = kind.equals("S3") ? new S3(nullable("s3Endpoint"), nullable("s3Region"), value("s3Bucket"),
                nullable("s3Prefix"), is("s3PathStyle", "true")) : null;
        Filesystem fs = kind.equals("FILESYSTEM") ? new Filesystem(value("filesystemRoot")) : null;
        Credentials credentials = password == null || password.isEmpty() ? null
                : new Credentials(nullable("credentialsUsername"), password);
        Sampling sampling = NUMBERS.subList(0, 3).stream().allMatch(f -> value(f).isEmpty()) ? null
                : new Sampling(integer("samplingRowsPerTable"), number("samplingObjectBytes"),
                integer("samplingMaxObjects"));
        Window window = value("scheduleWindowFrom").isEmpty() && value("scheduleWindowTo").isEmpty() ? null
                : new Window(nullable("scheduleWindowFrom"), nullable("scheduleWindowTo"),
                nullable("scheduleWindowZone"));
        Schedule schedule = value("scheduleCron").isEmpty() && window == null ? null
                : new Schedule(nullable("scheduleCron"), window);
        return new SourceRequest(value("name"), kind, nullable("description"), nullable("department"), jdbc, s3, fs,
                credentials, nullable("credentialsRef"), sampling, schedule, integer("maxConnections"),
                integer("statementTimeoutSeconds"));
    }

    private void require(Map<String, FieldProblem> found, String field) {
        if (value(field).isEmpty()) {
            found.put(field, new FieldProblem("required", null));
        }
    }

    private String nullable(String field) {
        return Forms.blankToNull(value(field));
    }

    private Long number(String field) {
        return value(field).isEmpty() ? null : Long.valueOf(value(field));
    }

    private Integer integer(String field) {
        Long n = number(field);
        return n == null ? null : (int) Math.min(Integer.MAX_VALUE, n);
    }

    private static String text(Number n) {
        return n == null ? "" : n.toString();
    }

    private static Map<String, String> blank() {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        return values;
    }
}

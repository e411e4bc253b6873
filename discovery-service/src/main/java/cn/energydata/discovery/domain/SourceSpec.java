package cn.energydata.discovery.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * How to reach a data source and how gently to scan it: everything of a source but its name, kind and credentials.
 * Kept as JSON in {@code sources.spec}; never holds a credential.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceSpec(String description, String department, @Valid Jdbc jdbc, @Valid S3 s3,
                         @Valid Filesystem filesystem, @Valid Sampling sampling, @Valid Schedule schedule,
                         Integer maxConnections, Integer statementTimeoutSeconds) {

    public static final int DEFAULT_MAX_CONNECTIONS = 2;
    public static final int DEFAULT_STATEMENT_TIMEOUT_SECONDS = 30;

    public record Jdbc(@NotBlank @Size(max = 2000) @Pattern(regexp = "jdbc:[a-zA-Z0-9]+:.*",
            message = "must be a JDBC URL (jdbc:<driver>:...)") String url,
                       List<@NotBlank @Size(max = 200) String> schemas) {
    }

    public record S3(@NotBlank @Size(max = 2000) String endpoint, @Size(max = 100) String region,
                     @NotBlank @Size(max = 255) String bucket, @Size(max = 1000) String prefix, Boolean pathStyle) {
    }

    public record Filesystem(@NotBlank @Size(max = 4000) String root) {
    }

    /** rowsPerTable 0 reads no rows: names, types and comments only (metadata only). */
    public record Sampling(@Min(0) @Max(10000) Integer rowsPerTable,
                           @Min(1) @Max(1073741824L) Long objectBytes,
                           @Min(1) @Max(10000000) Integer maxObjects) {

        public static final Sampling DEFAULTS = new Sampling(200, 4L * 1024 * 1024, 10000);

        public Sampling withDefaults() {
            return new Sampling(rowsPerTable == null ? DEFAULTS.rowsPerTable : rowsPerTable,
                    objectBytes == null ? DEFAULTS.objectBytes : objectBytes,
                    maxObjects == null ? DEFAULTS.maxObjects : maxObjects);
        }
    }

    public record Schedule(@Size(max = 200) String cron, @Valid Window window) {
    }

    /** Hours in which the source may be scanned ({@code HH:mm}, to before from means across midnight). */
    public record Window(@NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm") String from,
                         @NotBlank @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be HH:mm") String to,
                         @NotBlank @Size(max = 100) String zone) {

        /** Whether {@code now} lies in the window; from == to means all day. */
        public boolean isOpen(java.time.Instant now) {
            java.time.LocalTime time = now.atZone(java.time.ZoneId.of(zone)).toLocalTime();
            java.time.LocalTime start = java.time.LocalTime.parse(from);
            java.time.LocalTime end = java.time.LocalTime.parse(to);
            if (start.equals(end)) {
                return true;
            }
            return start.isBefore(end)
                    ? !time.isBefore(start) && time.isBefore(end)
                    : !time.isBefore(start) || time.isBefore(end);
        }
    }

    /** Whether a scan may run now: no window, or inside it. */
    public boolean windowOpen(java.time.Instant now) {
        return schedule == null || schedule.window() == null || schedule.window().isOpen(now);
    }

    public Sampling samplingOrDefaults() {
        return sampling == null ? Sampling.DEFAULTS : sampling.withDefaults();
    }

    public int maxConnectionsOrDefault() {
        return maxConnections == null ? DEFAULT_MAX_CONNECTIONS : maxConnections;
    }

    public int statementTimeoutOrDefault() {
        return statementTimeoutSeconds == null ? DEFAULT_STATEMENT_TIMEOUT_SECONDS : statementTimeoutSeconds;
    }

    /** Where the source is, for the catalog and the logs: never credentials. */
    public String location(SourceKind kind) {
        return switch (kind) {
            case JDBC -> JdbcUrls.withoutSecrets(jdbc.url());
            case S3 -> s3.endpoint() + "/" + s3.bucket() + "/" + (s3.prefix() == null ? "" : s3.prefix());
            case FILESYSTEM -> filesystem.root();
        };
    }
}

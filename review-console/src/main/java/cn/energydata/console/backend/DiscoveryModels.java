package cn.energydata.console.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.util.List;

/**
 * The console's copies of discovery-service's records (docs/service-contracts.md, "Discovery"), tolerant of unknown
 * fields and enum values. Credentials only ever travel to the service: no answer carries them.
 */
public final class DiscoveryModels {

    /** Scan states in which the scan may still change (the scan page polls while it is in one of them). */
    public static final List<String> ACTIVE_STATES = List.of("QUEUED", "WAITING_FOR_WINDOW", "RUNNING");

    private DiscoveryModels() {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Jdbc(String url, List<String> schemas) {

        public String schemaText() {
            return schemas == null ? "" : String.join(", ", schemas);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record S3(String endpoint, String region, String bucket, String prefix, Boolean pathStyle) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filesystem(String root) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sampling(Integer rowsPerTable, Long objectBytes, Integer maxObjects) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Window(String from, String to, String zone) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schedule(String cron, Window window) {
    }

    /** Write-only: sent when a person types a password, never read back. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Credentials(String username, String password) {
    }

    /** A data source as the service answers it; {@code credentials} says only STORED, REFERENCED or NONE. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String id, String organisation, String name, String kind, String description,
                         String department, Jdbc jdbc, S3 s3, Filesystem filesystem, String credentials,
                         String credentialsRef, Sampling sampling, Schedule schedule, Integer maxConnections,
                         Integer statementTimeoutSeconds, String createdBy, Instant createdAt, Instant updatedAt) {

        /** STORED, REFERENCED or NONE (none said is none). */
        public String credentialsState() {
            return credentials == null ? "NONE" : credentials;
        }

        /** Where it is, in one line and never with credentials. */
        public String location() {
            if (jdbc != null && jdbc.url() != null) {
                return jdbc.url();
            }
            if (s3 != null && s3.bucket() != null) {
                return (s3.endpoint() == null ? "" : s3.endpoint() + " ") + "s3://" + s3.bucket() + "/"
                        + (s3.prefix() == null ? "" : s3.prefix());
            }
            return filesystem == null || filesystem.root() == null ? "" : filesystem.root();
        }
    }

    /** The body of {@code POST /api/sources} and {@code PUT /api/sources/{id}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceRequest(String name, String kind, String description, String department, Jdbc jdbc, S3 s3,
                                Filesystem filesystem, Credentials credentials, String credentialsRef,
                                Sampling sampling, Schedule schedule, Integer maxConnections,
                                Integer statementTimeoutSeconds) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SourcePage(List<Source> items, int page, int size, long total) implements Paged<Source> {
    }

    public record ScanRequest(String mode) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(Long total, long seen, long sampled, long graded, long unchanged, long skipped,
                         long failed) {

        /** Tables and objects finished one way or another. */
        public long done() {
            return graded + unchanged + skipped + failed;
        }

        public boolean isTotalKnown() {
            return total != null && total > 0;
        }

        /** Whole percent done, when the total is known. */
        public long percent() {
            return isTotalKnown() ? Math.min(100, done() * 100 / total) : 0;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScanError(String type, String detail) {

        public String slug() {
            return type == null ? "" : type.substring(type.lastIndexOf(':') + 1);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scan(String id, String sourceId, String state, String mode, String trigger, String requestedBy,
                       Instant createdAt, Instant startedAt, Instant finishedAt, Counts counts, ScanError error) {

        public boolean isActive() {
            return ACTIVE_STATES.contains(state);
        }

        public Counts countsOrZero() {
            return counts == null ? new Counts(null, 0, 0, 0, 0, 0, 0) : counts;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScanPage(List<Scan> items, int page, int size, long total) implements Paged<Scan> {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String name, String category, String level) {
    }

    /** One table, object or file of a scan: what happened to it, in a plain sentence, and its grade. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScanItem(String key, String kind, String outcome, String reason, String level, String assetId,
                           String catalogOutcome, Long rows, Long distinctPersons, String personsBasis,
                           Long bytesRead, Long sizeBytes, boolean partlyRead, List<Column> columns) {

        public List<Column> columnList() {
            return columns == null ? List.of() : columns;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemPage(List<ScanItem> items, int page, int size, long total) implements Paged<ScanItem> {
    }
}

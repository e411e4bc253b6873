package cn.energydata.discovery.service;

import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.SourceSpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A data source as registered or replaced ({@code POST /api/sources}, {@code PUT /api/sources/{id}}). */
public record SourceCommand(
        @NotBlank @Size(max = 200) String name,
        @NotNull SourceKind kind,
        @Size(max = 2000) String description,
        @Size(max = 200) String department,
        @Valid SourceSpec.Jdbc jdbc,
        @Valid SourceSpec.S3 s3,
        @Valid SourceSpec.Filesystem filesystem,
        @Valid CredentialsInput credentials,
        @Size(max = 253) @Pattern(regexp = "[a-z0-9]([-a-z0-9.]*[a-z0-9])?",
                message = "must be the name of a Kubernetes Secret (lower-case letters, digits, '-' and '.')")
        String credentialsRef,
        @Valid SourceSpec.Sampling sampling,
        @Valid SourceSpec.Schedule schedule,
        @Min(1) @Max(16) Integer maxConnections,
        @Min(1) @Max(3600) Integer statementTimeoutSeconds) {

    /** Write-only: accepted here, never answered. */
    public record CredentialsInput(@Size(max = 500) String username, @Size(max = 2000) String password) {

        @Override
        public String toString() {
            return "CredentialsInput[username=" + username + ", password=***]";
        }
    }

    public SourceSpec spec() {
        return new SourceSpec(description, department, jdbc, s3, filesystem, sampling, schedule, maxConnections,
                statementTimeoutSeconds);
    }

    @Override
    public String toString() {
        return "SourceCommand[name=" + name + ", kind=" + kind + "]";
    }
}

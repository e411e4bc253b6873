package cn.energydata.discovery.service;

import cn.energydata.discovery.domain.CredentialsMode;
import cn.energydata.discovery.domain.Source;
import cn.energydata.discovery.domain.SourceKind;
import cn.energydata.discovery.domain.SourceSpec;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** A source as answered: {@code credentials} says only how they are kept, never what they are. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(UUID id, String organisation, String name, SourceKind kind, String description,
                         String department, SourceSpec.Jdbc jdbc, SourceSpec.S3 s3, SourceSpec.Filesystem filesystem,
                         CredentialsMode credentials, String credentialsRef, SourceSpec.Sampling sampling,
                         SourceSpec.Schedule schedule, int maxConnections, int statementTimeoutSeconds,
                         String registeredBy, Instant createdAt, Instant updatedAt) {

    public static SourceView of(Source source) {
        SourceSpec spec = source.spec();
        return new SourceView(source.id(), source.organisation(), source.name(), source.kind(), spec.description(),
                spec.department(), spec.jdbc(), spec.s3(), spec.filesystem(), source.credentialsMode(),
                source.credentialsRef(), spec.samplingOrDefaults(), spec.schedule(), spec.maxConnectionsOrDefault(),
                spec.statementTimeoutOrDefault(), source.registeredBy(), source.createdAt(), source.updatedAt());
    }
}

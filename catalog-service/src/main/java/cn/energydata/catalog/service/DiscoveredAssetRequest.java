package cn.energydata.catalog.service;

import cn.energydata.catalog.client.ClassificationResult;
import cn.energydata.catalog.domain.AssetType;
import cn.energydata.catalog.domain.EnergyActivity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A table, object or file discovery-service found and graded (docs/service-contracts.md, "discovery-service →
 * catalog-service"). {@code classification} is the classifier's answer as returned (masked). {@code energyActivity}
 * is optional (an addition to the contract): the activity the data serves, PRODUCTION when not given.
 */
public record DiscoveredAssetRequest(
        @NotBlank @Size(max = 100) String organisation,
        @NotBlank @Size(max = 100) String registeredBy,
        @NotNull @Valid Source source,
        @NotBlank @Size(max = 1000) String key,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @NotNull AssetType assetType,
        @Size(max = 200) String department,
        EnergyActivity energyActivity,
        @NotNull ClassificationResult classification,
        @Valid Facts facts) {

    public enum SourceKind { JDBC, S3, FILESYSTEM }

    public record Source(@NotNull UUID id, @NotBlank @Size(max = 200) String name, @NotNull SourceKind kind,
                         @Size(max = 1000) String location) {
    }

    public record Facts(@PositiveOrZero Long rows, @PositiveOrZero Long distinctPersons, String personsBasis,
                        boolean partlyRead) {
    }

    /** What the catalog answers: the asset, the asset of its data source, and what the call did. */
    public record Result(UUID assetId, UUID sourceAssetId, Outcome outcome) {
    }

    public enum Outcome { CREATED, GRADED, PROPOSED, UNCHANGED }
}

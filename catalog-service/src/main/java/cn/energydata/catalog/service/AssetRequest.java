package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.AssetType;
import cn.energydata.catalog.domain.EnergyActivity;
import cn.energydata.catalog.domain.LineageMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * Registration or update of an asset. There is no organisation field: it comes from the caller's token.
 * {@code version} is checked on update when given (optimistic locking).
 */
public record AssetRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @NotNull AssetType type,
        @NotBlank @Size(max = 200) String ownerDepartment,
        @NotBlank @Size(max = 200) String ownerContact,
        @NotNull EnergyActivity energyActivity,
        @Size(max = 200) String system,
        @Size(max = 500) String storageLocation,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> storageRegions,
        @Size(max = 100) String format,
        @Valid Volume volume,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> provinces,
        @Size(max = 4000) String purpose,
        boolean shared,
        @Size(max = 2000) String sharingDetails,
        boolean crossBorder,
        @Size(max = 4000) String securityMeasures,
        @Size(max = 100) List<@Valid @NotNull Source> derivedFrom,
        Long version) {

    public record Volume(@PositiveOrZero Long bytes, @PositiveOrZero Long records, @PositiveOrZero Long distinctPersons) {
    }

    public record Source(@NotNull UUID assetId, @NotNull LineageMethod method) {
    }
}

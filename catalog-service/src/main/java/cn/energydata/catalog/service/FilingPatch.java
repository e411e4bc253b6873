package cn.energydata.catalog.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code PATCH /api/assets/{id}}: the filing fields to set ({@link FilingFields}); a field left out (or null) stays as
 * it is, an empty text clears it. {@code version} is the asset version the registrant saw (409 when stale).
 */
public record FilingPatch(
        @NotNull Long version,
        @Size(max = 200) String system,
        @Size(max = 100) String format,
        @Size(max = 500) String storageLocation,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> storageRegions,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> provinces,
        @Valid AssetRequest.Volume volume,
        @Size(max = 4000) String purpose,
        Boolean shared,
        @Size(max = 2000) String sharingDetails,
        Boolean crossBorder,
        @Size(max = 4000) String securityMeasures) {
}

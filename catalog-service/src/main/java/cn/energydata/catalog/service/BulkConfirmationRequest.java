package cn.energydata.catalog.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Assets a reviewer confirms at once (at most {@link #MAX_ASSETS}), with one justification for all of them. */
public record BulkConfirmationRequest(
        @NotEmpty @Size(max = BulkConfirmationRequest.MAX_ASSETS) List<@NotNull UUID> assetIds,
        @NotBlank @Size(max = 4000) String justification) {

    public static final int MAX_ASSETS = 1000;
}

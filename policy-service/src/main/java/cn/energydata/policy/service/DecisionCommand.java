package cn.energydata.policy.service;

import cn.energydata.policy.engine.Action;
import cn.energydata.policy.engine.Destination;
import cn.energydata.policy.engine.ExemptionType;
import cn.energydata.policy.engine.Medium;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.UUID;

/** {@code POST /api/decisions}: may the subject do {@code action} on {@code assetId} in this context? */
public record DecisionCommand(@NotNull Action action, @NotBlank @Size(max = 255) String assetId,
                              @Valid OnBehalfOf onBehalfOf, @Valid Context context) {

    /** Only for service accounts: the user they act for (the service vouches for it). */
    public record OnBehalfOf(@NotBlank @Size(max = 255) String username, @Size(max = 255) String organisation,
                             Set<String> roles) {
    }

    public record Context(Destination destination,
                          @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 two-letter code") String country,
                          @Size(max = 255) String purpose, UUID approvalId, Boolean bulk, Medium medium,
                          @Valid Exemption exemption) {
    }

    /**
     * An exemption of the Provisions on cross-border data flows art. 5 claimed by the requester, with the reason;
     * both go to the decision log. Never put personal data in the reason.
     */
    public record Exemption(@NotNull ExemptionType type, @NotBlank @Size(max = 1000) String reason) {
    }

    public Context contextOrEmpty() {
        return context == null ? new Context(null, null, null, null, null, null, null) : context;
    }
}

package cn.energydata.catalog.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A security-admin's record that the secrecy review (定密 / the secrecy process) cleared an asset flagged
 * POSSIBLE_STATE_SECRET. {@code reference} names the secrecy office's decision; {@code version} is optional (409 when
 * stale).
 */
public record SecrecyReviewRequest(@NotBlank @Size(max = 200) String reference,
                                   @NotBlank @Size(max = 4000) String justification, Long version) {
}

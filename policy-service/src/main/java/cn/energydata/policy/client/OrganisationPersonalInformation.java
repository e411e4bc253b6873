package cn.energydata.policy.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * catalog-service's {@code GET /api/internal/organisations/{organisation}/personal-information}
 * (docs/service-contracts.md): totals over the organisation's assets that are not retired and hold personal
 * information; sums, never deduplicated (an upper bound).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationPersonalInformation(String organisation, long assets, long assetsWithMinors, long persons,
                                              long sensitivePersons, long minors, long children) {
}

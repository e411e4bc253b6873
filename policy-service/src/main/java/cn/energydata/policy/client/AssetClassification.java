package cn.energydata.policy.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** catalog-service's {@code GET /api/internal/assets/{id}/classification} (docs/service-contracts.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssetClassification(String id, String organisation, String name, String level, String status,
                                  List<String> categories, PersonalInformation personalInformation,
                                  boolean crossBorder, boolean retired, List<String> flags,
                                  SecrecyReview secrecyReview, String registeredBy) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonalInformation(long persons, boolean sensitive, long minors, long children) {
    }

    /** Recorded by a security-admin once the secrecy review cleared the asset; null until then. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SecrecyReview(boolean cleared, String reference, String by, java.time.Instant at) {
    }

    /** A grade counts only once a reviewer confirmed or overrode it. */
    public boolean reviewed() {
        return level != null && ("CONFIRMED".equals(status) || "OVERRIDDEN".equals(status));
    }
}

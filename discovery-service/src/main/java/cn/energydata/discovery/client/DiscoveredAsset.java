package cn.energydata.discovery.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Body of {@code PUT /api/internal/discovered-assets} (docs/service-contracts.md). */
public record DiscoveredAsset(String organisation, String registeredBy, SourceRef source, String key, String name,
                              String description, String assetType, String department, JsonNode classification,
                              Facts facts) {

    /** Where the asset was found; {@code location} never carries credentials. */
    public record SourceRef(String id, String name, String kind, String location) {
    }

    public record Facts(Long rows, Long distinctPersons, String personsBasis, boolean partlyRead) {
    }

    /** The catalog's answer. */
    public record Upserted(String assetId, String sourceAssetId, String outcome) {
    }
}

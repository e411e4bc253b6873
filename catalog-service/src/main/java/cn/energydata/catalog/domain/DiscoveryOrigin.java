package cn.energydata.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/**
 * Where discovery-service found an asset: the data source (its id there, name, kind, location without credentials)
 * and the key within it; {@link #SOURCE_KEY} for the asset that stands for the data source itself.
 */
@Embeddable
public class DiscoveryOrigin {

    public static final String SOURCE_KEY = "";

    @Column(name = "discovery_source_id")
    public UUID sourceId;
    @Column(name = "discovery_source_name")
    public String sourceName;
    @Column(name = "discovery_source_kind")
    public String sourceKind;
    @Column(name = "discovery_location")
    public String location;
    @Column(name = "discovery_key")
    public String key;
    @Column(name = "discovery_last_seen_at")
    public Instant lastSeenAt;

    public static DiscoveryOrigin of(UUID sourceId, String sourceName, String sourceKind, String location, String key,
                                     Instant seenAt) {
        DiscoveryOrigin origin = new DiscoveryOrigin();
        origin.sourceId = sourceId;
        origin.sourceName = sourceName;
        origin.sourceKind = sourceKind;
        origin.location = location;
        origin.key = key;
        origin.lastSeenAt = seenAt;
        return origin;
    }

    public boolean isDataSource() {
        return SOURCE_KEY.equals(key);
    }
}

package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.ReviewClaim;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewClaimRepository implements PanacheRepositoryBase<ReviewClaim, UUID> {

    /** The claims on these assets that have not expired at {@code now}. */
    public List<ReviewClaim> live(Collection<UUID> assetIds, Instant now) {
        return assetIds.isEmpty() ? List.of() : list("assetId in ?1 and expiresAt > ?2", assetIds, now);
    }
}

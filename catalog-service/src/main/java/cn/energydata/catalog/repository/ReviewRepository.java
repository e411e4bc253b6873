package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.Review;
import cn.energydata.catalog.domain.ReviewState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, Long> {

    public List<Review> history(UUID assetId) {
        return list("assetId = ?1 order by id", assetId);
    }

    public List<UUID> awaitingSecondReview(java.util.Collection<UUID> assetIds) {
        return assetIds.isEmpty() ? List.of()
                : find("assetId in ?1 and state = ?2", assetIds, ReviewState.AWAITING_SECOND_REVIEW).stream()
                .map(r -> r.assetId).toList();
    }

    public Optional<Review> awaitingSecondReview(UUID assetId) {
        return find("assetId = ?1 and state = ?2", assetId, ReviewState.AWAITING_SECOND_REVIEW).firstResultOptional();
    }
}

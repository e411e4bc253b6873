package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer's claim on an asset of the review queue: tells other reviewers someone is on it until it expires. It
 * stops no one from deciding.
 */
@Entity
@Table(name = "review_claims")
public class ReviewClaim extends PanacheEntityBase {

    @Id
    @Column(name = "asset_id")
    public UUID assetId;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;

    public boolean isLiveAt(Instant now) {
        return expiresAt.isAfter(now);
    }

    public boolean isHeldBy(String reviewer, Instant now) {
        return isLiveAt(now) && claimedBy.equals(reviewer);
    }
}

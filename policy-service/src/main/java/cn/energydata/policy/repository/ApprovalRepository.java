package cn.energydata.policy.repository;

import cn.energydata.policy.domain.ApprovalRequest;
import cn.energydata.policy.domain.ApprovalStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ApprovalRepository implements PanacheRepositoryBase<ApprovalRequest, UUID> {

    public PanacheQuery<ApprovalRequest> byOrganisation(String organisation, ApprovalStatus status) {
        Sort sort = Sort.descending("createdAt").and("id");
        if (status == null) {
            return find("assetOrg", sort, organisation);
        }
        return find("assetOrg = ?1 and status = ?2", sort, organisation, status);
    }

    /** Marks an approved, unexpired request as used; false if another decision used it first or it expired. */
    public boolean consume(UUID id, UUID decisionId, Instant now) {
        return update("status = ?1, consumedAt = ?2, consumedByDecision = ?3 where id = ?4 and status = ?5 and expiresAt > ?2",
                ApprovalStatus.CONSUMED, now, decisionId, id, ApprovalStatus.APPROVED) == 1;
    }
}

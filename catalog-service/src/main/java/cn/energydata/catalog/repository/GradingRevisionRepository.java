package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.GradingRevision;
import cn.energydata.catalog.domain.ProposalStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GradingRevisionRepository implements PanacheRepositoryBase<GradingRevision, Long> {

    public List<GradingRevision> history(UUID assetId) {
        return list("assetId = ?1 order by id", assetId);
    }

    public Optional<GradingRevision> openProposal(UUID assetId) {
        return find("assetId = ?1 and proposalStatus = ?2 order by id desc", assetId, ProposalStatus.OPEN)
                .firstResultOptional();
    }

    public List<GradingRevision> openProposals(java.util.Collection<UUID> assetIds) {
        return assetIds.isEmpty() ? List.of()
                : list("assetId in ?1 and proposalStatus = ?2", assetIds, ProposalStatus.OPEN);
    }

    public void supersedeOpenProposals(UUID assetId) {
        update("proposalStatus = ?1 where assetId = ?2 and proposalStatus = ?3", ProposalStatus.SUPERSEDED, assetId,
                ProposalStatus.OPEN);
    }
}

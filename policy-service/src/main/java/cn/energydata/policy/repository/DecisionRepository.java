package cn.energydata.policy.repository;

import cn.energydata.policy.domain.DecisionRecord;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<DecisionRecord, UUID> {

    /** Decisions on assets of, or requested by people of, an organisation (null: all), newest first. */
    public PanacheQuery<DecisionRecord> search(String organisation, String assetId, String requester, String effect) {
        return search(organisation, assetId, requester, effect, null);
    }

    /**
     * The same filter, one chunk after the entry {@code after} in the list's order (newest first, then by id):
     * keyset paging, so that an export of any length reads bounded chunks.
     */
    public List<DecisionRecord> chunk(String organisation, String assetId, String requester, String effect,
                                      DecisionRecord after, int size) {
        return search(organisation, assetId, requester, effect, after).page(0, size).list();
    }

    private PanacheQuery<DecisionRecord> search(String organisation, String assetId, String requester, String effect,
                                                DecisionRecord after) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (after != null) {
            query.append(" and (decidedAt < :afterAt or (decidedAt = :afterAt and id > :afterId))");
            params.and("afterAt", after.decidedAt).and("afterId", after.id);
        }
        if (organisation != null) {
            query.append(" and (assetOrg = :org or requesterOrg = :org)");
            params.and("org", organisation);
        }
        if (assetId != null) {
            query.append(" and assetId = :assetId");
            params.and("assetId", assetId);
        }
        if (requester != null) {
            query.append(" and requester = :requester");
            params.and("requester", requester);
        }
        if (effect != null) {
            query.append(" and effect = :effect");
            params.and("effect", effect);
        }
        return find(query.toString(), Sort.descending("decidedAt").and("id"), params);
    }

    /** Levels of the distinct assets of an organisation seen in decisions (derived holdings). */
    public List<String> levelsSeen(String organisation) {
        return getEntityManager().createQuery(
                        "select distinct d.assetLevel from DecisionRecord d where d.assetOrg = :org and d.assetLevel is not null",
                        String.class)
                .setParameter("org", organisation).getResultList();
    }
}

package cn.energydata.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The rule pack the classifier last reported, to notice a change. */
@ApplicationScoped
public class RulePackStateRepository {

    @Inject
    EntityManager em;

    public String currentHash() {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select hash from rule_pack_state where id = 1").getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public void save(String version, String hash) {
        em.createNativeQuery("insert into rule_pack_state (id, version, hash, checked_at) values (1, :v, :h, now())"
                        + " on conflict (id) do update set version = :v, hash = :h, checked_at = now()")
                .setParameter("v", version).setParameter("h", hash).executeUpdate();
    }
}

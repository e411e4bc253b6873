package cn.energydata.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The rule pack the classifier last reported, to notice a change. */
@ApplicationScoped
public class RulePackStateRepository {

    @Inject
    EntityManager em;

    /** The hash last seen, locked until the transaction ends so that one instance at a time notices a change. */
    public String currentHashForUpdate() {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select hash from rule_pack_state where id = 1 for update")
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** When the current rule pack was first seen (null before any). */
    public Instant changedAt() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select checked_at from rule_pack_state where id = 1").getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return null;
        }
        Object at = rows.get(0);
        return at instanceof Instant instant ? instant : at instanceof OffsetDateTime odt ? odt.toInstant()
                : ((java.sql.Timestamp) at).toInstant();
    }

    /** Records a new rule pack, seen at {@code at}. */
    public void save(String version, String hash, Instant at) {
        em.createNativeQuery("insert into rule_pack_state (id, version, hash, checked_at) values (1, :v, :h, :at)"
                        + " on conflict (id) do update set version = :v, hash = :h, checked_at = :at")
                .setParameter("v", version).setParameter("h", hash).setParameter("at", at).executeUpdate();
    }
}

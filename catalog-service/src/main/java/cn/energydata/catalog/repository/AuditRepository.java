package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.AuditRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditRecord, Long> {

    public record Head(long seq, String hash) {
    }

    /** Locks the organisation's chain head for the rest of the transaction, creating it on first use. */
    public Head lockHead(String organisation, String genesisHash) {
        getEntityManager().createNativeQuery("insert into audit_heads (organisation, seq, hash) values (:org, 0, :hash)"
                        + " on conflict do nothing")
                .setParameter("org", organisation).setParameter("hash", genesisHash).executeUpdate();
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("select seq, hash from audit_heads where organisation = :org for update")
                .setParameter("org", organisation).getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    public void moveHead(String organisation, long seq, String hash) {
        getEntityManager().createNativeQuery("update audit_heads set seq = :seq, hash = :hash where organisation = :org")
                .setParameter("seq", seq).setParameter("hash", hash).setParameter("org", organisation).executeUpdate();
    }

    public Head head(String organisation) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select seq, hash from audit_heads where organisation = :org")
                .setParameter("org", organisation).getResultList();
        return rows.isEmpty() ? null : new Head(((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1]);
    }

    public List<AuditRecord> chunk(String organisation, long afterSeq, int size) {
        return find("organisation = ?1 and seq > ?2 order by seq", organisation, afterSeq).page(0, size).list();
    }

    public List<AuditRecord> forAsset(UUID assetId, String organisation) {
        return list("assetId = ?1 and organisation = ?2 order by seq", assetId, organisation);
    }
}

package cn.energydata.policy.repository;

import cn.energydata.policy.domain.LedgerEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    public record Head(long seq, String hash) {
    }

    public record Totals(long entries, long persons, long sensitivePersons) {
    }

    /** Locks the organisation's chain head for the rest of the transaction, creating it on first use. */
    public Head lockHead(String organisation, String genesisHash) {
        getEntityManager().createNativeQuery("insert into cross_border_ledger_head (organisation, seq, hash)"
                        + " values (:org, 0, :hash) on conflict do nothing")
                .setParameter("org", organisation).setParameter("hash", genesisHash).executeUpdate();
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("select seq, hash from cross_border_ledger_head where organisation = :org for update")
                .setParameter("org", organisation).getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    public void moveHead(String organisation, long seq, String hash) {
        getEntityManager().createNativeQuery("update cross_border_ledger_head set seq = :seq, hash = :hash"
                        + " where organisation = :org")
                .setParameter("seq", seq).setParameter("hash", hash).setParameter("org", organisation).executeUpdate();
    }

    public Head head(String organisation) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select seq, hash from cross_border_ledger_head where organisation = :org")
                .setParameter("org", organisation).getResultList();
        return rows.isEmpty() ? null : new Head(((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1]);
    }

    public Totals totals(String organisation, int year) {
        Object[] row = getEntityManager().createQuery("select count(e), coalesce(sum(e.persons), 0),"
                        + " coalesce(sum(e.sensitivePersons), 0) from LedgerEntry e where e.organisation = :org"
                        + " and e.year = :year", Object[].class)
                .setParameter("org", organisation).setParameter("year", year).getSingleResult();
        return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    public PanacheQuery<LedgerEntry> ofYear(String organisation, int year) {
        return find("organisation = ?1 and year = ?2", Sort.ascending("seq"), organisation, year);
    }

    public List<LedgerEntry> chunk(String organisation, long afterSeq, int size) {
        return find("organisation = ?1 and seq > ?2 order by seq", organisation, afterSeq).page(0, size).list();
    }
}

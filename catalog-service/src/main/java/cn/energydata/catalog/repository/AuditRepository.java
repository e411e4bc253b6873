package cn.energydata.catalog.repository;

import java.time.Instant;
import java.util.ArrayList;
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

    /** Records {@code afterSeq < seq <= toSeq} in order, at most {@code size}, as plain (unmanaged) objects. */
    @SuppressWarnings("unchecked")
    public List<AuditRecord> chunk(String organisation, long afterSeq, long toSeq, int size) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select seq, at, actor, action, asset_id, detail,"
                        + " prev_hash, hash from audit_records where organisation = :org and seq > :after"
                        + " and seq <= :to order by seq limit :size")
                .setParameter("org", organisation).setParameter("after", afterSeq).setParameter("to", toSeq)
                .setParameter("size", size).getResultList();
        List<AuditRecord> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            AuditRecord r = new AuditRecord();
            r.organisation = organisation;
            r.seq = ((Number) row[0]).longValue();
            r.at = row[1] instanceof Instant instant ? instant : ((java.sql.Timestamp) row[1]).toInstant();
            r.actor = (String) row[2];
            r.action = (String) row[3];
            r.assetId = row[4] == null ? null : row[4] instanceof UUID id ? id : UUID.fromString(row[4].toString());
            r.detail = (String) row[5];
            r.prevHash = (String) row[6];
            r.hash = (String) row[7];
            records.add(r);
        }
        return records;
    }

    /** The latest checkpoint of the organisation's chain at or before {@code maxSeq}, or null. */
    @SuppressWarnings("unchecked")
    public Head latestCheckpoint(String organisation, long maxSeq) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select seq, hash from audit_checkpoints"
                        + " where organisation = :org and seq <= :max order by seq desc limit 1")
                .setParameter("org", organisation).setParameter("max", maxSeq).getResultList();
        return rows.isEmpty() ? null : new Head(((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1]);
    }

    /** The first checkpoint whose record is gone or no longer has the checkpointed hash, or null. */
    public Long firstBrokenCheckpoint(String organisation) {
        Object seq = getEntityManager().createNativeQuery("select min(c.seq) from audit_checkpoints c"
                        + " left join audit_records r on r.organisation = c.organisation and r.seq = c.seq"
                        + " where c.organisation = :org and (r.hash is null or r.hash <> c.hash)")
                .setParameter("org", organisation).getSingleResult();
        return seq == null ? null : ((Number) seq).longValue();
    }

    public void saveCheckpoint(String organisation, long seq, String hash, Instant at) {
        getEntityManager().createNativeQuery("insert into audit_checkpoints (organisation, seq, hash, verified_at)"
                        + " values (:org, :seq, :hash, :at) on conflict do nothing")
                .setParameter("org", organisation).setParameter("seq", seq).setParameter("hash", hash)
                .setParameter("at", at).executeUpdate();
    }

    public List<AuditRecord> forAsset(UUID assetId, String organisation) {
        return list("assetId = ?1 and organisation = ?2 order by seq", assetId, organisation);
    }

    /** Filters of the audit-record list; null ones are ignored; {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String organisation, String action, String actor, UUID assetId, Instant from, Instant to) {
    }

    /** One row of the list, with the name of the asset it concerns (null when none). */
    public record Row(long id, long seq, Instant at, String actor, String action, UUID assetId, String detail,
                      String assetName) {
    }

    /**
     * The organisation's records matching {@code filter}, newest first, after sequence number {@code beforeSeq}
     * (keyset: the next page starts below the last one's), at most {@code limit}.
     */
    @SuppressWarnings("unchecked")
    public List<Row> page(Filter filter, Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("select r.id, r.seq, r.at, r.actor, r.action, r.asset_id, r.detail,"
                + " a.name from audit_records r left join assets a on a.id = r.asset_id"
                + " and a.organisation = r.organisation where r.organisation = :org");
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("org", filter.organisation());
        if (filter.action() != null) {
            sql.append(" and r.action = :action");
            params.put("action", filter.action());
        }
        if (filter.actor() != null) {
            sql.append(" and r.actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.assetId() != null) {
            sql.append(" and r.asset_id = :asset");
            params.put("asset", filter.assetId());
        }
        if (filter.from() != null) {
            sql.append(" and r.at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and r.at < :to");
            params.put("to", filter.to());
        }
        if (beforeSeq != null) {
            sql.append(" and r.seq < :before");
            params.put("before", beforeSeq);
        }
        sql.append(" order by r.seq desc limit :limit");
        jakarta.persistence.Query query = getEntityManager().createNativeQuery(sql.toString())
                .setParameter("limit", limit);
        params.forEach(query::setParameter);
        List<Row> page = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            page.add(new Row(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), instant(row[2]),
                    (String) row[3], (String) row[4], uuid(row[5]), (String) row[6], (String) row[7]));
        }
        return page;
    }

    private static Instant instant(Object value) {
        return value instanceof Instant instant ? instant : ((java.sql.Timestamp) value).toInstant();
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}

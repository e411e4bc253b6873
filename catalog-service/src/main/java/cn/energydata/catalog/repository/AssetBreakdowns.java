package cn.energydata.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The dashboard's counts of an organisation's assets not retired, at the levels in force: per month of registration,
 * per owner department and per province (an asset counts in each of its provinces).
 */
@ApplicationScoped
public class AssetBreakdowns {

    /** One group: its assets, and how many of them are graded IMPORTANT and CORE. */
    public record Counts(String key, long total, long important, long core) {
    }

    private static final String COUNTS = "count(*), count(*) filter (where level = 'IMPORTANT'),"
            + " count(*) filter (where level = 'CORE')";

    @Inject
    EntityManager em;

    /** Per month ({@code yyyy-MM} in {@code zone}) of the assets registered since {@code from}; months without assets have no row. */
    public List<Counts> byMonth(String organisation, Instant from, ZoneId zone) {
        return counts(em.createNativeQuery("select to_char(registered_at at time zone :zone, 'YYYY-MM'), " + COUNTS
                        + " from assets where organisation = :org and status <> 'RETIRED' and registered_at >= :from"
                        + " group by 1 order by 1")
                .setParameter("org", organisation).setParameter("from", from).setParameter("zone", zone.getId())
                .getResultList());
    }

    /** The {@code limit} departments with the most assets (assets without a department are left out). */
    public List<Counts> byDepartment(String organisation, int limit) {
        return counts(em.createNativeQuery("select owner_department, " + COUNTS + " from assets"
                        + " where organisation = :org and status <> 'RETIRED' and owner_department <> ''"
                        + " group by 1 order by 2 desc, 1 limit :limit")
                .setParameter("org", organisation).setParameter("limit", limit).getResultList());
    }

    /** The {@code limit} provinces with the most assets (assets without provinces are left out). */
    public List<Counts> byProvince(String organisation, int limit) {
        return counts(em.createNativeQuery("select p, " + COUNTS + " from assets, unnest(provinces) p"
                        + " where organisation = :org and status <> 'RETIRED' and p <> ''"
                        + " group by 1 order by 2 desc, 1 limit :limit")
                .setParameter("org", organisation).setParameter("limit", limit).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Counts> counts(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(row -> new Counts((String) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue())).toList();
    }
}

package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.Asset;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Assets; every user-facing query is scoped to one organisation. Search is native SQL to use the indexes. */
@ApplicationScoped
public class AssetRepository implements PanacheRepositoryBase<Asset, UUID> {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "registeredAt", "registered_at",
            "updatedAt", "updated_at",
            "name", "name",
            "status", "status",
            "level", "case level when 'CORE' then 3 when 'IMPORTANT' then 2 when 'GENERAL' then 1 else 0 end");

    public static boolean isSortable(String field) {
        return SORT_COLUMNS.containsKey(field);
    }

    public Optional<Asset> findInOrganisation(UUID id, String organisation) {
        return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
    }

    public Optional<Asset> findInOrganisationForUpdate(UUID id, String organisation) {
        return find("id = ?1 and organisation = ?2", id, organisation)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The asset discovery-service found at {@code key} of a data source, locked for this transaction. */
    public Optional<Asset> findDiscoveredForUpdate(String organisation, UUID sourceId, String key) {
        return find("organisation = ?1 and discovery.sourceId = ?2 and discovery.key = ?3", organisation, sourceId, key)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Counting stops here: an exact total over hundreds of thousands of rows costs more than the page. */
    public static final int COUNT_LIMIT = 1_000;

    /** {@code total} is exact when {@code totalExact}, otherwise "at least {@link #COUNT_LIMIT}". */
    public record Page(List<Asset> items, long total, boolean totalExact) {
    }

    @SuppressWarnings("unchecked")
    public Page search(AssetSearch s) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where organisation = :org");
        params.put("org", s.organisation());
        if (s.status() != null) {
            where.append(" and status = :status");
            params.put("status", s.status().name());
        } else {
            where.append(" and status <> 'RETIRED'");
        }
        if (s.level() == LevelFilter.UNGRADED) {
            where.append(" and level is null");
        } else if (s.level() != null) {
            where.append(" and level = :level");
            params.put("level", s.level().name());
        }
        if (s.gradingFailed()) {
            where.append(" and grading_failed_at is not null");
        }
        if (s.category() != null) {
            where.append(" and categories @> cast(array[:category] as text[])");
            params.put("category", s.category());
        }
        if (s.activity() != null) {
            where.append(" and energy_activity = :activity");
            params.put("activity", s.activity().name());
        }
        if (s.system() != null) {
            where.append(" and system_name = :system");
            params.put("system", s.system());
        }
        if (s.region() != null) {
            where.append(" and storage_regions @> cast(array[:region] as text[])");
            params.put("region", s.region());
        }
        if (s.department() != null) {
            where.append(" and owner_department = :department");
            params.put("department", s.department());
        }
        if (s.province() != null) {
            where.append(" and provinces @> cast(array[:province] as text[])");
            params.put("province", s.province());
        }
        if (s.text() != null) {
            where.append(" and (name || ' ' || coalesce(description, '')) ilike :text escape '\\'");
            params.put("text", "%" + s.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Query count = getEntityManager().createNativeQuery("select count(*) from (select 1 from assets" + where
                + " limit " + COUNT_LIMIT + ") t");
        if (s.after() != null) {
            // Keyset in the order below: registered_at (either way), then id ascending. Descending, the leading
            // "registered_at <= :afterAt" bounds the index scan; the OR alone made it read every row before the page.
            where.append(s.descending()
                    ? " and registered_at <= :afterAt and (registered_at < :afterAt or id > :afterId)"
                    : " and (registered_at, id) > (:afterAt, :afterId)");
        }
        String order = " order by " + SORT_COLUMNS.getOrDefault(s.sort(), "registered_at")
                + (s.descending() ? " desc" : " asc") + ", id";
        Query select = getEntityManager().createNativeQuery("select * from assets" + where + order
                + " limit :limit offset :offset", Asset.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        long offset = s.after() != null ? 0L : (long) s.page() * s.size();
        select.setParameter("limit", s.size());
        select.setParameter("offset", offset);
        if (s.after() != null) {
            select.setParameter("afterAt", s.after().registeredAt());
            select.setParameter("afterId", s.after().id());
        }
        List<Asset> items = select.getResultList();
        long total = s.after() == null ? knownTotal(offset, items.size(), s.size())
                : ((Number) count.getSingleResult()).longValue();
        if (total < 0) {
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Page(items, Math.min(total, COUNT_LIMIT), total < COUNT_LIMIT);
    }

    /**
     * The total an offset page already tells, sparing the count: a page that is not full is the last one, so the
     * total is its offset plus its rows (unless it is empty beyond the first page). -1 when the page cannot tell.
     */
    public static long knownTotal(long offset, int rows, int size) {
        return rows < size && (offset == 0 || rows > 0) ? offset + rows : -1;
    }

    /** Keyset position in the review queue's order. */
    public record QueuePosition(short rank, Instant registeredAt, UUID id) {
    }

    /** A page of the review queue: by offset, or after a position (keyset) when {@code after} is given. */
    @SuppressWarnings("unchecked")
    public List<Asset> reviewQueue(String organisation, int page, int size, QueuePosition after) {
        Query query = getEntityManager().createNativeQuery("select * from assets where organisation = :org"
                        + " and awaiting_review"
                        + (after == null ? "" : " and (queue_rank, registered_at, id) > (:rank, :at, :id)")
                        + " order by queue_rank, registered_at, id limit :limit offset :offset", Asset.class)
                .setParameter("org", organisation)
                .setParameter("limit", size)
                .setParameter("offset", after == null ? (long) page * size : 0L);
        if (after != null) {
            query.setParameter("rank", after.rank()).setParameter("at", after.registeredAt())
                    .setParameter("id", after.id());
        }
        return query.getResultList();
    }

    public long reviewQueueSize(String organisation) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from (select 1 from assets"
                        + " where organisation = :org and awaiting_review limit " + COUNT_LIMIT + ") t")
                .setParameter("org", organisation).getSingleResult()).longValue();
    }

    /** Counts per value of {@code column} (or per category), excluding retired assets unless counting status. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> countBy(String organisation, String column) {
        String sql = switch (column) {
            case "level" -> "select coalesce(level, 'UNGRADED'), count(*) from assets where organisation = :org"
                    + " and status <> 'RETIRED' group by 1 order by 1";
            case "status" -> "select status, count(*) from assets where organisation = :org group by 1 order by 1";
            case "category" -> "select c, count(*) from assets, unnest(categories) c where organisation = :org"
                    + " and status <> 'RETIRED' group by 1 order by 1";
            default -> throw new IllegalArgumentException(column);
        };
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery(sql)
                .setParameter("org", organisation).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Assets left pending while the classifier was down, oldest first, claimed for this replica's job. */
    public List<UUID> claimPendingGrading(int limit, Duration lease) {
        return claim("pending_since IS NOT NULL", "pending_since", limit, lease);
    }

    /**
     * Descriptor-only assets whose grade predates the current rule pack (content assets need a new upload).
     * Discovered assets are left to discovery's next scan: their descriptor alone would grade them without their
     * columns and counts (the asset standing for a data source is graded from its descriptor like any other).
     */
    private static final String REGRADE_DUE = "regrade_due AND content_sha256 IS NULL AND pending_since IS NULL"
            + " AND status <> 'RETIRED' AND (discovery_source_id IS NULL OR discovery_key = '')";

    /** The organisation's next assets due for re-grading after {@code after} (by id), claimed. */
    public List<UUID> claimRegradeDue(String organisation, UUID after, int limit, Duration lease) {
        return claim(REGRADE_DUE + " AND organisation = :org AND id > :after", "id", limit, lease,
                Map.of("org", organisation, "after", after == null ? new UUID(0, 0) : after));
    }

    /** Locks the assets in id order (one order for every batch, so two batches never wait on each other in a ring). */
    public void lockInOrder(Collection<UUID> ids) {
        getEntityManager().createNativeQuery("SELECT id FROM assets WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("ids", ids).getResultList();
    }

    /** Per organisation, how many assets are due for re-grading from their descriptor. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> regradeDueByOrganisation() {
        Map<String, Long> due = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery("SELECT organisation, count(*)"
                + " FROM assets WHERE " + REGRADE_DUE + " GROUP BY organisation ORDER BY organisation")
                .getResultList()) {
            due.put((String) row[0], ((Number) row[1]).longValue());
        }
        return due;
    }

    /** Assets whose spooled upload was spooled before {@code cutoff}, claimed for this replica to expire. */
    public List<UUID> claimExpiredSpool(Instant cutoff, int limit, Duration lease) {
        return claim("spool_file IS NOT NULL AND pending_since < :cutoff", "pending_since", limit, lease,
                Map.of("cutoff", cutoff));
    }

    /** The names of the spooled uploads assets refer to (older releases recorded whole paths: their last part). */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> spoolFiles() {
        List<String> files = getEntityManager()
                .createNativeQuery("SELECT spool_file FROM assets WHERE spool_file IS NOT NULL").getResultList();
        return files.stream().map(f -> java.nio.file.Path.of(f).getFileName().toString())
                .collect(java.util.stream.Collectors.toSet());
    }

    public void releaseGradingClaims(List<UUID> ids) {
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("UPDATE assets SET grading_claimed_until = NULL WHERE id IN (:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    /**
     * Takes up to {@code limit} matching assets that no other replica holds: rows another transaction is claiming
     * are skipped (SKIP LOCKED) and a claim lasts {@code lease}, so a replica that dies mid-batch frees its assets.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> claim(String condition, String order, int limit, Duration lease) {
        return claim(condition, order, limit, lease, Map.of());
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim(String condition, String order, int limit, Duration lease, Map<String, Object> params) {
        // The batch is chosen once (MATERIALIZED): as a plain IN (subquery) the planner may run it again per row,
        // claiming far more than the limit.
        String sql = "WITH batch AS MATERIALIZED (SELECT id FROM assets WHERE " + condition
                + " AND (grading_claimed_until IS NULL OR grading_claimed_until < now())"
                + " ORDER BY " + order + " LIMIT :limit FOR UPDATE SKIP LOCKED)"
                + " UPDATE assets SET grading_claimed_until = now() + make_interval(secs => :seconds)"
                + " FROM batch WHERE assets.id = batch.id RETURNING assets.id";
        Query query = getEntityManager().createNativeQuery(sql)
                .setParameter("seconds", (double) lease.toSeconds())
                .setParameter("limit", limit);
        params.forEach(query::setParameter);
        List<Object> ids = query.getResultList();
        return ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
    }

    public int markRegradeDue(String rulePackHash) {
        return update("regradeDue = true where level is not null and status <> 'RETIRED'"
                + " and (rulePackHash is null or rulePackHash <> ?1)", rulePackHash);
    }

    private static final String PERSONS = "greatest(coalesce(pi_persons, 0), coalesce(distinct_persons, 0))";
    private static final String GENERAL_PI = " organisation = :org and status <> 'RETIRED' and level = 'GENERAL'"
            + " and (pi_persons > 0 or exists (select 1 from unnest(categories) c where c like 'pi.%'))";
    private static final String GENERAL_INFRASTRUCTURE = " organisation = :org and status <> 'RETIRED'"
            + " and level = 'GENERAL' and exists (select 1 from unnest(categories) c where c like :prefix)";
    /** The region of an asset without provinces. */
    public static final String UNSPECIFIED_REGION = "(unspecified)";

    /** Per region: general assets holding PI, with their persons, where together they reach {@code threshold}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> piByRegion(String organisation, long threshold) {
        return getEntityManager().createNativeQuery("select coalesce(p, '" + UNSPECIFIED_REGION + "'), sum(" + PERSONS
                        + "), count(*) from assets left join lateral unnest(provinces) p on true where" + GENERAL_PI
                        + " group by 1 having count(*) > 1 and sum(" + PERSONS + ") >= :threshold order by 2 desc")
                .setParameter("org", organisation).setParameter("threshold", threshold).getResultList();
    }

    /** Per region: general energy-infrastructure assets, where there are at least {@code minAssets}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> infrastructureByRegion(String organisation, String categoryPrefix, int minAssets) {
        return getEntityManager().createNativeQuery("select coalesce(p, '" + UNSPECIFIED_REGION + "'), count(*)"
                        + " from assets left join lateral unnest(provinces) p on true where" + GENERAL_INFRASTRUCTURE
                        + " group by 1 having count(*) >= :min order by 2 desc")
                .setParameter("org", organisation).setParameter("prefix", categoryPrefix + "%")
                .setParameter("min", minAssets).getResultList();
    }

    /**
     * A page of the assets behind an aggregation risk in a region (general assets holding PI, or general
     * infrastructure assets when {@code infrastructurePrefix} is given), in registration order after {@code after}.
     */
    @SuppressWarnings("unchecked")
    public List<Asset> riskAssetsPage(String organisation, String infrastructurePrefix, String region, After after,
                                      int limit) {
        String regionCondition = UNSPECIFIED_REGION.equals(region) ? " and coalesce(cardinality(provinces), 0) = 0"
                : " and provinces @> cast(array[:region] as text[])";
        Query query = getEntityManager().createNativeQuery("select * from assets where"
                        + (infrastructurePrefix == null ? GENERAL_PI : GENERAL_INFRASTRUCTURE) + regionCondition
                        + " and (registered_at, id) > (:at, :id) order by registered_at, id limit :limit", Asset.class)
                .setParameter("org", organisation).setParameter("at", after.registeredAt())
                .setParameter("id", after.id()).setParameter("limit", limit)
                .setHint("org.hibernate.readOnly", true);
        if (infrastructurePrefix != null) {
            query.setParameter("prefix", infrastructurePrefix + "%");
        }
        if (!UNSPECIFIED_REGION.equals(region)) {
            query.setParameter("region", region);
        }
        return query.getResultList();
    }

    /** Keyset position in registration order. */
    public record After(Instant registeredAt, UUID id) {
        public static final After START = new After(Instant.EPOCH, new UUID(0, 0));

        public static After of(Asset asset) {
            return new After(asset.registeredAt, asset.id);
        }
    }

    private static final String CATALOGUE = " organisation = :org and status in ('CONFIRMED', 'OVERRIDDEN')"
            + " and level in ('IMPORTANT', 'CORE') and not ('OUT_OF_SCOPE' = any (flags))";
    private static final String DEFILING = " organisation = :org and filed_fingerprint is not null"
            + " and (status = 'RETIRED' or level is null or level not in ('IMPORTANT', 'CORE')"
            + " or 'OUT_OF_SCOPE' = any (flags))";

    /**
     * The assets the NEA catalogue files: reviewed (CONFIRMED / OVERRIDDEN) important or core, not flagged out of
     * scope. An automatic grade nobody has reviewed is not filed. The next page in registration order, read only.
     */
    public List<Asset> cataloguePage(String organisation, After after, int limit) {
        return keysetPage(CATALOGUE, organisation, after, limit);
    }

    /**
     * Assets filed by an earlier export that have since left the catalogue: retired (or erased), graded below
     * important, or flagged out of scope. (A filed asset awaiting review stays filed until a reviewer decides.) The
     * next page in registration order, read only.
     */
    public List<Asset> defilingPage(String organisation, After after, int limit) {
        return keysetPage(DEFILING, organisation, after, limit);
    }

    public long catalogueSize(String organisation) {
        return count(CATALOGUE, organisation) + count(DEFILING, organisation);
    }

    @SuppressWarnings("unchecked")
    private List<Asset> keysetPage(String condition, String organisation, After after, int limit) {
        return getEntityManager().createNativeQuery("select * from assets where" + condition
                        + " and (registered_at, id) > (:at, :id) order by registered_at, id limit :limit", Asset.class)
                .setParameter("org", organisation).setParameter("at", after.registeredAt())
                .setParameter("id", after.id()).setParameter("limit", limit)
                .setHint("org.hibernate.readOnly", true).getResultList();
    }

    private long count(String condition, String organisation) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from assets where" + condition)
                .setParameter("org", organisation).getSingleResult()).longValue();
    }


    /** Filed assets with a change the authority has not been told about, the earliest due date first. */
    @SuppressWarnings("unchecked")
    public List<Asset> refilingDue(String organisation, LocalDate afterDue, After after, int limit) {
        Query query = getEntityManager().createNativeQuery("select * from assets where organisation = :org"
                        + " and refiling_due_on is not null"
                        + (after == null ? "" : " and (refiling_due_on, registered_at, id) > (:due, :at, :id)")
                        + " order by refiling_due_on, registered_at, id limit :limit", Asset.class)
                .setParameter("org", organisation).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("due", afterDue).setParameter("at", after.registeredAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /**
     * The organisation's personal information, over the assets not retired that hold any: the persons of an asset are
     * the larger of the classifier's count and the registrant's declared distinct persons. Sums, never deduplicated.
     *
     * @return assets, assets with minors, persons, sensitive persons, minors, children
     */
    public long[] personalInformation(String organisation) {
        String persons = "greatest(coalesce(pi_persons, 0), coalesce(distinct_persons, 0))";
        Object[] row = (Object[]) getEntityManager().createNativeQuery("select count(*),"
                        + " count(*) filter (where coalesce(pi_minors, 0) > 0 or coalesce(pi_children, 0) > 0),"
                        + " coalesce(sum(" + persons + "), 0),"
                        + " coalesce(sum(" + persons + ") filter (where pi_sensitive), 0),"
                        + " coalesce(sum(pi_minors), 0), coalesce(sum(pi_children), 0)"
                        + " from assets where organisation = :org and status <> 'RETIRED'"
                        + " and (coalesce(pi_persons, 0) > 0 or coalesce(distinct_persons, 0) > 0"
                        + " or coalesce(pi_minors, 0) > 0 or coalesce(pi_children, 0) > 0"
                        + " or exists (select 1 from unnest(categories) c where c like 'pi.%'))")
                .setParameter("org", organisation).getSingleResult();
        long[] totals = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            totals[i] = ((Number) row[i]).longValue();
        }
        return totals;
    }

    /** Whether the organisation holds important or core data: any asset not retired graded IMPORTANT or CORE. */
    public boolean holdsImportantData(String organisation) {
        return !getEntityManager().createNativeQuery("select 1 from assets where organisation = :org"
                        + " and status <> 'RETIRED' and level in ('IMPORTANT', 'CORE') limit 1")
                .setParameter("org", organisation).getResultList().isEmpty();
    }

    public static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}

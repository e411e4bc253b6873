package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.Job;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JobRepository implements PanacheRepositoryBase<Job, UUID> {

    private static final List<Job.Status> UNFINISHED = List.of(Job.Status.QUEUED, Job.Status.RUNNING);

    /** Renews the leases of this instance's unfinished jobs. */
    public int renewLeases(Collection<UUID> ids, Instant until) {
        if (ids.isEmpty()) {
            return 0;
        }
        return update("leaseUntil = ?1 where id in ?2 and status in ?3", until, ids, UNFINISHED);
    }

    /**
     * Fails the unfinished jobs whose lease lapsed before {@code now}, and those of an earlier release (no lease) that
     * reported nothing since {@code silentSince}.
     */
    public int failAbandoned(Instant now, Instant silentSince, String error) {
        return update("status = ?1, error = ?2, finishedAt = ?3, updatedAt = ?3, leaseUntil = null"
                        + " where status in ?4 and (leaseUntil < ?3 or (leaseUntil is null and updatedAt < ?5))",
                Job.Status.FAILED, error, now, UNFINISHED, silentSince);
    }

    /**
     * Records a new REGRADE job unless its organisation has one unfinished (any instance may be starting it now).
     *
     * @return whether it was recorded
     */
    public boolean persistUnlessUnfinished(Job job) {
        return getEntityManager().createNativeQuery("insert into jobs (id, organisation, kind, status, processed, total,"
                        + " created_by, created_at, updated_at, lease_until)"
                        + " values (:id, :org, :kind, :status, 0, :total, :by, :at, :at, :lease)"
                        + " on conflict (organisation, kind) where kind = 'REGRADE' and status in ('QUEUED', 'RUNNING')"
                        + " do nothing")
                .setParameter("id", job.id).setParameter("org", job.organisation).setParameter("kind", job.kind)
                .setParameter("status", job.status.name()).setParameter("total", job.total)
                .setParameter("by", job.createdBy).setParameter("at", job.createdAt)
                .setParameter("lease", job.leaseUntil).executeUpdate() == 1;
    }

    /** The organisation's latest jobs, of {@code kind} unless null, newest first. */
    public List<Job> latest(String organisation, String kind, int size) {
        return kind == null
                ? find("organisation = ?1 order by createdAt desc, id", organisation).page(0, size).list()
                : find("organisation = ?1 and kind = ?2 order by createdAt desc, id", organisation, kind)
                        .page(0, size).list();
    }

    public Optional<Job> findInOrganisation(UUID id, String organisation) {
        return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
    }
}

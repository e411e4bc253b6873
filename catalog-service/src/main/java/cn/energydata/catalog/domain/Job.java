package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A long piece of work of an organisation run in the background, with its progress and, when done, its result. */
@Entity
@Table(name = "jobs")
public class Job extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    public UUID id;
    public String organisation;
    public String kind;
    @Enumerated(EnumType.STRING)
    public Status status;
    public long processed;
    /** Null while unknown. */
    public Long total;
    /** The result as JSON, when done. */
    public String result;
    public String error;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** While queued or running: the instance running the job renews this; once past, the job is given up as FAILED. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}

package cn.energydata.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A report made to the authorities about an incident (INITIAL or FINAL); one of each at most, never changed. */
@Entity
@Table(name = "incident_report")
public class IncidentReport {

    @Id
    public UUID id;
    @Column(name = "incident_id")
    public UUID incidentId;
    public String type;
    @Column(name = "reported_at")
    public Instant reportedAt;
    public String reference;
    public String recipient;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}

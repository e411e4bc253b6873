package cn.energydata.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A cybersecurity incident of an organisation, with the severity and report deadlines computed when it was
 * recorded. Inserted once, never changed (the database refuses); reports are {@link IncidentReport} rows.
 */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    public UUID id;
    public String organisation;
    /** Comma-separated asset ids concerned; null when none were named. */
    @Column(name = "asset_ids")
    public String assetIds;
    @Column(name = "declared_severity")
    public String declaredSeverity;
    public String severity;
    /** Comma-separated ids of the severity floors that raised the declared severity. */
    @Column(name = "severity_raised_by")
    public String severityRaisedBy;
    @Column(name = "persons_affected")
    public long personsAffected;
    @Column(name = "discovered_at")
    public Instant discoveredAt;
    public String description;
    public boolean ciio;
    @Column(name = "ciio_assumption")
    public String ciioAssumption;
    @Column(name = "ciio_assumption_zh")
    public String ciioAssumptionZh;
    @Column(name = "initial_due")
    public Instant initialDue;
    @Column(name = "initial_rule")
    public String initialRule;
    @Column(name = "final_due")
    public Instant finalDue;
    @Column(name = "final_rule")
    public String finalRule;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}

package cn.energydata.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One link of an organisation's cross-border ledger: the persons whose personal information a PERMIT decision
 * sent abroad. Inserted once, never changed (the database refuses).
 */
@Entity
@Table(name = "cross_border_ledger")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String organisation;
    public long seq;
    public Instant at;
    public int year;
    @Column(name = "decision_id")
    public UUID decisionId;
    @Column(name = "asset_id")
    public String assetId;
    /** The asset's name when the export was decided; a label, outside the hash chain. */
    @Column(name = "asset_name")
    public String assetName;
    public String action;
    public String country;
    public String requester;
    public long persons;
    @Column(name = "sensitive_persons")
    public long sensitivePersons;
    @Column(name = "approval_id")
    public UUID approvalId;
    @Column(name = "exemption_type")
    public String exemptionType;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}

package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One link of an organisation's audit hash chain. Inserted once, never changed (the database refuses). */
@Entity
@Table(name = "audit_records")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String organisation;
    public long seq;
    public Instant at;
    public String actor;
    public String action;
    @Column(name = "asset_id")
    public UUID assetId;
    public String detail;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}

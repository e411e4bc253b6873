package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One regulator export of the important/core catalogue. */
@Entity
@Table(name = "exports")
public class ExportRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisation;
    public String format;
    public int entries;
    public int refiling;
    @Column(name = "exported_by")
    public String exportedBy;
    @Column(name = "exported_at")
    public Instant exportedAt;
}

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
    public int filed;
    public int incomplete;
    public int defiling;
    /** The catalogue as exported (JSON), to download it again; null for exports made before it was kept. */
    public String document;
    /** Whether the entries are kept in {@code export_entries} (then {@code document} has the header and counts). */
    @Column(name = "entries_kept")
    public boolean entriesKept;
    @Column(name = "exported_by")
    public String exportedBy;
    @Column(name = "exported_at")
    public Instant exportedAt;
}

package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.ExportRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExportRepository implements PanacheRepositoryBase<ExportRecord, UUID> {

    public List<ExportRecord> recent(String organisation, int limit) {
        return find("organisation = ?1 order by exportedAt desc", organisation).page(0, limit).list();
    }

    /** The organisation's most recent export, or null. */
    public UUID latestId(String organisation) {
        return find("organisation = ?1 order by exportedAt desc, id desc", organisation).firstResultOptional()
                .map(e -> e.id).orElse(null);
    }
}

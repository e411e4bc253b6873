package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.LineageMethod;
import cn.energydata.catalog.domain.LineageLink;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class LineageRepository implements PanacheRepositoryBase<LineageLink, Long> {

    public List<LineageLink> sourcesOf(UUID assetId) {
        return list("assetId = ?1 order by id", assetId);
    }

    /** The lineage methods of each asset's source links, in link order, for many assets at once. */
    public Map<UUID, List<LineageMethod>> methodsOf(Collection<UUID> assetIds) {
        Map<UUID, List<LineageMethod>> methods = new HashMap<>();
        if (assetIds.isEmpty()) {
            return methods;
        }
        for (LineageLink link : list("assetId in ?1 order by assetId, id", assetIds)) {
            methods.computeIfAbsent(link.assetId, k -> new ArrayList<>()).add(link.method);
        }
        return methods;
    }

    public List<LineageLink> derivedFrom(UUID sourceAssetId) {
        return list("sourceAssetId = ?1 order by id", sourceAssetId);
    }

    public void replaceSources(UUID assetId, List<LineageLink> links) {
        delete("assetId", assetId);
        persist(links);
    }
}

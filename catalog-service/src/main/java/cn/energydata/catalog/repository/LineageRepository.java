package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.LineageLink;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LineageRepository implements PanacheRepositoryBase<LineageLink, Long> {

    public List<LineageLink> sourcesOf(UUID assetId) {
        return list("assetId = ?1 order by id", assetId);
    }

    public List<LineageLink> derivedFrom(UUID sourceAssetId) {
        return list("sourceAssetId = ?1 order by id", sourceAssetId);
    }

    public void replaceSources(UUID assetId, List<LineageLink> links) {
        delete("assetId", assetId);
        persist(links);
    }
}

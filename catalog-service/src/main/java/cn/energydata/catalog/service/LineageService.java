package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.LineageFloor;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.LineageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Objects;

/** The lineage floor ({@link LineageFloor}) of an asset, from its stored sources. */
@ApplicationScoped
public class LineageService {

    @Inject
    LineageRepository lineage;

    @Inject
    AssetRepository assets;

    /** The floor as it applies now, honouring a recorded de-identification/statistics justification. */
    public Level floor(Asset asset) {
        return LineageFloor.of(sources(asset), asset.lineageException != null);
    }

    /** The floor when no justification is taken into account. */
    public Level strictFloor(Asset asset) {
        return LineageFloor.of(sources(asset), false);
    }

    /** Whether every source graded above {@code target} was de-identified or aggregated (may go lower). */
    public boolean mayGoBelowSources(Asset asset, Level target) {
        return LineageFloor.mayGoBelow(sources(asset), target);
    }

    private List<LineageFloor.Source> sources(Asset asset) {
        return lineage.sourcesOf(asset.id).stream().map(link -> {
            Asset source = assets.findById(link.sourceAssetId);
            return source == null ? null : new LineageFloor.Source(link.method, source.level);
        }).filter(Objects::nonNull).toList();
    }
}

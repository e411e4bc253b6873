package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.LineageLink;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.LineageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The lineage floor (GB/T 43697): a derived asset is graded at least as high as its sources, except below
 * sources it was de-identified or aggregated from when a reviewer recorded why. Ungraded sources set no floor.
 */
@ApplicationScoped
public class LineageService {

    @Inject
    LineageRepository lineage;

    @Inject
    AssetRepository assets;

    /** The floor as it applies now, honouring a recorded de-identification/statistics justification. */
    public Level floor(Asset asset) {
        return floor(asset, asset.lineageException != null);
    }

    /** The floor when no justification is taken into account. */
    public Level strictFloor(Asset asset) {
        return floor(asset, false);
    }

    private Level floor(Asset asset, boolean exceptionRecorded) {
        Level floor = null;
        for (LineageLink link : lineage.sourcesOf(asset.id)) {
            if (exceptionRecorded && link.method.mayLowerLevel()) {
                continue;
            }
            Asset source = assets.findById(link.sourceAssetId);
            if (source != null) {
                floor = Level.max(floor, source.level);
            }
        }
        return floor;
    }

    /** Whether every source graded above {@code target} was de-identified or aggregated (may go lower). */
    public boolean mayGoBelowSources(Asset asset, Level target) {
        List<LineageLink> links = lineage.sourcesOf(asset.id);
        for (LineageLink link : links) {
            Asset source = assets.findById(link.sourceAssetId);
            if (source != null && target.isBelow(source.level) && !link.method.mayLowerLevel()) {
                return false;
            }
        }
        return true;
    }
}

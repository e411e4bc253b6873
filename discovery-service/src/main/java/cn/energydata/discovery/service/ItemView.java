package cn.energydata.discovery.service;

import cn.energydata.discovery.domain.ColumnGrade;
import cn.energydata.discovery.domain.ItemKind;
import cn.energydata.discovery.domain.ItemOutcome;
import cn.energydata.discovery.domain.ItemResult;
import cn.energydata.discovery.domain.PersonsBasis;

import java.util.List;
import java.util.UUID;

/** One table, object or file of a scan as answered. */
public record ItemView(String key, ItemKind kind, ItemOutcome outcome, String reason, String level, UUID assetId,
                       String catalogOutcome, Long rows, Long distinctPersons, PersonsBasis personsBasis,
                       Long bytesRead, Long sizeBytes, boolean partlyRead, List<ColumnGrade> columns) {

    public static ItemView of(ItemResult item) {
        return new ItemView(item.key(), item.kind(), item.outcome(), item.reason(), item.level(), item.assetId(),
                item.catalogOutcome(), item.rows(), item.distinctPersons(), item.personsBasis(), item.bytesRead(),
                item.sizeBytes(), item.partlyRead(), item.columns());
    }
}

package cn.energydata.discovery.domain;

import java.util.List;

/** What running a task gave: the items a listing found, one item's result, or a failure of the whole source. */
public sealed interface TaskOutcome {

    record Listed(TaskKind itemKind, List<String> keys) implements TaskOutcome {
    }

    record Item(ItemResult result) implements TaskOutcome {
    }

    record SourceFailed(String type, String detail) implements TaskOutcome {
    }
}

package cn.energydata.catalog.client;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** What the classifier needs to grade an asset that has no file (docs/service-contracts.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Descriptor(String name, String description, String assetType, String energyActivity,
                         List<String> provinces, Long records, Long distinctPersons, List<Column> columns) {

    public record Column(String name, String comment, List<String> sampleValues) {
    }
}

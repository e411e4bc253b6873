package cn.energydata.discovery.client;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The classifier's descriptor of a table (docs/service-contracts.md): names, comments and sample values. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Descriptor(String name, String description, String assetType, Long records, Long distinctPersons,
                         List<Column> columns) {

    public record Column(String name, String comment, List<String> sampleValues) {
    }

    public Descriptor withDistinctPersons(long persons) {
        return new Descriptor(name, description, assetType, records, persons, columns);
    }

    @Override
    public String toString() {
        return "Descriptor[name=" + name + ", columns=" + (columns == null ? 0 : columns.size()) + "]";
    }
}

package cn.energydata.classifier.rest.dto;

import cn.energydata.classifier.engine.Descriptor;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A descriptor as clients send it (docs/service-contracts.md); fields the service does not know are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescriptorRequest(String name, String description, String assetType, String energyActivity,
                                List<String> provinces, Long records, Long distinctPersons, List<Column> columns) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String name, String comment, List<String> sampleValues) {
    }

    public Descriptor toDescriptor() {
        return new Descriptor(name, description, assetType, energyActivity, provinces, records, distinctPersons,
                columns == null ? null : columns.stream()
                        .map(c -> new Descriptor.Column(c.name(), c.comment(), c.sampleValues())).toList());
    }
}

package cn.energydata.classifier.rest.dto;

/** JSON form of POST /api/classifications: text, a descriptor, or both. */
public record TextRequest(String text, DescriptorRequest descriptor) {
}

package cn.energydata.catalog.domain;

/** Facts about uploaded content that the catalog keeps (the content itself is never stored). */
public record ContentFacts(String sha256, String contentType, long size) {
}

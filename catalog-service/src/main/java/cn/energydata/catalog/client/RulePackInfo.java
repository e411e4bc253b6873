package cn.energydata.catalog.client;

/** {@code GET /api/rules}: the catalog only watches version and hash. */
public record RulePackInfo(String version, String hash) {
}

package cn.energydata.policy.client;

/** Body of catalog-service's {@code POST /api/internal/assets/{id}/retirement}. */
public record Retirement(String reason, String erasureCertificate, String actor) {
}

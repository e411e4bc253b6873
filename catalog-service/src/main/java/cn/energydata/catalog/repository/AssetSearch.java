package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.domain.EnergyActivity;

/**
 * Filters, sort and page of an asset search; null filters are ignored. {@code department} is the owner department and
 * {@code province} one of the asset's provinces, both exact. {@code gradingFailed} keeps only assets whose last grading
 * failed for good. {@code after} (keyset, registration order only) replaces {@code page} for deep pages.
 */
public record AssetSearch(String organisation, LevelFilter level, AssetStatus status, String category,
                          EnergyActivity activity, String system, String region, String department,
                          String province, String text,
                          String sort, boolean descending, int page, int size, AssetRepository.After after,
                          boolean gradingFailed) {
}

package cn.energydata.policy.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A calendar year of an organisation's cross-border ledger: the year's totals (all entries) and one page of
 * entries in chain order. Persons are counted conservatively: entries are added up, never deduplicated.
 */
public record LedgerView(String organisation, int year, long persons, long sensitivePersons, int page, int size,
                         long total, List<Entry> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** {@code assetName}: the asset's name in the catalog when the export was decided (null in older entries). */
    public record Entry(long seq, Instant at, UUID decisionId, String assetId, String assetName, String action,
                        String country,
                        String requester, long persons, long sensitivePersons, UUID approvalId, String exemptionType,
                        String hash) {
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.common.identity.Caller;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What policy-service reads and records across organisations (docs/service-contracts.md). */
@ApplicationScoped
public class InternalAssetService {

    public record PersonalInformation(Long persons, boolean sensitive, Long minors, Long children) {
    }

    public record Classification(UUID id, String organisation, String name, Level level, AssetStatus status,
                                 List<String> categories, PersonalInformation personalInformation,
                                 boolean crossBorder, boolean retired, List<String> flags,
                                 SecrecyReview secrecyReview, String registeredBy) {
    }

    /** {@code null} until a security-admin records that the secrecy review cleared the asset. */
    public record SecrecyReview(boolean cleared, String reference, String by, Instant at) {
    }

    public record Retirement(String reason, String erasureCertificate, String actor) {
    }

    /**
     * An organisation's personal information over its assets that are not retired and hold any (issue 13 item 8):
     * sums, never deduplicated, so an upper bound (docs/service-contracts.md).
     */
    public record PersonalInformationTotals(String organisation, long assets, long assetsWithMinors, long persons,
                                            long sensitivePersons, long minors, long children) {
    }

    @Inject
    AssetRepository assets;

    @Inject
    AssetService assetService;

    @Inject
    Caller caller;

    /** The classification with the asset row's version, its ETag. */
    public record Versioned(Classification classification, long version) {
    }

    @Transactional
    public Versioned classification(UUID id) {
        Asset a = assets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Asset " + id));
        return new Versioned(classification(a), a.version);
    }

    private static Classification classification(Asset a) {
        return new Classification(a.id, a.organisation, a.name, a.level, a.status, List.copyOf(a.categories),
                new PersonalInformation(a.piPersons, a.piSensitive, a.piMinors, a.piChildren), a.crossBorder,
                a.isRetired(), List.copyOf(a.flags), a.secrecyClearedAt == null ? null
                : new SecrecyReview(true, a.secrecyReference, a.secrecyClearedBy, a.secrecyClearedAt),
                a.registeredBy);
    }

    @Transactional
    public PersonalInformationTotals personalInformation(String organisation) {
        long[] t = assets.personalInformation(organisation);
        return new PersonalInformationTotals(organisation, t[0], t[1], t[2], t[3], t[4], t[5]);
    }

    @Transactional
    public void retire(UUID id, Retirement retirement) {
        Asset a = assets.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Asset " + id));
        String actor = retirement.actor() == null || retirement.actor().isBlank() ? caller.username()
                : retirement.actor() + " via " + caller.username();
        assetService.retire(a, actor, retirement.reason(), retirement.erasureCertificate());
    }
}

package cn.energydata.policy.service;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.domain.Assessment;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.repository.AssessmentRepository;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Records assessments and tells which ones are valid for an asset today. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    AssessmentRepository repository;

    @Inject
    Clock clock;

    @Transactional
    @CacheInvalidateAll(cacheName = "valid-assessments")
    public AssessmentView record(AssessmentCommand command, String organisation, String recordedBy) {
        if (organisation == null) {
            throw ProblemException.badRequest("Assessments are recorded for the caller's organisation; the token has no 'org' claim.");
        }
        if (command.validUntil().isBefore(command.validFrom())) {
            throw ProblemException.badRequest("'validUntil' must not be before 'validFrom'.");
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.organisation = organisation;
        a.type = command.type();
        a.reference = command.reference();
        a.scope = command.scope();
        a.assetIds = command.assetIds() == null || command.assetIds().isEmpty() ? null : String.join(",", command.assetIds());
        a.validFrom = command.validFrom();
        a.validUntil = command.validUntil();
        a.recordedBy = recordedBy;
        a.recordedAt = clock.instant();
        repository.persist(a);
        return view(a);
    }

    @Transactional
    public List<AssessmentView> list(String organisation) {
        return repository.ofOrganisation(organisation).stream().map(this::view).toList();
    }

    /** The assessment types valid today for an asset of an organisation (cached briefly). */
    @CacheResult(cacheName = "valid-assessments")
    @Transactional
    public Set<AssessmentType> validTypes(String organisation, String assetId) {
        if (organisation == null) {
            return Set.of();
        }
        EnumSet<AssessmentType> types = EnumSet.noneOf(AssessmentType.class);
        for (Assessment a : repository.validOn(organisation, today())) {
            if (a.assetIds == null || Arrays.asList(a.assetIds.split(",")).contains(assetId)) {
                types.add(a.type);
            }
        }
        return Set.copyOf(types);
    }

    /** Assessments are valid by calendar day (UTC). */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    AssessmentView view(Assessment a) {
        LocalDate today = today();
        return new AssessmentView(a.id, a.organisation, a.type, a.reference, a.scope,
                a.assetIds == null ? List.of() : List.of(a.assetIds.split(",")), a.validFrom, a.validUntil,
                !today.isBefore(a.validFrom) && !today.isAfter(a.validUntil), a.recordedBy, a.recordedAt);
    }
}

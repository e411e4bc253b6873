package cn.energydata.catalog.service;

import cn.energydata.catalog.client.ClassificationResult;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AssetType;
import cn.energydata.catalog.domain.DiscoveryOrigin;
import cn.energydata.catalog.domain.EnergyActivity;
import cn.energydata.catalog.domain.GradeOutcome;
import cn.energydata.catalog.domain.LineageLink;
import cn.energydata.catalog.domain.LineageMethod;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.LineageRepository;
import cn.energydata.catalog.repository.OrganisationProfileRepository;
import cn.energydata.catalog.service.DiscoveredAssetRequest.Outcome;
import cn.energydata.common.problem.Problem;
import cn.energydata.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the catalogue in step with what discovery-service finds (issue 16): an idempotent upsert per (organisation,
 * data source, key). The first time the asset is registered and graded automatically (trigger DISCOVERY); later an
 * asset nobody has reviewed is re-graded in place, a reviewed one only gets a proposal, as after a rule-pack change.
 * Each data source has one asset of its own, which every asset found in it feeds in lineage (FUSED).
 */
@ApplicationScoped
public class DiscoveredAssetService {

    /** A unique index is the upsert's key: the loser of two simultaneous first calls retries and finds the asset. */
    private static final int ATTEMPTS = 3;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?#]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)\\b(password|pwd|passwd|secret|token|access[-_]?key|secret[-_]?key|credentials?)=[^&;,\\s]*");

    @Inject
    AssetRepository assets;

    @Inject
    LineageRepository lineage;

    @Inject
    OrganisationProfileRepository organisations;

    @Inject
    GradingService grading;

    @Inject
    AuditService audit;

    @Inject
    FilingService filing;

    @Inject
    Clock clock;

    public DiscoveredAssetRequest.Result upsert(DiscoveredAssetRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> upsertOnce(request));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private DiscoveredAssetRequest.Result upsertOnce(DiscoveredAssetRequest r) {
        if (!organisations.knows(r.organisation())) {
            throw new ProblemException(400, "validation", "Invalid request", "Unknown organisation.",
                    List.of(new Problem.FieldError("organisation", "no such organisation")));
        }
        String actor = actor(r.source().name());
        Instant now = Timestamps.now(clock);
        Asset dataSource = dataSource(r, actor, now);
        ClassificationResult result = withFacts(r.classification(), r.facts());
        Optional<Asset> found = assets.findDiscoveredForUpdate(r.organisation(), r.source().id(), r.key());
        if (found.isEmpty()) {
            Asset asset = Asset.discovered(r.organisation(), r.registeredBy(), actor,
                    origin(r, r.key(), now), now);
            describe(asset, r, r.name(), r.assetType(), r.description());
            setFacts(asset, r.facts());
            assets.persist(asset);
            assets.flush();
            link(dataSource, asset);
            audit.record(r.organisation(), actor, "REGISTERED", asset.id, AuditDetail.of("name", asset.name,
                    "type", asset.assetType, "sourceId", r.source().id(), "key", r.key(),
                    AuditDetail.ON_BEHALF_OF, r.registeredBy()));
            grading.applyDiscovered(asset, result, actor, r.registeredBy());
            return new DiscoveredAssetRequest.Result(asset.id, dataSource.id, Outcome.CREATED);
        }
        Asset asset = found.get();
        asset.seenByDiscovery(now);
        if (asset.isRetired()) {
            // Retired by a person: discovery does not bring it back; it only notes that it was seen.
            return new DiscoveredAssetRequest.Result(asset.id, dataSource.id, Outcome.UNCHANGED);
        }
        if (setFacts(asset, r.facts())) {
            filing.noteChange(asset);
        }
        GradeOutcome outcome = grading.applyDiscovered(asset, result, actor, r.registeredBy());
        return new DiscoveredAssetRequest.Result(asset.id, dataSource.id, outcome == null ? Outcome.UNCHANGED
                : switch (outcome) {
                    case APPLIED -> Outcome.GRADED;
                    case PROPOSED -> Outcome.PROPOSED;
                    case NO_CHANGE -> Outcome.UNCHANGED;
                });
    }

    /** The asset standing for the data source itself, registered (ungraded) the first time anything is found in it. */
    private Asset dataSource(DiscoveredAssetRequest r, String actor, Instant now) {
        Optional<Asset> found = assets.findDiscoveredForUpdate(r.organisation(), r.source().id(),
                DiscoveryOrigin.SOURCE_KEY);
        if (found.isPresent()) {
            found.get().seenByDiscovery(now);
            return found.get();
        }
        Asset source = Asset.discovered(r.organisation(), r.registeredBy(), actor,
                origin(r, DiscoveryOrigin.SOURCE_KEY, now), now);
        AssetType type = r.source().kind() == DiscoveredAssetRequest.SourceKind.JDBC ? AssetType.DATABASE
                : AssetType.DOCUMENT_COLLECTION;
        describe(source, r, r.source().name(), type, "Data source found by discovery ("
                + r.source().kind() + ")");
        assets.persist(source);
        assets.flush();
        audit.record(r.organisation(), actor, "REGISTERED", source.id, AuditDetail.of("name", source.name,
                "type", source.assetType, "sourceId", r.source().id(), "key", DiscoveryOrigin.SOURCE_KEY,
                AuditDetail.ON_BEHALF_OF, r.registeredBy()));
        return source;
    }

    /** The data source holds the asset: its lineage floor is the highest of everything found in it. */
    private void link(Asset dataSource, Asset asset) {
        LineageLink link = new LineageLink();
        link.assetId = dataSource.id;
        link.sourceAssetId = asset.id;
        link.method = LineageMethod.FUSED;
        lineage.persist(link);
    }

    private static DiscoveryOrigin origin(DiscoveredAssetRequest r, String key, Instant now) {
        return DiscoveryOrigin.of(r.source().id(), r.source().name(), r.source().kind().name(),
                withoutCredentials(r.source().location()), key, now);
    }

    private static void describe(Asset asset, DiscoveredAssetRequest r, String name, AssetType type,
                                 String description) {
        asset.name = name;
        asset.description = description;
        asset.assetType = type;
        asset.ownerDepartment = r.department() == null || r.department().isBlank() ? "unassigned" : r.department();
        asset.ownerContact = r.registeredBy();
        asset.energyActivity = r.energyActivity() == null ? EnergyActivity.PRODUCTION : r.energyActivity();
        asset.systemName = r.source().name();
        asset.storageLocation = truncate(withoutCredentials(r.source().location()), 500);
    }

    /** @return whether a fact changed */
    private static boolean setFacts(Asset asset, DiscoveredAssetRequest.Facts facts) {
        if (facts == null) {
            return false;
        }
        boolean changed = false;
        if (facts.rows() != null && !facts.rows().equals(asset.volumeRecords)) {
            asset.volumeRecords = facts.rows();
            changed = true;
        }
        if (facts.distinctPersons() != null && !facts.distinctPersons().equals(asset.distinctPersons)) {
            asset.distinctPersons = facts.distinctPersons();
            changed = true;
        }
        return changed;
    }

    /** An object read only in part is graded from what was read: a person must look (fail closed). */
    private static ClassificationResult withFacts(ClassificationResult c, DiscoveredAssetRequest.Facts facts) {
        if (facts == null || !facts.partlyRead() || c.needsReview()) {
            return c;
        }
        return new ClassificationResult(c.level(), c.levelBasis(), true, c.flags(), c.categories(), c.subjects(),
                c.findings(), c.reasons(), c.extraction(), c.contentType(), c.sha256(), c.sizeBytes(), c.rulePack());
    }

    /** The audit's actor: discovery acting for the data source (the person it acts for is in the detail). */
    static String actor(String sourceName) {
        return truncate("discovery:" + sourceName, 100);
    }

    /** A location as discovery reports it, with any user name, password or key taken out. */
    static String withoutCredentials(String location) {
        if (location == null) {
            return null;
        }
        return SECRET_PARAMETER.matcher(USER_INFO.matcher(location).replaceAll("//")).replaceAll("$1=***");
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && Objects.equals(sql.getSQLState(), UNIQUE_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}

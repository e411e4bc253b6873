package cn.energydata.catalog.service;

import cn.energydata.catalog.client.ClassificationResult;
import cn.energydata.catalog.client.ClassifierClient;
import cn.energydata.catalog.client.ClassifierRejectedException;
import cn.energydata.catalog.client.ClassifierUnavailableException;
import cn.energydata.catalog.client.Descriptor;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AutomaticGrade;
import cn.energydata.catalog.domain.ContentFacts;
import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.GradeFlags;
import cn.energydata.catalog.domain.GradingFailure;
import cn.energydata.catalog.domain.GradeOutcome;
import cn.energydata.catalog.domain.GradingRevision;
import cn.energydata.catalog.domain.GradingTrigger;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.PersonalInformation;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.GradingRevisionRepository;
import cn.energydata.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Grading through classifier-service. The classifier call runs outside any database transaction. A result for
 * an asset a reviewer has decided only becomes a proposal; otherwise it is applied and awaits review.
 */
@ApplicationScoped
public class GradingService {

    private static final Logger LOG = Logger.getLogger(GradingService.class);
    private static final int MAX_FINDINGS = 50;
    private static final Map<GradingFailure, String> AUDIT_ACTIONS = Map.of(
            GradingFailure.CLASSIFIER_REJECTED, "GRADING_REJECTED",
            GradingFailure.SPOOL_EXPIRED, "UPLOAD_EXPIRED",
            GradingFailure.SPOOL_UNREADABLE, "UPLOAD_UNREADABLE");

    @Inject
    Tenancy tenancy;

    @Inject
    JsonWebToken userToken;

    @Inject
    ClassifierClient classifier;

    @Inject
    ContentSpool spool;

    @Inject
    AssetRepository assets;

    @Inject
    GradingRevisionRepository gradings;

    @Inject
    LineageService lineage;

    @Inject
    AuditService audit;

    @Inject
    FilingService filing;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    CatalogConfig config;

    /** Grades an upload with the user's token; if the classifier is down, spools it and answers "pending". */
    public AssetView gradeUpload(UUID id, Path upload, String filename, String mediaType) {
        String actor = tenancy.username();
        Descriptor descriptor = QuarkusTransaction.requiringNew().call(() -> {
            Asset asset = tenancy.visibleAsset(id);
            AssetService.requireActive(asset);
            return descriptor(asset);
        });
        ContentSpool.Facts facts = ContentSpool.facts(upload);
        ContentFacts content = new ContentFacts(facts.sha256(), mediaType, facts.size());
        try {
            ClassificationResult result = classifier.classifyContent(userToken.getRawToken(), upload, filename,
                    mediaType, descriptor);
            return QuarkusTransaction.requiringNew().call(() ->
                    AssetView.of(apply(id, result, GradingTrigger.UPLOAD, actor, content, null)));
        } catch (ClassifierRejectedException e) {
            fail(id, actor, GradingFailure.CLASSIFIER_REJECTED, null, rejection(e, content));
            throw rejected(e);
        } catch (ClassifierUnavailableException | FaultToleranceException e) {
            LOG.warnf("Classifier unavailable for asset %s, upload kept for later grading: %s", id, e.getMessage());
            String spooled = spool.keep(upload, id);
            return QuarkusTransaction.requiringNew().call(() ->
                    AssetView.of(markPending(id, actor, content, spooled)));
        }
    }

    /** Grades an asset without a file from its descriptor, with the user's token. */
    public AssetView gradeDescriptor(UUID id) {
        String actor = tenancy.username();
        Descriptor descriptor = QuarkusTransaction.requiringNew().call(() -> {
            Asset asset = tenancy.visibleAsset(id);
            AssetService.requireActive(asset);
            return descriptor(asset);
        });
        try {
            ClassificationResult result = classifier.classifyDescriptor(userToken.getRawToken(), descriptor);
            return QuarkusTransaction.requiringNew().call(() ->
                    AssetView.of(apply(id, result, GradingTrigger.DESCRIPTOR, actor, null, null)));
        } catch (ClassifierRejectedException e) {
            fail(id, actor, GradingFailure.CLASSIFIER_REJECTED, null, rejection(e, null));
            throw rejected(e);
        } catch (ClassifierUnavailableException | FaultToleranceException e) {
            LOG.warnf("Classifier unavailable for asset %s, descriptor grading deferred: %s", id, e.getMessage());
            return QuarkusTransaction.requiringNew().call(() -> AssetView.of(markPending(id, actor, null, null)));
        }
    }

    /** How grading a newly registered asset went. */
    public enum ImportGrading { GRADED, PENDING, REJECTED }

    /**
     * Grades a bulk-registered asset from its descriptor with the service's token, as {@link #gradeDescriptor} does
     * for one registration; when the classifier is unreachable the asset waits as pending for the background job.
     */
    public ImportGrading gradeRegistered(UUID id, String serviceToken, String actor) {
        if (serviceToken == null) {
            QuarkusTransaction.requiringNew().run(() -> markPending(id, actor, null, null));
            return ImportGrading.PENDING;
        }
        Descriptor descriptor = QuarkusTransaction.requiringNew().call(() -> descriptor(assets.findById(id)));
        try {
            ClassificationResult result = classifier.classifyDescriptor(serviceToken, descriptor);
            QuarkusTransaction.requiringNew().run(() -> apply(id, result, GradingTrigger.DESCRIPTOR, actor, null, null));
            return ImportGrading.GRADED;
        } catch (ClassifierRejectedException e) {
            fail(id, actor, GradingFailure.CLASSIFIER_REJECTED, null, rejection(e, null));
            return ImportGrading.REJECTED;
        } catch (ClassifierUnavailableException | FaultToleranceException e) {
            QuarkusTransaction.requiringNew().run(() -> markPending(id, actor, null, null));
            return ImportGrading.PENDING;
        }
    }

    /**
     * Background grading of one pending or re-grade-due asset with the service's token.
     *
     * @return false when the classifier is still unreachable (the caller stops this round)
     */
    public boolean gradeInBackground(UUID id, String serviceToken, String actor, GradingTrigger trigger) {
        record Work(Descriptor descriptor, String spoolFile, ContentFacts content, boolean expired) {
        }
        Instant oldestKept = Timestamps.now(clock).minus(config.spool().maxAge());
        Work work = QuarkusTransaction.requiringNew().call(() -> {
            Asset asset = assets.findById(id);
            if (asset == null || asset.isRetired()) {
                return null;
            }
            ContentFacts content = asset.spoolFile == null ? null
                    : new ContentFacts(asset.contentSha256, asset.contentType, asset.contentSize == null ? 0 : asset.contentSize);
            boolean expired = asset.spoolFile != null && asset.pendingSince != null
                    && asset.pendingSince.isBefore(oldestKept);
            return new Work(descriptor(asset), asset.spoolFile, content, expired);
        });
        if (work == null) {
            return true;
        }
        if (work.expired()) {
            expireSpooledUpload(id, actor);
            return true;
        }
        Path plain = null;
        try {
            ClassificationResult result;
            if (work.spoolFile() == null) {
                result = classifier.classifyDescriptor(serviceToken, work.descriptor());
            } else {
                plain = spool.decrypted(work.spoolFile());
                result = classifier.classifyContent(serviceToken, plain, "content", work.content().contentType(),
                        work.descriptor());
            }
            QuarkusTransaction.requiringNew().run(() -> apply(id, result, trigger, actor, work.content(),
                    work.spoolFile()));
            spool.delete(work.spoolFile());
            return true;
        } catch (ClassifierRejectedException e) {
            fail(id, actor, GradingFailure.CLASSIFIER_REJECTED, work.spoolFile(), rejection(e, work.content()));
            return true;
        } catch (ContentSpool.UnreadableException e) {
            LOG.warnf("Spooled upload of asset %s cannot be graded: %s", id, e.getMessage());
            fail(id, actor, GradingFailure.SPOOL_UNREADABLE, work.spoolFile(), AuditDetail.of("problem", e.getMessage()));
            return true;
        } catch (ClassifierUnavailableException | FaultToleranceException e) {
            return false;
        } finally {
            ContentSpool.deleteQuietly(plain);
        }
    }

    /**
     * The descriptors of those of {@code ids} still due for re-grading from their descriptor, read in one transaction
     * (re-grading after a rule-pack change).
     */
    Map<UUID, Descriptor> regradeDescriptors(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Descriptor> due = new LinkedHashMap<>();
            for (Asset asset : assets.list("id in ?1", ids)) {
                if (!asset.isRetired() && asset.regradeDue && asset.spoolFile == null && asset.contentSha256 == null) {
                    due.put(asset.id, descriptor(asset));
                }
            }
            return due;
        });
    }

    /**
     * Records the re-grades of a batch in one transaction, the assets locked first in id order; should that fail,
     * each in a transaction of its own, so one bad asset does not cost the batch.
     *
     * @return how many were recorded
     */
    int applyRegrades(Map<UUID, ClassificationResult> results, String actor) {
        if (results.isEmpty()) {
            return 0;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                assets.lockInOrder(results.keySet());
                results.forEach((id, result) -> {
                    apply(id, result, GradingTrigger.RULE_PACK_CHANGE, actor, null, null);
                    // Written (apply flushes) and still locked: detached, so that later queries of the batch do not
                    // check every asset already recorded for changes.
                    assets.getEntityManager().flush();
                    assets.getEntityManager().clear();
                });
            });
            return results.size();
        } catch (RuntimeException batchFailed) {
            LOG.warnf("Re-grades recorded one by one: the batch failed (%s)", batchFailed.getClass().getSimpleName());
            int recorded = 0;
            for (Map.Entry<UUID, ClassificationResult> entry : results.entrySet()) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> apply(entry.getKey(), entry.getValue(),
                            GradingTrigger.RULE_PACK_CHANGE, actor, null, null));
                    recorded++;
                } catch (RuntimeException e) {
                    LOG.errorf("Re-grade of asset %s failed: %s", entry.getKey(), e.getClass().getSimpleName());
                }
            }
            return recorded;
        }
    }

    /** Records that the classifier refused an asset's descriptor. */
    void failRejected(UUID id, String actor, ClassifierRejectedException e) {
        fail(id, actor, GradingFailure.CLASSIFIER_REJECTED, null, rejection(e, null));
    }

    /**
     * Deletes a spooled upload older than {@code catalog.spool.max-age} ungraded: its asset shows that it needs a new
     * upload (never the grade of content it no longer holds). Nothing happens when the asset's upload is younger.
     *
     * @return whether it expired
     */
    public boolean expireSpooledUpload(UUID id, String actor) {
        Instant oldestKept = Timestamps.now(clock).minus(config.spool().maxAge());
        String expired = QuarkusTransaction.requiringNew().call(() -> {
            Asset asset = assets.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (asset == null || asset.spoolFile == null || asset.pendingSince == null
                    || !asset.pendingSince.isBefore(oldestKept)) {
                return null;
            }
            String file = asset.spoolFile;
            Instant spooledAt = asset.pendingSince;
            asset.failGrading(GradingFailure.SPOOL_EXPIRED, actor, Timestamps.now(clock));
            assets.flush();
            audit.record(asset.organisation, actor, "UPLOAD_EXPIRED", id, AuditDetail.of("spooledAt", spooledAt,
                    "maxAge", config.spool().maxAge().toString(), "contentSha256", asset.contentSha256));
            return file;
        });
        spool.delete(expired);
        return expired != null;
    }

    private Asset markPending(UUID id, String actor, ContentFacts content, String spoolFile) {
        Asset asset = assets.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (asset.spoolFile != null && !asset.spoolFile.equals(spoolFile)) {
            spool.delete(asset.spoolFile);
        }
        asset.markPending(content, spoolFile, actor, Timestamps.now(clock));
        assets.flush();
        audit.record(asset.organisation, actor, "GRADING_PENDING", id,
                AuditDetail.of("contentSha256", content == null ? null : content.sha256(), "spooled", spoolFile != null));
        return asset;
    }

    /**
     * Records a failure for good, unless the asset moved on meanwhile (another upload replaced the one that failed,
     * or, for a refused upload or descriptor, {@code spoolFile} null, a spooled upload still waits), and deletes the
     * failed spooled upload.
     */
    private void fail(UUID id, String actor, GradingFailure failure, String spoolFile, Map<String, Object> detail) {
        QuarkusTransaction.requiringNew().run(() -> {
            Asset asset = assets.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (!Objects.equals(asset.spoolFile, spoolFile)) {
                return;
            }
            asset.failGrading(failure, actor, Timestamps.now(clock));
            assets.flush();
            audit.record(asset.organisation, actor, AUDIT_ACTIONS.get(failure), id, detail);
        });
        spool.delete(spoolFile);
    }

    /** Records a classifier result as a new grading revision (applied, or a proposal after a human decision). */
    Asset apply(UUID id, ClassificationResult result, GradingTrigger trigger, String actor, ContentFacts content,
                String expectedSpoolFile) {
        Asset asset = assets.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (asset == null || asset.isRetired()) {
            return asset;
        }
        if (expectedSpoolFile != null && !expectedSpoolFile.equals(asset.spoolFile)) {
            // A newer upload replaced this one while it was being graded: its own grading will follow.
            return asset;
        }
        record(asset, result, trigger, actor, content, null, false);
        return asset;
    }

    /**
     * Records a grade discovery-service obtained from the classifier for an asset locked by the caller, exactly as a
     * background re-grade: applied when nobody has reviewed the asset, otherwise a proposal. The audit names the person
     * on whose behalf discovery acts.
     *
     * @return what the grade did, or null when it would change nothing (level, categories and flags as they are, or
     * as the open proposal already proposes): then nothing is recorded
     */
    GradeOutcome applyDiscovered(Asset asset, ClassificationResult result, String actor, String onBehalfOf) {
        ContentFacts content = result.sha256() == null ? null
                : new ContentFacts(result.sha256(), result.contentType(), result.sizeBytes() == null ? 0 : result.sizeBytes());
        return record(asset, result, GradingTrigger.DISCOVERY, actor, content, onBehalfOf, true);
    }

    private GradeOutcome record(Asset asset, ClassificationResult result, GradingTrigger trigger, String actor,
                                ContentFacts content, String onBehalfOf, boolean skipSameGrade) {
        UUID id = asset.id;
        Level graded = result.level() == null ? Level.CORE : result.level();
        Level floor = lineage.floor(asset);
        AutomaticGrade grade = grade(result, graded, floor);
        if (skipSameGrade && (asset.level != null && asset.hasGrade(grade.level(), grade.categories(), grade.flags())
                || sameAsOpenProposal(id, grade))) {
            return null;
        }
        GradingRevision revision = GradingRevision.automatic(id, grade, revisionContent(result, content), trigger,
                actor, Timestamps.now(clock));
        GradeOutcome outcome = asset.applyGrade(revision, personalInformation(result), content);
        if (outcome != GradeOutcome.NO_CHANGE) {
            gradings.supersedeOpenProposals(id);
        }
        if (outcome == GradeOutcome.APPLIED) {
            filing.noteChange(asset);
        }
        gradings.persist(revision);
        assets.flush();
        Map<String, Object> detail = AuditDetail.of("revision", revision.id,
                "level", revision.level, "classifierLevel", graded, "lineageFloor", floor, "flags", revision.flags,
                "trigger", trigger,
                "rulePackVersion", revision.rulePackVersion, "contentSha256", revision.contentSha256);
        if (onBehalfOf != null) {
            detail.put(AuditDetail.ON_BEHALF_OF, onBehalfOf);
        }
        audit.record(asset.organisation, actor, outcome.auditAction(), id, detail);
        return outcome;
    }

    private boolean sameAsOpenProposal(UUID id, AutomaticGrade grade) {
        return gradings.openProposal(id).filter(p -> p.level == grade.level()
                && new HashSet<>(p.categories).equals(new HashSet<>(grade.categories()))
                && GradeFlags.same(p.flags, grade.flags() == null ? List.of() : grade.flags())).isPresent();
    }

    /** The classifier's result raised to the lineage floor; no level at all is CORE and needs review (fail closed). */
    private AutomaticGrade grade(ClassificationResult result, Level graded, Level floor) {
        List<String> categories = result.categories() == null ? List.of()
                : result.categories().stream().map(ClassificationResult.Category::id).distinct().toList();
        return new AutomaticGrade(Level.max(graded, floor), categories, result.flags(),
                result.needsReview() || result.level() == null,
                result.extraction() == null ? null : result.extraction().status(),
                result.rulePack() == null ? null : result.rulePack().version(),
                result.rulePack() == null ? null : result.rulePack().hash(),
                evidence(result, graded, floor));
    }

    /** The revision records the content type the classifier detected, when it says. */
    private static ContentFacts revisionContent(ClassificationResult result, ContentFacts content) {
        if (content == null || result.contentType() == null) {
            return content;
        }
        return new ContentFacts(content.sha256(), result.contentType(), content.size());
    }

    static PersonalInformation personalInformation(ClassificationResult result) {
        ClassificationResult.Subjects subjects = result.subjects();
        boolean sensitive = result.categories() != null
                && result.categories().stream().anyMatch(ClassificationResult.Category::sensitive);
        return subjects == null ? new PersonalInformation(null, null, null, sensitive)
                : new PersonalInformation(subjects.persons(), subjects.minors(), subjects.children(), sensitive);
    }

    /** The masked evidence summary kept with a revision: never raw values, only the classifier's masked snippets. */
    private String evidence(ClassificationResult result, Level graded, Level floor) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("classifierLevel", graded);
        evidence.put("levelBasis", result.levelBasis());
        evidence.put("lineageFloor", floor);
        evidence.put("reasons", result.reasons());
        evidence.put("categories", result.categories());
        evidence.put("subjects", result.subjects());
        evidence.put("extraction", result.extraction());
        List<ClassificationResult.Finding> findings = result.findings() == null ? List.of() : result.findings();
        evidence.put("findingCount", findings.size());
        evidence.put("findings", findings.subList(0, Math.min(MAX_FINDINGS, findings.size())));
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Descriptor descriptor(Asset a) {
        return new Descriptor(a.name, a.description, a.assetType.name(), a.energyActivity.name(),
                List.copyOf(a.provinces), a.volumeRecords, a.distinctPersons, null);
    }

    /** The audit detail of a refusal: the classifier's status and, for an upload, the refused content's hash. */
    private static Map<String, Object> rejection(ClassifierRejectedException e, ContentFacts content) {
        return AuditDetail.of("classifierStatus", e.status(), "contentSha256", content == null ? null : content.sha256());
    }

    private static ProblemException rejected(ClassifierRejectedException e) {
        return new ProblemException(422, "classifier-rejected", "Content not gradable",
                "The classifier could not grade this input (HTTP " + e.status() + ").");
    }
}

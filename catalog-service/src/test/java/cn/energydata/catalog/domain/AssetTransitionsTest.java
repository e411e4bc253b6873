package cn.energydata.catalog.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The asset's state transitions, without Quarkus or a database. */
class AssetTransitionsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final ContentFacts CONTENT = new ContentFacts("ab".repeat(32), "text/csv", 42);
    private static final PersonalInformation NO_PI = new PersonalInformation(null, null, null, false);

    private static Asset registered() {
        return Asset.register("east-grid", "rita", T0);
    }

    private static GradingRevision grade(Asset asset, Level level, List<String> categories, List<String> flags,
                                         boolean needsReview) {
        return GradingRevision.automatic(asset.id, new AutomaticGrade(level, categories, flags, needsReview, "COMPLETE",
                "2", "hash-2", "{}"), CONTENT, GradingTrigger.UPLOAD, "rita", T1);
    }

    private static Review review(Asset asset, ReviewDecision decision, Level to, List<String> categories) {
        Review review = new Review();
        review.assetId = asset.id;
        review.decision = decision;
        review.fromLevel = asset.level;
        review.toLevel = to;
        review.categories = new ArrayList<>(categories);
        review.reviewer = "vera";
        return review;
    }

    private static Asset confirmed(Level level, List<String> categories) {
        Asset asset = registered();
        asset.applyGrade(grade(asset, level, categories, List.of(), false), NO_PI, CONTENT);
        asset.applyReview(review(asset, ReviewDecision.CONFIRM, level, categories), null, T1);
        asset.refreshQueue(false, false);
        return asset;
    }

    @Test
    void registrationIsUngradedAndOutOfTheQueue() {
        Asset asset = registered();
        assertEquals(AssetStatus.REGISTERED, asset.status);
        assertNull(asset.level);
        assertFalse(asset.awaitingReview);
        assertEquals("rita", asset.registeredBy);
        assertEquals(T0, asset.updatedAt);
    }

    @Test
    void aFirstGradeIsAppliedAndAwaitsReviewRankedByLevel() {
        Asset asset = registered();
        GradingRevision revision = grade(asset, Level.IMPORTANT, List.of("pi.identity"), List.of("NEEDS_REVIEW"), false);
        GradeOutcome outcome = asset.applyGrade(revision, new PersonalInformation(1200L, 3L, 1L, true), CONTENT);

        assertEquals(GradeOutcome.APPLIED, outcome);
        assertNull(revision.proposalStatus);
        assertEquals(GradingSource.AUTOMATIC, revision.source);
        assertEquals(AssetStatus.PROPOSED, asset.status);
        assertEquals(Level.IMPORTANT, asset.level);
        assertEquals(List.of("pi.identity"), asset.categories);
        assertEquals(List.of("NEEDS_REVIEW"), asset.flags);
        assertTrue(asset.awaitingReview);
        assertEquals(1, asset.queueRank);
        assertEquals(1200L, asset.piPersons);
        assertTrue(asset.piSensitive);
        assertEquals(CONTENT.sha256(), asset.contentSha256);
        assertEquals("hash-2", asset.rulePackHash);
        assertEquals(T1, asset.updatedAt);
    }

    @Test
    void anUncertainGeneralGradeRanksAheadOfACertainOne() {
        Asset uncertain = registered();
        uncertain.applyGrade(grade(uncertain, Level.GENERAL, List.of(), List.of(), true), NO_PI, null);
        Asset certain = registered();
        certain.applyGrade(grade(certain, Level.GENERAL, List.of(), List.of(), false), NO_PI, null);
        assertEquals(2, uncertain.queueRank);
        assertEquals(3, certain.queueRank);
    }

    @Test
    void aRegradeAfterAReviewOnlyProposes() {
        Asset asset = confirmed(Level.GENERAL, List.of("energy.meter"));
        assertFalse(asset.awaitingReview);
        GradingRevision revision = grade(asset, Level.IMPORTANT, List.of("energy.meter"), List.of(), false);

        assertEquals(GradeOutcome.PROPOSED, asset.applyGrade(revision, NO_PI, null));
        assertTrue(revision.isOpenProposal());
        assertEquals(AssetStatus.CONFIRMED, asset.status);
        assertEquals(Level.GENERAL, asset.level);
        assertTrue(asset.awaitingReview);
        assertEquals(1, asset.queueRank, "ranked by the higher of the grade in force and the proposal");
        assertEquals("hash-2", asset.rulePackHash, "from the confirmed grade; the proposal's waits for acceptance");
    }

    @Test
    void theSameGradeAfterAReviewIsNoChange() {
        Asset asset = confirmed(Level.IMPORTANT, List.of("a", "b"));
        asset.regradeDue = true;
        GradingRevision revision = grade(asset, Level.IMPORTANT, List.of("b", "a"), List.of(), false);
        assertEquals(GradeOutcome.NO_CHANGE, asset.applyGrade(revision, NO_PI, null));
        assertEquals(ProposalStatus.NO_CHANGE, revision.proposalStatus);
        assertFalse(asset.awaitingReview);
        assertFalse(asset.regradeDue);
    }

    @Test
    void aPossibleStateSecretStaysThroughLaterGrades() {
        Asset asset = registered();
        asset.applyGrade(grade(asset, Level.CORE, List.of(), List.of("POSSIBLE_STATE_SECRET"), false), NO_PI, null);
        asset.applyGrade(grade(asset, Level.GENERAL, List.of(), List.of("OUT_OF_SCOPE"), false), NO_PI, null);
        assertEquals(List.of("OUT_OF_SCOPE", "POSSIBLE_STATE_SECRET"), asset.flags);
    }

    @Test
    void pendingKeepsAReviewedStatusAndIsUndoneByTheClassifierRefusing() {
        Asset fresh = registered();
        fresh.markPending(CONTENT, "/spool/x", "rita", T1);
        assertEquals(AssetStatus.GRADING_PENDING, fresh.status);
        assertEquals(T1, fresh.pendingSince);
        assertEquals("/spool/x", fresh.spoolFile);
        assertEquals(CONTENT.size(), fresh.contentSize);
        fresh.failGrading(GradingFailure.CLASSIFIER_REJECTED, "catalog-service", T1);
        assertEquals(AssetStatus.REGISTERED, fresh.status);
        assertNull(fresh.pendingSince);
        assertNull(fresh.spoolFile);
        assertEquals("CLASSIFIER_REJECTED", fresh.gradingFailedReason);
        assertEquals(T1, fresh.gradingFailedAt);

        Asset reviewed = confirmed(Level.GENERAL, List.of());
        reviewed.markPending(null, null, "rita", T1);
        assertEquals(AssetStatus.CONFIRMED, reviewed.status);
        assertEquals(T1, reviewed.pendingSince);
    }

    @Test
    void anExpiredUploadLeavesAnAssetGradedBeforeUngradedNeverGeneral() {
        Asset asset = registered();
        asset.applyGrade(grade(asset, Level.GENERAL, List.of("pi.contact"), List.of(), false), NO_PI, null);
        asset.markPending(CONTENT, "x", "alice", T1);
        asset.failGrading(GradingFailure.SPOOL_EXPIRED, "catalog-service", T1);
        assertEquals(AssetStatus.REGISTERED, asset.status);
        assertNull(asset.level, "ungraded, handled as core");
        assertEquals(List.of(), asset.categories);
        assertFalse(asset.awaitingReview);

        asset.applyGrade(grade(asset, Level.IMPORTANT, List.of(), List.of(), false), NO_PI, CONTENT);
        assertNull(asset.gradingFailedReason, "a new grade clears the failure");
        assertNull(asset.gradingFailedAt);

        Asset reviewed = confirmed(Level.GENERAL, List.of());
        reviewed.markPending(CONTENT, "y", "alice", T1);
        reviewed.failGrading(GradingFailure.SPOOL_EXPIRED, "catalog-service", T1);
        assertEquals(AssetStatus.CONFIRMED, reviewed.status, "a reviewer's decision stands");
        assertEquals(Level.GENERAL, reviewed.level);
        assertEquals("SPOOL_EXPIRED", reviewed.gradingFailedReason);
    }

    @Test
    void gradingClearsPending() {
        Asset asset = registered();
        asset.markPending(CONTENT, "/spool/x", "rita", T0);
        asset.applyGrade(grade(asset, Level.GENERAL, List.of(), List.of(), false), NO_PI, CONTENT);
        assertNull(asset.pendingSince);
        assertNull(asset.spoolFile);
        assertEquals(AssetStatus.PROPOSED, asset.status);
    }

    @Test
    void aConfirmationKeepsTheGradeAndAnOverrideThatChangesNothingIsAConfirmation() {
        Asset asset = registered();
        asset.applyGrade(grade(asset, Level.IMPORTANT, List.of("x"), List.of(), false), NO_PI, null);
        GradingRevision revision = asset.applyReview(review(asset, ReviewDecision.OVERRIDE, Level.IMPORTANT,
                List.of("x")), null, T1);
        assertEquals(AssetStatus.CONFIRMED, asset.status);
        assertEquals(GradingSource.REVIEWER, revision.source);
        assertEquals(GradingTrigger.REVIEW, revision.trigger);
        assertEquals("vera", revision.gradedBy);
        assertEquals("hash-2", revision.rulePackHash);
        asset.refreshQueue(false, false);
        assertFalse(asset.awaitingReview);
    }

    @Test
    void anOverrideThatChangesTheGradeIsOverridden() {
        Asset asset = registered();
        asset.applyGrade(grade(asset, Level.IMPORTANT, List.of("x"), List.of(), false), NO_PI, null);
        Review review = review(asset, ReviewDecision.OVERRIDE, Level.GENERAL, List.of("x"));
        review.secondReviewer = "otto";
        GradingRevision revision = asset.applyReview(review, null, T1);
        assertEquals(AssetStatus.OVERRIDDEN, asset.status);
        assertEquals(Level.GENERAL, asset.level);
        assertEquals("vera+otto", revision.gradedBy);
    }

    @Test
    void acceptingAProposalTakesItsRulePackAndFlags() {
        Asset asset = confirmed(Level.GENERAL, List.of());
        GradingRevision proposal = GradingRevision.automatic(asset.id, new AutomaticGrade(Level.IMPORTANT,
                List.of("y"), List.of("NEEDS_REVIEW"), true, "PARTIAL", "3", "hash-3", "{}"), null,
                GradingTrigger.RULE_PACK_CHANGE, "catalog", T1);
        asset.applyGrade(proposal, NO_PI, null);
        Review review = review(asset, ReviewDecision.ACCEPT_PROPOSAL, proposal.level, proposal.categories);
        GradingRevision revision = asset.applyReview(review, proposal, T1);
        assertEquals(ProposalStatus.ACCEPTED, proposal.proposalStatus);
        assertEquals(AssetStatus.CONFIRMED, asset.status);
        assertEquals(Level.IMPORTANT, asset.level);
        assertEquals(List.of("NEEDS_REVIEW"), asset.flags);
        assertEquals("hash-3", asset.rulePackHash);
        assertEquals("hash-3", revision.rulePackHash);
        assertTrue(asset.needsReview);
        asset.refreshQueue(false, false);
        assertFalse(asset.awaitingReview, "confirmed: out of the queue");
        assertEquals(1, asset.queueRank);
    }

    @Test
    void aCoreDowngradeWaitsAtTheHeadOfTheQueue() {
        Asset asset = confirmed(Level.GENERAL, List.of());
        asset.awaitSecondReview();
        assertTrue(asset.awaitingReview);
        assertEquals(QueueRank.SECOND_REVIEW, asset.queueRank);
        asset.refreshQueue(false, true);
        assertTrue(asset.awaitingReview);
        assertEquals(QueueRank.SECOND_REVIEW, asset.queueRank);
        asset.refreshQueue(true, false);
        assertTrue(asset.awaitingReview, "an open proposal keeps it queued");
        assertEquals(3, asset.queueRank);
    }

    @Test
    void retiringLeavesTheQueueAndTheRegradeList() {
        Asset asset = registered();
        asset.applyGrade(grade(asset, Level.CORE, List.of(), List.of(), false), NO_PI, null);
        asset.regradeDue = true;
        asset.retire("rita", "obsolete", T1);
        assertTrue(asset.isRetired());
        assertFalse(asset.awaitingReview);
        assertFalse(asset.regradeDue);
        assertEquals("obsolete", asset.retireReason);
        assertEquals(T1, asset.retiredAt);
        assertEquals(T1, asset.updatedAt);
    }
}

package cn.energydata.policy.service;

import cn.energydata.policy.client.AssetClassification;
import cn.energydata.policy.client.AssetLookup;
import cn.energydata.policy.client.CatalogClient;
import cn.energydata.policy.domain.DecisionRecord;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.engine.AssetFacts;
import cn.energydata.policy.engine.Decision;
import cn.energydata.policy.engine.DecisionRequest;
import cn.energydata.policy.engine.Destination;
import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.Obligations;
import cn.energydata.policy.engine.PolicyEngine;
import cn.energydata.policy.engine.ProcessorFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Answers "may this subject do this action on this asset?": looks the asset and its organisation's profile up in
 * the catalog (fail closed), gathers assessments and the named approval, asks the engine, uses up or creates
 * approvals, logs the decision. An export of personal information (effective destination CROSS_BORDER) is decided
 * under the organisation's ledger lock with this year's ledger totals, and a PERMIT adds it to the ledger.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    public static final String CATALOG_UNAVAILABLE = "fail-closed.catalog-unavailable";
    public static final String UNKNOWN_ASSET = "fail-closed.unknown-asset";
    public static final String RETIRED_ASSET = "fail-closed.retired-asset";
    static final String UNKNOWN_ASSET_REASON = "The asset does not exist in the catalog; denied (fail closed)";

    @Inject
    PolicyEngine engine;

    @Inject
    CatalogClient catalog;

    @Inject
    OrganisationProfiles profiles;

    @Inject
    AssessmentService assessments;

    @Inject
    ApprovalService approvals;

    @Inject
    LedgerService ledger;

    @Inject
    DecisionLog log;

    /** One request with everything looked up, ready for the engine. */
    private record Prepared(UUID decisionId, Instant now, Subject subject, DecisionCommand command,
                            AssetClassification asset, AssetFacts facts, Set<AssessmentType> assessments,
                            OrganisationProfiles.Ciio ciio) {
    }

    public DecisionView decide(Subject subject, DecisionCommand command) {
        UUID decisionId = UUID.randomUUID();
        Instant now = Instant.now();

        AssetLookup lookup;
        try {
            lookup = catalog.classification(command.assetId());
        } catch (RuntimeException e) {
            LOG.warnf("Catalog lookup failed for a decision (%s): denying", e.getMessage());
            return failClosed(decisionId, now, subject, command, CATALOG_UNAVAILABLE,
                    "The catalog could not be reached to grade the asset; denied (fail closed)");
        }
        if (!lookup.found()) {
            return failClosed(decisionId, now, subject, command, UNKNOWN_ASSET, UNKNOWN_ASSET_REASON);
        }
        AssetClassification asset = lookup.asset();
        boolean sameOrganisation = Objects.equals(subject.organisation(), asset.organisation());
        if (asset.retired() && !sameOrganisation) {
            return failClosed(decisionId, now, subject, command, UNKNOWN_ASSET, UNKNOWN_ASSET_REASON);
        }
        if (asset.retired()) {
            return failClosed(decisionId, now, subject, command, RETIRED_ASSET,
                    "The asset is retired (erased); no action is possible on it");
        }
        AssetFacts facts = AssetFactsMapper.facts(asset);
        Prepared p = new Prepared(decisionId, now, subject, command, asset, facts,
                assessments.validTypes(asset.organisation(), command.assetId()), profiles.ciio(asset.organisation()));
        Destination destination = Destination.effective(command.action(), command.contextOrEmpty().destination(),
                command.contextOrEmpty().country());
        if (sameOrganisation && destination == Destination.CROSS_BORDER && facts.personalInformation()) {
            return ledger.locked(asset.organisation(), now, totals -> decide(p, totals));
        }
        return decide(p, null);
    }

    /** Decides, uses up or creates the approval, logs; {@code totals} is the year's ledger for exports of PI. */
    private DecisionView decide(Prepared p, LedgerService.Totals totals) {
        DecisionCommand.Context context = p.command().contextOrEmpty();
        Subject subject = p.subject();
        DecisionCommand.Exemption exemption = context.exemption();
        ProcessorFacts processor = new ProcessorFacts(p.ciio().ciio(), totals == null ? 0 : totals.persons(),
                totals == null ? 0 : totals.sensitivePersons());
        DecisionRequest request = new DecisionRequest(subject.username(), subject.organisation(), subject.roles(),
                p.command().action(), p.facts(), context.destination(), context.country(), context.purpose(),
                Boolean.TRUE.equals(context.bulk()), context.medium(), exemption == null ? null : exemption.type(),
                processor, p.assessments(), false);

        ApprovalService.Check check = context.approvalId() == null ? ApprovalService.Check.NONE
                : approvals.check(context.approvalId(), subject, p.command().assetId(), request);
        Decision decision = engine.decide(check.usable() ? request.withApproval() : request);
        UUID approvalId = null;
        String approvalStatus = null;
        List<String> reasons = new ArrayList<>(decision.reasons());
        if (decision.approvalUsed()) {
            if (approvals.consume(context.approvalId(), p.decisionId())) {
                approvalId = context.approvalId();
                approvalStatus = "CONSUMED";
            } else {
                // Another decision used it first, or it expired in between: decide again without it.
                decision = engine.decide(request);
                reasons = new ArrayList<>(decision.reasons());
                reasons.add("Approval " + context.approvalId() + " cannot be used: it was used or expired meanwhile");
            }
        } else if (check.problem() != null) {
            reasons.add(check.problem());
        }
        if (decision.effect() == Effect.APPROVAL_REQUIRED) {
            boolean dualControl = Boolean.TRUE.equals(decision.obligations().dualControl());
            approvalId = approvals.create(subject, p.command().assetId(), request, p.decisionId(),
                    decision.matchedPolicyIds(), dualControl, exemption == null ? null : exemption.reason());
            approvalStatus = "PENDING";
            reasons.add("Approval request " + approvalId + " was created; " + (dualControl
                    ? "two security-admins other than you must approve it (dual approval)"
                    : "a security-admin other than you decides on it"));
        }
        if (request.destination() == Destination.CROSS_BORDER && p.ciio().assumption() != null) {
            reasons.add(p.ciio().assumption());
        }
        if (exemption != null) {
            reasons.add("Claimed exemption (Provisions on cross-border data flows art. 5): " + exemption.type());
        }
        if (totals != null) {
            reasons.add(ledgerReason(totals, request, decision.effect()));
            if (decision.effect() == Effect.PERMIT) {
                ledger.append(p.asset().organisation(), p.now(), new LedgerService.Export(p.decisionId(),
                        p.command().assetId(), p.command().action().name(), upper(context.country()),
                        subject.username(), p.facts().persons(), p.facts().sensitivePersons(), approvalId,
                        exemption == null ? null : exemption.type().name()));
            }
        }
        Decision finalDecision = decision;
        DecisionRecord record = record(p.decisionId(), p.now(), subject, p.command(), p.asset(),
                p.facts().level().name(), finalDecision.effect(), finalDecision.matchedPolicyIds(), reasons,
                Obligations.NONE.equals(finalDecision.obligations()) ? null : log.write(finalDecision.obligations()),
                approvalId);
        record.ciio = p.ciio().ciio();
        log.append(record);
        DecisionView view = new DecisionView(p.decisionId(), p.now(), subject.username(), p.command().action().name(),
                p.command().assetId(), p.asset().level(), p.facts().level().name(), finalDecision.effect(),
                finalDecision.obligations(), finalDecision.matchedPolicyIds(), finalDecision.matchedPolicies(),
                List.copyOf(reasons), approvalId, approvalStatus, exemption);
        // The log keeps the tenancy denial for the asset's organisation; the requester's gets the unknown-asset answer.
        return Objects.equals(subject.organisation(), p.asset().organisation()) ? view : asUnknownAsset(view);
    }

    private static String ledgerReason(LedgerService.Totals totals, DecisionRequest request, Effect effect) {
        return "Cross-border ledger " + totals.year() + ": " + totals.persons() + " persons (" + totals.sensitivePersons()
                + " with sensitive personal information) sent abroad before this request; with it "
                + request.cumulativePersons() + " (" + request.cumulativeSensitivePersons() + ")"
                + (effect == Effect.PERMIT ? "; this export is added to the ledger" : "");
    }

    /**
     * The answer about another organisation's asset, exactly as for an id that does not exist: neither the
     * asset's existence nor its grade may leak across organisations (the tenancy policy denied it anyway).
     */
    static DecisionView asUnknownAsset(DecisionView v) {
        Decision unknown = Decision.deny(UNKNOWN_ASSET, UNKNOWN_ASSET_REASON);
        return new DecisionView(v.decisionId(), v.decidedAt(), v.requester(), v.action(), v.assetId(), null, null,
                Effect.DENY, unknown.obligations(), unknown.matchedPolicyIds(), unknown.matchedPolicies(),
                unknown.reasons(), null, null, null);
    }

    private DecisionView failClosed(UUID decisionId, Instant now, Subject subject, DecisionCommand command,
                                    String policyId, String reason) {
        Decision decision = Decision.deny(policyId, reason);
        log.append(record(decisionId, now, subject, command, null, null, Effect.DENY, decision.matchedPolicyIds(),
                decision.reasons(), null, null));
        return new DecisionView(decisionId, now, subject.username(), command.action().name(), command.assetId(), null,
                null, Effect.DENY, decision.obligations(), decision.matchedPolicyIds(), decision.matchedPolicies(),
                decision.reasons(), null, null, command.contextOrEmpty().exemption());
    }

    private DecisionRecord record(UUID id, Instant now, Subject subject, DecisionCommand command,
                                  AssetClassification asset, String effectiveLevel, Effect effect,
                                  List<String> policyIds, List<String> reasons, String obligations, UUID approvalId) {
        DecisionCommand.Context context = command.contextOrEmpty();
        DecisionRecord r = new DecisionRecord();
        r.id = id;
        r.decidedAt = now;
        r.requester = subject.username();
        r.requesterOrg = subject.organisation();
        r.actingClient = subject.actingClient();
        r.action = command.action().name();
        r.assetId = command.assetId();
        if (asset != null) {
            r.assetOrg = asset.organisation();
            r.assetLevel = asset.level();
            r.assetStatus = asset.status();
            r.assetMinors = AssetFactsMapper.hasMinors(asset);
        }
        r.effectiveLevel = effectiveLevel;
        r.destination = Destination.effective(command.action(), context.destination(), context.country()).name();
        r.country = upper(context.country());
        r.purpose = context.purpose();
        r.effect = effect.name();
        r.policyIds = String.join(",", policyIds);
        r.reasons = log.write(reasons);
        r.obligations = obligations;
        r.approvalId = approvalId;
        if (context.exemption() != null) {
            r.exemptionType = context.exemption().type().name();
            r.exemptionReason = context.exemption().reason();
        }
        return r;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}

package cn.energydata.policy.service;

import cn.energydata.policy.client.AssetClassification;
import cn.energydata.policy.client.AssetLookup;
import cn.energydata.policy.client.CatalogClient;
import cn.energydata.policy.domain.DecisionRecord;
import cn.energydata.policy.engine.AssetFacts;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.engine.Decision;
import cn.energydata.policy.engine.DecisionRequest;
import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.PolicyEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Answers "may this subject do this action on this asset?": looks the asset up in the catalog (fail closed),
 * gathers assessments and the named approval, asks the engine, uses up or creates approvals, logs the decision.
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
    AssessmentService assessments;

    @Inject
    ApprovalService approvals;

    @Inject
    DecisionLog log;

    public DecisionView decide(Subject subject, DecisionCommand command) {
        DecisionCommand.Context context = command.contextOrEmpty();
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
        if (asset.retired() && !Objects.equals(subject.organisation(), asset.organisation())) {
            return failClosed(decisionId, now, subject, command, UNKNOWN_ASSET, UNKNOWN_ASSET_REASON);
        }
        if (asset.retired()) {
            return failClosed(decisionId, now, subject, command, RETIRED_ASSET,
                    "The asset is retired (erased); no action is possible on it");
        }
        AssetFacts facts = AssetFactsMapper.facts(asset);
        Set<AssessmentType> valid = assessments.validTypes(asset.organisation(), command.assetId());
        DecisionRequest request = new DecisionRequest(subject.organisation(), subject.roles(), command.action(), facts,
                context.destination(), context.country(), context.purpose(), Boolean.TRUE.equals(context.bulk()),
                context.medium(), valid, false);

        ApprovalService.Check check = context.approvalId() == null ? ApprovalService.Check.NONE
                : approvals.check(context.approvalId(), subject, command.assetId(), request);
        Decision decision = engine.decide(check.usable() ? withApproval(request) : request);
        UUID approvalId = null;
        String approvalStatus = null;
        List<String> reasons = new ArrayList<>(decision.reasons());
        if (decision.approvalUsed()) {
            if (approvals.consume(context.approvalId(), decisionId)) {
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
            approvalId = approvals.create(subject, command.assetId(), request, decisionId, decision.matchedPolicyIds(),
                    dualControl);
            approvalStatus = "PENDING";
            reasons.add("Approval request " + approvalId + " was created; " + (dualControl
                    ? "two security-admins other than you must approve it (dual approval)"
                    : "a security-admin other than you decides on it"));
        }
        Decision finalDecision = decision;
        DecisionRecord record = record(decisionId, now, subject, command, asset, facts.level().name(),
                finalDecision.effect(), finalDecision.matchedPolicyIds(), reasons,
                finalDecision.effect() == Effect.DENY ? null : log.write(finalDecision.obligations()), approvalId);
        log.append(record);
        DecisionView view = new DecisionView(decisionId, now, subject.username(), command.action().name(),
                command.assetId(), asset.level(), facts.level().name(), finalDecision.effect(),
                finalDecision.obligations(), finalDecision.matchedPolicyIds(), finalDecision.matchedPolicies(),
                List.copyOf(reasons), approvalId, approvalStatus);
        // The log keeps the tenancy denial for the asset's organisation; the requester's gets the unknown-asset answer.
        return Objects.equals(subject.organisation(), asset.organisation()) ? view : asUnknownAsset(view);
    }

    /**
     * The answer about another organisation's asset, exactly as for an id that does not exist: neither the
     * asset's existence nor its grade may leak across organisations (the tenancy policy denied it anyway).
     */
    static DecisionView asUnknownAsset(DecisionView v) {
        Decision unknown = Decision.deny(UNKNOWN_ASSET, UNKNOWN_ASSET_REASON);
        return new DecisionView(v.decisionId(), v.decidedAt(), v.requester(), v.action(), v.assetId(), null, null,
                Effect.DENY, unknown.obligations(), unknown.matchedPolicyIds(), unknown.matchedPolicies(),
                unknown.reasons(), null, null);
    }

    private static DecisionRequest withApproval(DecisionRequest r) {
        return new DecisionRequest(r.requesterOrganisation(), r.roles(), r.action(), r.asset(), r.destination(),
                r.country(), r.purpose(), r.bulk(), r.medium(), r.validAssessments(), true);
    }

    private DecisionView failClosed(UUID decisionId, Instant now, Subject subject, DecisionCommand command,
                                    String policyId, String reason) {
        Decision decision = Decision.deny(policyId, reason);
        log.append(record(decisionId, now, subject, command, null, null, Effect.DENY, decision.matchedPolicyIds(),
                decision.reasons(), null, null));
        return new DecisionView(decisionId, now, subject.username(), command.action().name(), command.assetId(), null,
                null, Effect.DENY, decision.obligations(), decision.matchedPolicyIds(), decision.matchedPolicies(),
                decision.reasons(), null, null);
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
        r.destination = context.destination() == null ? command.action().impliedDestination().name()
                : context.destination().name();
        r.country = context.country() == null ? null : context.country().toUpperCase(java.util.Locale.ROOT);
        r.purpose = context.purpose();
        r.effect = effect.name();
        r.policyIds = String.join(",", policyIds);
        r.reasons = log.write(reasons);
        r.obligations = obligations;
        r.approvalId = approvalId;
        return r;
    }
}

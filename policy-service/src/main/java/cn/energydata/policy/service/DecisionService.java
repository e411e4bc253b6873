package cn.energydata.policy.service;

import cn.energydata.policy.client.AssetClassification;
import cn.energydata.policy.client.AssetLookup;
import cn.energydata.policy.client.AssetLookups;
import cn.energydata.policy.domain.ApprovalRequest;
import cn.energydata.policy.domain.DecisionRecord;
import cn.energydata.policy.engine.Action;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.engine.AssetFacts;
import cn.energydata.policy.engine.Decision;
import cn.energydata.policy.engine.DecisionRequest;
import cn.energydata.policy.engine.Destination;
import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.Obligations;
import cn.energydata.policy.engine.PolicyEngine;
import cn.energydata.policy.engine.ExemptionType;
import cn.energydata.policy.engine.ProcessorFacts;
import cn.energydata.policy.engine.Reason;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Answers "may this subject do this action on this asset?" in four steps:
 * <ol>
 * <li><b>look up</b> the asset in the catalog (fail closed): VIEW and DOWNLOAD within the organisation may use an
 * answer a few seconds old, every other decision revalidates it ({@link AssetLookups});</li>
 * <li><b>gather</b> the facts: the organisation's profile (CIIO) and the assessments valid today;</li>
 * <li><b>settle</b>: the engine decides; a named approval is checked and used up, an APPROVAL_REQUIRED creates a
 * request, an export of personal information is added to the ledger, and the decision is logged;</li>
 * <li><b>answer</b>: the view of the decision, as the requester may see it.</li>
 * </ol>
 * Transaction boundary: steps 1 and 2 read outside any transaction (the catalog may take up to its timeout, and no
 * connection or lock is held meanwhile). Step 3 writes, all of a decision's rows commit together or not at all, and
 * the answer is given only after that commit:
 * <ul>
 * <li>a decision that names an approval (checked, then used up by an update) or exports personal information
 * settles in its own transaction with its log entry. An export of personal information (effective destination
 * CROSS_BORDER, asset with PI, requester of its organisation) runs it in the transaction that holds the
 * organisation's ledger lock, with this year's ledger totals, and a PERMIT appends the ledger entry in it;</li>
 * <li>every other decision, fail-closed ones included, only inserts: its log entry and, for APPROVAL_REQUIRED, the
 * new approval request. These go through the group commit ({@link DecisionLog#appendCommitted}): batched with other
 * decisions in one transaction, answered once it committed, failed (503) if it could not.</li>
 * </ul>
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    public static final String CATALOG_UNAVAILABLE = "fail-closed.catalog-unavailable";
    public static final String UNKNOWN_ASSET = "fail-closed.unknown-asset";
    public static final String RETIRED_ASSET = "fail-closed.retired-asset";
    static final Reason UNKNOWN_ASSET_REASON = new Reason("The asset does not exist in the catalog; denied (fail closed)",
            "数据目录中不存在该资产；已拒绝（从严处理）。");
    private static final Reason CATALOG_UNAVAILABLE_REASON = new Reason(
            "The catalog could not be reached to grade the asset; denied (fail closed)",
            "无法连接数据目录以确认该资产的级别；已拒绝（从严处理）。");
    private static final Reason RETIRED_ASSET_REASON = new Reason(
            "The asset is retired (erased); no action is possible on it",
            "该资产已退役（已销毁），不能再对其进行任何操作。");

    @Inject
    PolicyEngine engine;

    @Inject
    AssetLookups assets;

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

    @Inject
    Clock clock;

    /** The question as asked: its id and time, who asks, what. */
    record Asked(UUID decisionId, Instant at, Subject subject, DecisionCommand command) {

        DecisionCommand.Context context() {
            return command.contextOrEmpty();
        }

        DecisionCommand.Exemption exemption() {
            return context().exemption();
        }

        Destination destination() {
            return Destination.effective(command.action(), context().destination(), context().country());
        }

        /** Only VIEW and DOWNLOAD within the organisation may use an asset's answer a few seconds old. */
        boolean mayUseCachedAsset() {
            return (command.action() == Action.VIEW || command.action() == Action.DOWNLOAD)
                    && destination() == Destination.SAME_ENTITY;
        }
    }

    /** The question with everything looked up, ready for the engine. */
    private record Gathered(Asked asked, AssetClassification asset, AssetFacts facts, Set<AssessmentType> assessments,
                            OrganisationProfiles.Ciio ciio) {

        boolean requesterOfAssetOrganisation() {
            return Objects.equals(asked.subject().organisation(), asset.organisation());
        }

        /** An export of personal information: decided under the ledger lock and, if permitted, entered on it. */
        boolean exportsPersonalInformation() {
            return requesterOfAssetOrganisation() && asked.destination() == Destination.CROSS_BORDER
                    && facts.personalInformation();
        }
    }

    /** What was decided, with the reasons shown and the approval used or created. */
    record Outcome(Decision decision, List<Reason> reasons, UUID approvalId, String approvalStatus) {

        static Outcome of(Decision decision) {
            return new Outcome(decision, decision.reasons(), null, null);
        }
    }

    public DecisionView decide(Subject subject, DecisionCommand command) {
        Asked asked = new Asked(UUID.randomUUID(), clock.instant(), subject, command);
        AssetLookup lookup;
        try {
            lookup = assets.lookUp(command.assetId(), asked.mayUseCachedAsset());
        } catch (RuntimeException e) {
            LOG.warnf("Catalog lookup failed for a decision (%s): denying", e.getMessage());
            return failClosed(asked, Decision.deny(CATALOG_UNAVAILABLE, CATALOG_UNAVAILABLE_REASON));
        }
        Decision refusal = refusal(asked, lookup);
        if (refusal != null) {
            return failClosed(asked, refusal);
        }
        Gathered gathered = gather(asked, lookup.asset());
        return answer(gathered, settle(gathered));
    }

    /** The fail-closed denial for an asset the requester may not see or act on; null when it may go on. */
    private static Decision refusal(Asked asked, AssetLookup lookup) {
        if (!lookup.found()) {
            return Decision.deny(UNKNOWN_ASSET, UNKNOWN_ASSET_REASON);
        }
        AssetClassification asset = lookup.asset();
        if (asset.retired() && !Objects.equals(asked.subject().organisation(), asset.organisation())) {
            return Decision.deny(UNKNOWN_ASSET, UNKNOWN_ASSET_REASON);
        }
        if (asset.retired()) {
            return Decision.deny(RETIRED_ASSET, RETIRED_ASSET_REASON);
        }
        return null;
    }

    /** Reads the organisation's profile and the valid assessments (both cached), outside any transaction. */
    private Gathered gather(Asked asked, AssetClassification asset) {
        return new Gathered(asked, asset, AssetFactsMapper.facts(asset),
                assessments.validTypes(asset.organisation(), asked.command().assetId()),
                profiles.ciio(asset.organisation()));
    }

    /** Decides, writes what the decision entails and logs it (see the transaction boundary above). */
    private Outcome settle(Gathered g) {
        if (g.exportsPersonalInformation()) {
            return ledger.locked(g.asset().organisation(), g.asked().at(), totals -> settleInTransaction(g, totals));
        }
        if (g.asked().context().approvalId() != null) {
            return QuarkusTransaction.requiringNew().call(() -> settleInTransaction(g, null));
        }
        return settleByGroupCommit(g);
    }

    /**
     * No approval to check or use and no ledger: the log entry (and, for APPROVAL_REQUIRED, the new approval
     * request) are all there is to write, so they go through the group commit.
     */
    private Outcome settleByGroupCommit(Gathered g) {
        DecisionRequest request = engineRequest(g, null);
        Outcome outcome = Outcome.of(engine.decide(request));
        ApprovalRequest approval = null;
        if (outcome.decision().effect() == Effect.APPROVAL_REQUIRED) {
            approval = newApprovalRequest(g, request, outcome.decision());
            outcome = withApprovalRequested(outcome, approval);
        }
        outcome = withContextReasons(g, request, null, outcome);
        if (approval == null) {
            log.appendCommitted(record(g, outcome));
        } else {
            log.appendCommitted(record(g, outcome), approval);
        }
        return outcome;
    }

    /**
     * Decides and writes everything the decision entails in the caller's transaction; {@code totals} is this year's
     * ledger for an export of personal information (null otherwise).
     */
    private Outcome settleInTransaction(Gathered g, LedgerService.Totals totals) {
        DecisionRequest request = engineRequest(g, totals);
        Outcome outcome = decideWithApproval(g, request);
        outcome = requestApprovalIfRequired(g, request, outcome);
        outcome = withContextReasons(g, request, totals, outcome);
        if (totals != null && outcome.decision().effect() == Effect.PERMIT) {
            addToLedger(g, outcome.approvalId());
        }
        log.append(record(g, outcome));
        return outcome;
    }

    /** The reasons the context adds: a CIIO assumed abroad, a claimed exemption, the ledger's figures. */
    private static Outcome withContextReasons(Gathered g, DecisionRequest request, LedgerService.Totals totals,
                                              Outcome outcome) {
        List<Reason> reasons = new ArrayList<>(outcome.reasons());
        if (request.destination() == Destination.CROSS_BORDER && g.ciio().assumption() != null) {
            reasons.add(g.ciio().assumption());
        }
        if (g.asked().exemption() != null) {
            ExemptionType type = g.asked().exemption().type();
            reasons.add(new Reason("Claimed exemption (Provisions on cross-border data flows art. 5): " + type,
                    "已主张《促进和规范数据跨境流动规定》第五条的免予申报情形：" + exemptionZh(type) + "。"));
        }
        if (totals != null) {
            reasons.add(ledgerReason(totals, request, outcome.decision().effect()));
        }
        return new Outcome(outcome.decision(), List.copyOf(reasons), outcome.approvalId(), outcome.approvalStatus());
    }

    private static DecisionRequest engineRequest(Gathered g, LedgerService.Totals totals) {
        Subject subject = g.asked().subject();
        DecisionCommand.Context context = g.asked().context();
        ProcessorFacts processor = new ProcessorFacts(g.ciio().ciio(), totals == null ? 0 : totals.persons(),
                totals == null ? 0 : totals.sensitivePersons());
        return new DecisionRequest(subject.username(), subject.organisation(), subject.roles(),
                g.asked().command().action(), g.facts(), context.destination(), context.country(), context.purpose(),
                Boolean.TRUE.equals(context.bulk()), context.medium(),
                g.asked().exemption() == null ? null : g.asked().exemption().type(), processor, g.assessments(), false);
    }

    /** The engine's decision, with the named approval if it is usable; a used approval is used up here. */
    private Outcome decideWithApproval(Gathered g, DecisionRequest request) {
        UUID approvalId = g.asked().context().approvalId();
        if (approvalId == null) {
            return Outcome.of(engine.decide(request));
        }
        ApprovalService.Check check = approvals.check(approvalId, g.asked().subject(), g.asked().command().assetId(), request);
        Decision decision = engine.decide(check.usable() ? request.withApproval() : request);
        if (!decision.approvalUsed()) {
            return check.problem() == null ? Outcome.of(decision) : withReason(decision, check.problem());
        }
        if (approvals.consume(approvalId, g.asked().decisionId())) {
            return new Outcome(decision, decision.reasons(), approvalId, "CONSUMED");
        }
        // Another decision used it first, or it expired in between: decide again without it.
        return withReason(engine.decide(request), new Reason(
                "Approval " + approvalId + " cannot be used: it was used or expired meanwhile",
                "审批" + approvalId + "不能使用：该审批已在此期间被使用或已过期。"));
    }

    private static Outcome withReason(Decision decision, Reason reason) {
        List<Reason> reasons = new ArrayList<>(decision.reasons());
        reasons.add(reason);
        return new Outcome(decision, reasons, null, null);
    }

    /** APPROVAL_REQUIRED creates an approval request (dual when the obligations ask for dual control). */
    private Outcome requestApprovalIfRequired(Gathered g, DecisionRequest request, Outcome outcome) {
        if (outcome.decision().effect() != Effect.APPROVAL_REQUIRED) {
            return outcome;
        }
        ApprovalRequest approval = newApprovalRequest(g, request, outcome.decision());
        approvals.store(approval);
        return withApprovalRequested(outcome, approval);
    }

    private ApprovalRequest newApprovalRequest(Gathered g, DecisionRequest request, Decision decision) {
        DecisionCommand.Exemption exemption = g.asked().exemption();
        return approvals.newRequest(g.asked().subject(), g.asked().command().assetId(), g.asset().name(), request,
                g.asked().decisionId(),
                decision.matchedPolicyIds(), Boolean.TRUE.equals(decision.obligations().dualControl()),
                exemption == null ? null : exemption.reason());
    }

    private static Outcome withApprovalRequested(Outcome outcome, ApprovalRequest approval) {
        List<Reason> reasons = new ArrayList<>(outcome.reasons());
        boolean dual = approval.approvalsRequired > 1;
        reasons.add(new Reason("Approval request " + approval.id + " was created; " + (dual
                ? "two security-admins other than you must approve it (dual approval)"
                : "a security-admin other than you decides on it"),
                "已创建审批申请" + approval.id + "；" + (dual
                        ? "须由您以外的两名安全管理员批准（双人审批）。"
                        : "由您以外的一名安全管理员审批。")));
        return new Outcome(outcome.decision(), reasons, approval.id, "PENDING");
    }

    private void addToLedger(Gathered g, UUID approvalId) {
        Asked asked = g.asked();
        DecisionCommand.Exemption exemption = asked.exemption();
        ledger.append(g.asset().organisation(), asked.at(), new LedgerService.Export(asked.decisionId(),
                asked.command().assetId(), g.asset().name(), asked.command().action().name(), upper(asked.context().country()),
                asked.subject().username(), g.facts().persons(), g.facts().sensitivePersons(), approvalId,
                exemption == null ? null : exemption.type().name()));
    }

    private static Reason ledgerReason(LedgerService.Totals totals, DecisionRequest request, Effect effect) {
        boolean added = effect == Effect.PERMIT;
        return new Reason("Cross-border ledger " + totals.year() + ": " + totals.persons() + " persons ("
                + totals.sensitivePersons() + " with sensitive personal information) sent abroad before this request; "
                + "with it " + request.cumulativePersons() + " (" + request.cumulativeSensitivePersons() + ")"
                + (added ? "; this export is added to the ledger" : ""),
                totals.year() + "年出境台账：本次申请之前已向境外提供" + totals.persons() + "人的个人信息（其中敏感个人信息"
                        + totals.sensitivePersons() + "人）；加上本次为" + request.cumulativePersons() + "人（"
                        + request.cumulativeSensitivePersons() + "人）" + (added ? "；本次出境已记入台账。" : "。"));
    }

    private static String exemptionZh(ExemptionType type) {
        return switch (type) {
            case CONTRACT_WITH_INDIVIDUAL -> "为订立、履行个人作为一方当事人的合同所必需";
            case CROSS_BORDER_HR -> "按照依法制定的劳动规章制度和依法签订的集体合同实施跨境人力资源管理所必需";
            case EMERGENCY -> "紧急情况下为保护自然人的生命健康和财产安全所必需";
        };
    }

    /**
     * The answer to the requester. About another organisation's asset it is exactly the answer to an id that does
     * not exist: neither the asset's existence nor its grade may leak across organisations (the tenancy policy
     * denied it anyway; the log keeps the tenancy denial for the asset's organisation).
     */
    private static DecisionView answer(Gathered g, Outcome outcome) {
        if (!g.requesterOfAssetOrganisation()) {
            return view(g.asked(), null, null, null, Outcome.of(Decision.deny(UNKNOWN_ASSET, UNKNOWN_ASSET_REASON)));
        }
        return view(g.asked(), g.asset().name(), g.asset().level(), g.facts().level().name(), outcome);
    }

    private DecisionView failClosed(Asked asked, Decision denial) {
        Outcome outcome = Outcome.of(denial);
        log.appendCommitted(record(asked, null, null, outcome));
        return view(asked, null, null, null, outcome);
    }

    /** The one place a decision becomes the requester's view. */
    private static DecisionView view(Asked asked, String assetName, String assetLevel, String effectiveLevel,
                                     Outcome outcome) {
        Decision decision = outcome.decision();
        return new DecisionView(asked.decisionId(), asked.at(), asked.subject().username(),
                asked.command().action().name(), asked.command().assetId(), assetName, assetLevel, effectiveLevel,
                decision.effect(), decision.obligations(), decision.matchedPolicyIds(), decision.matchedPolicies(),
                Reason.english(outcome.reasons()), Reason.chinese(outcome.reasons()), outcome.approvalId(),
                outcome.approvalStatus(), asked.exemption());
    }

    private DecisionRecord record(Gathered g, Outcome outcome) {
        DecisionRecord r = record(g.asked(), g.asset(), g.facts().level().name(), outcome);
        r.ciio = g.ciio().ciio();
        return r;
    }

    private DecisionRecord record(Asked asked, AssetClassification asset, String effectiveLevel, Outcome outcome) {
        DecisionCommand.Context context = asked.context();
        Subject subject = asked.subject();
        Decision decision = outcome.decision();
        DecisionRecord r = new DecisionRecord();
        r.id = asked.decisionId();
        r.decidedAt = asked.at();
        r.requester = subject.username();
        r.requesterOrg = subject.organisation();
        r.actingClient = subject.actingClient();
        r.action = asked.command().action().name();
        r.assetId = asked.command().assetId();
        if (asset != null) {
            r.assetOrg = asset.organisation();
            r.assetName = asset.name();
            r.assetLevel = asset.level();
            r.assetStatus = asset.status();
            r.assetMinors = AssetFactsMapper.hasMinors(asset);
        }
        r.effectiveLevel = effectiveLevel;
        r.destination = asked.destination().name();
        r.country = upper(context.country());
        r.purpose = context.purpose();
        r.effect = decision.effect().name();
        r.policyIds = String.join(",", decision.matchedPolicyIds());
        r.reasons = log.write(Reason.english(outcome.reasons()));
        r.reasonsZh = log.write(Reason.chinese(outcome.reasons()));
        r.obligations = Obligations.NONE.equals(decision.obligations()) ? null : log.write(decision.obligations());
        r.approvalId = outcome.approvalId();
        if (asked.exemption() != null) {
            r.exemptionType = asked.exemption().type().name();
            r.exemptionReason = asked.exemption().reason();
        }
        return r;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}

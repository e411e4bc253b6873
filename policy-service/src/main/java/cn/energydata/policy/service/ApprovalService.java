package cn.energydata.policy.service;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.config.PolicyConfig;
import cn.energydata.policy.domain.ApprovalRequest;
import cn.energydata.policy.domain.ApprovalStatus;
import cn.energydata.policy.engine.DecisionRequest;
import cn.energydata.policy.engine.Reason;
import cn.energydata.policy.repository.ApprovalRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Approval requests: created by APPROVAL_REQUIRED decisions, approved or rejected by a security-admin of the
 * asset's organisation other than the requester, and used up by the one decision they permit.
 */
@ApplicationScoped
public class ApprovalService {

    /** Whether an approval named in a request may be used for it, and if not, why. */
    public record Check(boolean usable, Reason problem) {
        public static final Check NONE = new Check(false, null);
    }

    @Inject
    ApprovalRepository repository;

    @Inject
    PolicyConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Check check(UUID approvalId, Subject subject, String assetId, DecisionRequest request) {
        if (approvalId == null) {
            return Check.NONE;
        }
        ApprovalRequest a = repository.findById(approvalId);
        if (a == null || !a.requester.equals(subject.username())) {
            return unusable(approvalId, "it does not exist or was not requested by " + subject.username(),
                    "该审批不存在，或并非由" + subject.username() + "申请。");
        }
        if (!a.assetId.equals(assetId) || !a.action.equals(request.action().name())
                || !Objects.equals(a.destination, name(request.destination()))
                || !Objects.equals(a.country, upper(request.country())) || a.bulk != request.bulk()
                || !Objects.equals(a.exemptionType, name(request.exemption()))) {
            return unusable(approvalId, "it covers a different asset, action or destination (or another exemption claim)",
                    "该审批对应的资产、操作或目的地不同（或免予申报的主张不同）。");
        }
        return switch (a.status) {
            case PENDING -> unusable(approvalId, "it is still pending", "该审批尚未批准。");
            case REJECTED -> unusable(approvalId, "it was rejected", "该审批已被驳回。");
            case CONSUMED -> unusable(approvalId, "it was already used (single use)", "该审批已使用过（仅限使用一次）。");
            case APPROVED -> a.expiresAt.isAfter(clock.instant()) ? new Check(true, null)
                    : unusable(approvalId, "it expired at " + a.expiresAt, "该审批已于" + a.expiresAt + "过期。");
        };
    }

    private static Check unusable(UUID approvalId, String why, String whyZh) {
        return new Check(false, new Reason("Approval " + approvalId + " cannot be used: " + why,
                "审批" + approvalId + "不能使用：" + whyZh));
    }

    /** Uses up an approval; false when another decision used it first or it expired meanwhile. */
    @Transactional
    public boolean consume(UUID approvalId, UUID decisionId) {
        return repository.consume(approvalId, decisionId, clock.instant());
    }

    /** Stores a request built by {@link #newRequest}, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(ApprovalRequest request) {
        repository.persist(request);
    }

    /** A PENDING approval request for a decision, not stored yet (the caller stores it with the decision). */
    public ApprovalRequest newRequest(Subject subject, String assetId, String assetName, DecisionRequest request,
                                      UUID decisionId, List<String> policyIds, boolean dualControl,
                                      String exemptionReason) {
        ApprovalRequest a = new ApprovalRequest();
        a.id = UUID.randomUUID();
        a.createdAt = clock.instant();
        a.requester = subject.username();
        a.requesterOrg = subject.organisation();
        a.assetId = assetId;
        a.assetName = assetName;
        a.assetOrg = request.asset().organisation();
        a.effectiveLevel = request.asset().level().name();
        a.action = request.action().name();
        a.destination = name(request.destination());
        a.country = upper(request.country());
        a.purpose = request.purpose();
        a.bulk = request.bulk();
        a.decisionId = decisionId;
        a.policyIds = String.join(",", policyIds);
        a.status = ApprovalStatus.PENDING;
        a.approvalsRequired = dualControl ? 2 : 1;
        a.exemptionType = name(request.exemption());
        a.exemptionReason = request.exemption() == null ? null : exemptionReason;
        return a;
    }

    @Transactional
    public ApprovalView approve(UUID id, String approver, String approverOrg, ApprovalDecisionCommand command) {
        ApprovalRequest a = pendingFor(id, approver, approverOrg);
        Instant now = clock.instant();
        Instant expiresAt = command == null || command.expiresAt() == null
                ? now.plus(config.approvals().defaultValidity()) : command.expiresAt();
        if (!expiresAt.isAfter(now)) {
            throw ProblemException.badRequest("'expiresAt' must be in the future.");
        }
        if (expiresAt.isAfter(now.plus(config.approvals().maxValidity()))) {
            throw ProblemException.badRequest("'expiresAt' may be at most " + config.approvals().maxValidity() + " ahead.");
        }
        if (a.approvalsRequired > 1 && a.firstApprover == null) {
            // Dual approval: the first of two security-admins; the request stays PENDING.
            a.firstApprover = approver;
            a.firstApprovedAt = now;
            a.approverComment = command == null ? null : command.comment();
            return view(a);
        }
        if (approver.equals(a.firstApprover)) {
            throw ProblemException.conflict("Dual approval: the second approval must come from another security-admin than "
                    + a.firstApprover + ".");
        }
        a.status = ApprovalStatus.APPROVED;
        a.decidedBy = approver;
        a.decidedAt = now;
        a.expiresAt = expiresAt;
        a.approverComment = command == null ? null : command.comment();
        return view(a);
    }

    @Transactional
    public ApprovalView reject(UUID id, String approver, String approverOrg, ApprovalDecisionCommand command) {
        ApprovalRequest a = pendingFor(id, approver, approverOrg);
        a.status = ApprovalStatus.REJECTED;
        a.decidedBy = approver;
        a.decidedAt = clock.instant();
        a.approverComment = command == null ? null : command.comment();
        return view(a);
    }

    private ApprovalRequest pendingFor(UUID id, String approver, String approverOrg) {
        ApprovalRequest a = repository.findById(id);
        if (a == null || approverOrg == null || !approverOrg.equals(a.assetOrg)) {
            throw ProblemException.notFound("Approval request " + id);
        }
        if (a.requester.equals(approver)) {
            throw new ProblemException(403, "self-approval", "Self-approval",
                    "The requester of an approval cannot approve or reject it; another security-admin must.");
        }
        if (a.status != ApprovalStatus.PENDING) {
            throw ProblemException.conflict("Approval request " + id + " is " + a.status + ", not PENDING.");
        }
        return a;
    }

    @Transactional
    public ApprovalView get(UUID id, String caller, String callerOrg, boolean mayReadOrganisation) {
        ApprovalRequest a = repository.findById(id);
        boolean visible = a != null && (a.requester.equals(caller)
                || (mayReadOrganisation && callerOrg != null && callerOrg.equals(a.assetOrg)));
        if (!visible) {
            throw ProblemException.notFound("Approval request " + id);
        }
        return view(a);
    }

    @Transactional
    public PageView<ApprovalView> list(String organisation, ApprovalStatus status, int page, int size) {
        var query = repository.byOrganisation(organisation, status).page(Page.of(page, size));
        return new PageView<>(page, size, query.count(), query.list().stream().map(this::view).toList());
    }

    ApprovalView view(ApprovalRequest a) {
        boolean usable = a.status == ApprovalStatus.APPROVED && a.expiresAt != null && a.expiresAt.isAfter(clock.instant());
        return new ApprovalView(a.id, a.status, usable, a.createdAt, a.requester, a.assetId, a.assetName,
                a.effectiveLevel, a.action,
                a.destination, a.country, a.purpose, a.bulk, a.decisionId, List.of(a.policyIds.split(",")),
                a.decidedBy, a.decidedAt, a.expiresAt, a.approverComment, a.consumedAt, a.consumedByDecision,
                a.approvalsRequired, a.firstApprover, a.exemptionType, a.exemptionReason);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }
}

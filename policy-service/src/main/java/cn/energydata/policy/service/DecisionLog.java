package cn.energydata.policy.service;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.config.PolicyConfig;
import cn.energydata.policy.domain.DecisionRecord;
import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.ExemptionType;
import cn.energydata.policy.engine.Obligations;
import cn.energydata.policy.repository.DecisionRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Writes every decision to the log (in the decision's transaction, or by group commit) and serves the log to auditors. */
@ApplicationScoped
public class DecisionLog {

    @Inject
    DecisionRepository repository;

    @Inject
    ObjectMapper json;

    @Inject
    DecisionLogWriter writer;

    @Inject
    PolicyConfig config;

    /** Logs a decision in the caller's transaction, with the other writes of the decision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DecisionRecord record) {
        repository.persist(record);
    }

    /**
     * Logs a decision, with the rows it creates ({@code with}: a new approval request), through the group commit and
     * returns once they are committed; throws a 503 problem when they could not be, so that no decision is answered
     * without its log entry.
     */
    public void appendCommitted(DecisionRecord record, Object... with) {
        try {
            writer.append(record, List.of(with)).get(config.decisionLog().commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw notLogged();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notLogged();
        }
    }

    private static ProblemException notLogged() {
        return new ProblemException(503, "decision-log-unavailable", "Decision log unavailable",
                "The decision could not be written to the decision log, so it is not given; try again.");
    }

    @Transactional
    public PageView<DecisionView> search(String organisation, String assetId, String requester, Effect effect,
                                         int page, int size) {
        var query = repository.search(organisation, assetId, requester, effect == null ? null : effect.name())
                .page(Page.of(page, size));
        return new PageView<>(page, size, query.count(),
                query.list().stream().map(r -> view(r, organisation)).toList());
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A logged decision as {@code readerOrganisation} may see it: a decision its own requester took on another
     * organisation's asset reads as the answer the requester got, the unknown-asset denial — built from the same
     * record an unknown id leaves, so the two entries match field for field (neither the asset's existence nor its
     * grade leaks); the asset's organisation sees the tenancy denial with the grade.
     */
    DecisionView view(DecisionRecord r, String readerOrganisation) {
        boolean assetOfReader = r.assetOrg == null || r.assetOrg.equals(readerOrganisation);
        return render(assetOfReader ? r : asUnknownAsset(r));
    }

    private DecisionView render(DecisionRecord r) {
        try {
            List<String> reasons = json.readValue(r.reasons, new TypeReference<>() {
            });
            List<String> reasonsZh = r.reasonsZh == null ? null : json.readValue(r.reasonsZh, new TypeReference<>() {
            });
            Obligations obligations = r.obligations == null ? null : json.readValue(r.obligations, Obligations.class);
            return new DecisionView(r.id, r.decidedAt, r.requester, r.action, r.assetId, r.assetName, r.assetLevel,
                    r.effectiveLevel, Effect.valueOf(r.effect), obligations, Arrays.asList(r.policyIds.split(",")),
                    null, reasons, reasonsZh, r.approvalId, null, r.exemptionType == null ? null
                    : new DecisionCommand.Exemption(ExemptionType.valueOf(r.exemptionType), r.exemptionReason));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the log keeps of a decision on an unknown id (DecisionService#failClosed), for this request. */
    private DecisionRecord asUnknownAsset(DecisionRecord logged) {
        DecisionRecord r = new DecisionRecord(); // never persisted: a view only
        r.id = logged.id;
        r.decidedAt = logged.decidedAt;
        r.requester = logged.requester;
        r.action = logged.action;
        r.assetId = logged.assetId;
        r.effect = Effect.DENY.name();
        r.policyIds = DecisionService.UNKNOWN_ASSET;
        r.reasons = write(List.of(DecisionService.UNKNOWN_ASSET_REASON.en()));
        r.reasonsZh = write(List.of(DecisionService.UNKNOWN_ASSET_REASON.zh()));
        r.exemptionType = logged.exemptionType;
        r.exemptionReason = logged.exemptionReason;
        return r;
    }
}

package cn.energydata.policy.service;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.client.AssetLookups;
import cn.energydata.policy.client.CatalogClient;
import cn.energydata.policy.client.Retirement;
import cn.energydata.policy.domain.DecisionRecord;
import cn.energydata.policy.domain.ErasureRecord;
import cn.energydata.policy.engine.Obligations;
import cn.energydata.policy.repository.DecisionRepository;
import cn.energydata.policy.repository.ErasureRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.UUID;

/**
 * Records erasure certificates against the DELETE decision that permitted them, then retires the asset in the
 * catalog. The certificate is kept even when the catalog cannot be reached; the view says so.
 */
@ApplicationScoped
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    @Inject
    DecisionRepository decisions;

    @Inject
    ErasureRepository erasures;

    @Inject
    CatalogClient catalog;

    @Inject
    AssetLookups assetLookups;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public ErasureView record(ErasureCommand command, String caller, String callerOrg, boolean securityAdmin) {
        ErasureRecord record = QuarkusTransaction.requiringNew().call(() -> validateAndPersist(command, caller, callerOrg, securityAdmin));
        try {
            catalog.retire(command.assetId(), new Retirement("ERASED", "erasure " + record.id + ": " + command.certificate(), caller));
            assetLookups.forget(command.assetId());
            record.catalogRetired = true;
        } catch (RuntimeException e) {
            LOG.warnf("Retirement of an erased asset failed in the catalog (erasure %s): %s", record.id, e.getMessage());
            record.catalogError = "The catalog could not be reached to retire the asset; retry the retirement";
        }
        QuarkusTransaction.requiringNew().run(() -> {
            ErasureRecord stored = erasures.findById(record.id);
            stored.catalogRetired = record.catalogRetired;
            stored.catalogError = record.catalogError;
        });
        return view(record);
    }

    private ErasureRecord validateAndPersist(ErasureCommand command, String caller, String callerOrg, boolean securityAdmin) {
        DecisionRecord decision = decisions.findById(command.decisionId());
        if (decision == null || callerOrg == null || !callerOrg.equals(decision.assetOrg)
                || !(decision.requester.equals(caller) || securityAdmin)) {
            throw ProblemException.notFound("Decision " + command.decisionId());
        }
        if (!"DELETE".equals(decision.action) || !"PERMIT".equals(decision.effect)
                || !decision.assetId.equals(command.assetId())) {
            throw new ProblemException(409, "no-delete-permit", "No delete permit",
                    "Decision " + command.decisionId() + " is not a PERMIT to DELETE asset " + command.assetId() + ".");
        }
        if (erasures.count("decisionId", command.decisionId()) > 0) {
            throw ProblemException.conflict("An erasure is already recorded for decision " + command.decisionId() + ".");
        }
        Obligations obligations = read(decision.obligations);
        String method = command.method();
        if (obligations.erasure() != null) {
            String required = obligations.erasure().methods().get(command.medium());
            if (required == null) {
                throw ProblemException.badRequest("The decision names no erasure method for medium " + command.medium()
                        + "; ask for a decision with context.medium set.");
            }
            if (method == null || method.isBlank()) {
                method = required;
            }
        }
        if (method == null || method.isBlank()) {
            method = "logical delete";
        }
        if (Boolean.TRUE.equals(obligations.dualControl())
                && (command.secondOperator() == null || command.secondOperator().equals(caller))) {
            throw ProblemException.badRequest("This erasure is under dual control: 'secondOperator' must name a second person.");
        }
        ErasureRecord r = new ErasureRecord();
        r.id = UUID.randomUUID();
        r.assetId = command.assetId();
        r.organisation = decision.assetOrg;
        r.decisionId = command.decisionId();
        r.medium = command.medium().name();
        r.method = method;
        r.certificate = command.certificate();
        r.verifiedBy = command.verifiedBy();
        r.verification = command.verification();
        r.secondOperator = command.secondOperator();
        r.erasedAt = command.erasedAt();
        r.recordedBy = caller;
        r.recordedAt = clock.instant();
        erasures.persist(r);
        return r;
    }

    private Obligations read(String text) {
        if (text == null) {
            return Obligations.NONE;
        }
        try {
            return json.readValue(text, Obligations.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable obligations in the decision log", e);
        }
    }

    static ErasureView view(ErasureRecord r) {
        return new ErasureView(r.id, r.assetId, r.decisionId, r.medium, r.method, r.certificate, r.verifiedBy,
                r.verification, r.secondOperator, r.erasedAt, r.recordedBy, r.recordedAt, r.catalogRetired, r.catalogError);
    }
}

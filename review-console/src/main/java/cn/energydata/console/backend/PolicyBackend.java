package cn.energydata.console.backend;

import cn.energydata.console.backend.Backends.Result;
import cn.energydata.console.backend.PolicyModels.Approval;
import cn.energydata.console.backend.PolicyModels.ApprovalDecision;
import cn.energydata.console.backend.PolicyModels.Assessment;
import cn.energydata.console.backend.PolicyModels.AssessmentCommand;
import cn.energydata.console.backend.PolicyModels.Controls;
import cn.energydata.console.backend.PolicyModels.Decision;
import cn.energydata.console.backend.PolicyModels.Incident;
import cn.energydata.console.backend.PolicyModels.IncidentCommand;
import cn.energydata.console.backend.PolicyModels.IncidentReportCommand;
import cn.energydata.console.backend.PolicyModels.Ledger;
import cn.energydata.console.backend.PolicyModels.LedgerVerification;
import cn.energydata.console.backend.PolicyModels.Obligations;
import cn.energydata.console.backend.PolicyModels.Page;
import cn.energydata.console.backend.PolicyModels.PolicyView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * policy-service as the pages use it: typed calls made with the logged-in user's token, whose failures are a
 * {@link BackendException} or a {@link BackendUnavailableException}; {@link #attempt} for a panel that renders
 * without its data.
 */
@ApplicationScoped
public class PolicyBackend {

    @Inject
    @RestClient
    PolicyApi api;

    public Obligations obligations() {
        return call(api::obligations);
    }

    public Controls controls(String level) {
        return call(() -> api.controls(level));
    }

    public Page<Approval> approvals(String status, int page, int size) {
        return call(() -> api.approvals(status, page, size));
    }

    public Approval approve(UUID id, ApprovalDecision decision) {
        return call(() -> api.approve(id.toString(), decision));
    }

    public Approval reject(UUID id, ApprovalDecision decision) {
        return call(() -> api.reject(id.toString(), decision));
    }

    public List<Assessment> assessments() {
        return call(api::assessments);
    }

    public Assessment recordAssessment(AssessmentCommand command) {
        return call(() -> api.recordAssessment(command));
    }

    /** The policy service's CSV answer, to be passed on as it streams. */
    public jakarta.ws.rs.core.Response decisionsCsv(String assetId, String requester, String effect) {
        return call(() -> api.decisionsCsv(assetId, requester, effect));
    }

    public Page<Decision> decisions(String assetId, String requester, String effect, int page, int size) {
        return call(() -> api.decisions(assetId, requester, effect, page, size));
    }

    /** A calendar year of the cross-border ledger ({@code year} null: the current one). */
    public Ledger ledger(Integer year, int page, int size) {
        return call(() -> api.ledger(year, page, size));
    }

    public LedgerVerification verifyLedger() {
        return call(api::verifyLedger);
    }

    public List<PolicyView> policies() {
        return call(api::policies);
    }

    public Page<Incident> incidents(int page, int size) {
        return call(() -> api.incidents(page, size));
    }

    public Incident recordIncident(IncidentCommand command) {
        return call(() -> api.recordIncident(command));
    }

    public Incident recordReport(UUID incidentId, IncidentReportCommand command) {
        return call(() -> api.recordReport(incidentId.toString(), command));
    }

    /** The value, or the failure to show in its place. */
    public <T> Result<T> attempt(Supplier<T> call) {
        return Backends.attempt(Backends.POLICY, call);
    }

    private static <T> T call(Supplier<T> call) {
        return Backends.call(Backends.POLICY, call);
    }
}

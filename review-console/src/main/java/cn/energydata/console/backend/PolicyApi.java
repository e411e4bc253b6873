package cn.energydata.console.backend;

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
import cn.energydata.console.backend.PolicyModels.PolicyView;
import cn.energydata.console.backend.PolicyModels.Obligations;
import cn.energydata.console.backend.PolicyModels.Page;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** policy-service's API (policy-service/README.md), called with the logged-in user's access token. */
@RegisterRestClient(configKey = "policy")
@RegisterProvider(UserTokenFilter.class)
@RegisterProvider(PolicyProblemMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface PolicyApi {

    @GET
    @Path("/obligations")
    Obligations obligations();

    @GET
    @Path("/controls/{level}")
    Controls controls(@PathParam("level") String level);

    @GET
    @Path("/approvals")
    Page<Approval> approvals(@QueryParam("status") String status, @QueryParam("page") int page,
                             @QueryParam("size") int size);

    @POST
    @Path("/approvals/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    Approval approve(@PathParam("id") String id, ApprovalDecision decision);

    @POST
    @Path("/approvals/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    Approval reject(@PathParam("id") String id, ApprovalDecision decision);

    @GET
    @Path("/assessments")
    List<Assessment> assessments();

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    Assessment recordAssessment(AssessmentCommand command);

    @GET
    @Path("/decisions")
    Page<Decision> decisions(@QueryParam("assetId") String assetId, @QueryParam("requester") String requester,
                             @QueryParam("effect") String effect, @QueryParam("page") int page,
                             @QueryParam("size") int size);

    /** Every matching decision-log entry as CSV (UTF-8 with BOM, header row), streamed by the policy service. */
    @GET
    @Path("/decisions")
    @Produces("text/csv")
    jakarta.ws.rs.core.Response decisionsCsv(@QueryParam("assetId") String assetId,
                                             @QueryParam("requester") String requester,
                                             @QueryParam("effect") String effect);

    /** A calendar year of the organisation's cross-border ledger ({@code year} null: the current one). */
    @GET
    @Path("/cross-border-ledger")
    Ledger ledger(@QueryParam("year") Integer year, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/cross-border-ledger/verify")
    LedgerVerification verifyLedger();

    /** The loaded policies (any authenticated user); the ledger page reads the cumulative thresholds from them. */
    @GET
    @Path("/policies")
    List<PolicyView> policies();

    /** The organisation's incidents, latest discovery first (security-admin, auditor). */
    @GET
    @Path("/incidents")
    Page<Incident> incidents(@QueryParam("page") int page, @QueryParam("size") int size);

    /** Records an incident (security-admin); 201 with its severity and report deadlines. */
    @POST
    @Path("/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    Incident recordIncident(IncidentCommand command);

    /** Records the initial or final report made (security-admin), once per type (409 otherwise). */
    @POST
    @Path("/incidents/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    Incident recordReport(@PathParam("id") String id, IncidentReportCommand command);
}

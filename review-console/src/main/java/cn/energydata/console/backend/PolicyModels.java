package cn.energydata.console.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.qute.TemplateData;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The console's copies of policy-service's API records (policy-service/.../service/*View, PageView, ...). */
public final class PolicyModels {

    private PolicyModels() {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(int page, int size, long total, List<T> items) implements Paged<T> {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ObligationItem(String obligation, String source, LocalDate due, String status, boolean derived,
                                 String basis, String note) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Obligations(String organisation, LocalDate asOf, List<String> levelsSeen,
                              boolean holdsImportantOrCore, boolean holdsMinorsPersonalInformation,
                              List<ObligationItem> items) {

        public List<ObligationItem> itemList() {
            return items == null ? List.of() : items;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ControlOutcome(String effect, String summary, List<String> policyIds, List<String> sources) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ControlRow(String action, ControlOutcome withoutAssessments, ControlOutcome withAllAssessments) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Controls(String level, String assumptions, List<ControlRow> rows) {

        public List<ControlRow> rowList() {
            return rows == null ? List.of() : rows;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Approval(String id, String status, boolean usable, Instant createdAt, String requester,
                           String assetId, String effectiveLevel, String action, String destination, String country,
                           String purpose, boolean bulk, String decisionId, List<String> policyIds,
                           String decidedBy, Instant decidedAt, Instant expiresAt, String comment,
                           Instant consumedAt, int approvalsRequired, String firstApprover) {

        public boolean isPending() {
            return "PENDING".equals(status);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(String id, String organisation, String type, String reference, String scope,
                             List<String> assetIds, LocalDate validFrom, LocalDate validUntil, boolean validToday,
                             String recordedBy, Instant recordedAt) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String decisionId, Instant decidedAt, String requester, String action, String assetId,
                           String assetLevel, String effectiveLevel, String effect, List<String> policyIds,
                           List<String> reasons, String approvalId, String approvalStatus) {

        public List<String> reasonList() {
            return reasons == null ? List.of() : reasons;
        }
    }

    /** Body of approve / reject (policy ApprovalDecisionCommand). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApprovalDecision(Instant expiresAt, String comment) {
    }

    /** {@code POST /api/assessments} (policy AssessmentCommand); no asset ids = whole organisation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssessmentCommand(String type, String reference, String scope, List<String> assetIds,
                                    LocalDate validFrom, LocalDate validUntil) {
    }
}

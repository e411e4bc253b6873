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
                                 String basis, String basisZh, String note, String noteZh) {

        public String basisIn(boolean zh) {
            return Bilingual.pick(zh, basis, basisZh);
        }

        public String noteIn(boolean zh) {
            return Bilingual.pick(zh, note, noteZh);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Obligations(String organisation, LocalDate asOf, List<String> levelsSeen,
                              boolean holdsImportantOrCore, Boolean holdsMinorsPersonalInformation,
                              Boolean importantDataProcessorByPersonalInformationScale, Inventory inventory,
                              List<ObligationItem> items) {

        public List<ObligationItem> itemList() {
            return items == null ? List.of() : items;
        }

        /** The inventory was read (an older policy service without the block: unknown). */
        public boolean isInventoryKnown() {
            return inventory != null && inventory.known();
        }

        public String inventoryProblem() {
            return inventoryProblemIn(false);
        }

        public String inventoryProblemIn(boolean zh) {
            String problem = inventory == null ? null : Bilingual.pick(zh, inventory.problem(), inventory.problemZh());
            return problem == null ? "" : problem;
        }

        /** "true", "false" or "unknown" (null: the catalog's inventory could not be read). */
        public String minorsState() {
            return holdsMinorsPersonalInformation == null ? "unknown" : holdsMinorsPersonalInformation.toString();
        }

        public String scaleState() {
            return importantDataProcessorByPersonalInformationScale == null ? "unknown"
                    : importantDataProcessorByPersonalInformationScale.toString();
        }
    }

    /**
     * The catalog's personal-information totals the obligations were derived from ({@code known = false} with the
     * {@code problem} when they could not be read: the duties are then unknown, never "none").
     */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inventory(boolean known, Long assets, Long assetsWithMinors, Long persons, Long sensitivePersons,
                            Long minors, Long children, String problem, String problemZh) {
    }

    /** {@code GET /api/incidents} (policy IncidentView): an incident with its two report duties. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Incident(String id, String organisation, List<String> assetIds, String declaredSeverity,
                           String severity, List<String> severityRaisedBy, long personsAffected, Instant discoveredAt,
                           String description, boolean ciio, String ciioAssumption, String ciioAssumptionZh,
                           ReportDuty initialReport, ReportDuty finalReport, boolean overdue, String recordedBy,
                           Instant recordedAt) {

        public String ciioAssumptionIn(boolean zh) {
            return Bilingual.pick(zh, ciioAssumption, ciioAssumptionZh);
        }

        public List<String> assetList() {
            return assetIds == null ? List.of() : assetIds;
        }

        public List<String> raisedByList() {
            return severityRaisedBy == null ? List.of() : severityRaisedBy;
        }

        public boolean isRaised() {
            return declaredSeverity != null && !declaredSeverity.equals(severity);
        }
    }

    /**
     * One report owed for an incident: {@code status} NOT_REQUIRED, DUE, OVERDUE, REPORTED or REPORTED_LATE, the
     * deadline, the rule and its source, the recipient, and the report once made.
     */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportDuty(boolean required, Instant due, String rule, String source, String recipient,
                             String recipientZh, String status, Report report) {

        public String recipientIn(boolean zh) {
            return Bilingual.pick(zh, recipient, recipientZh);
        }

        /** Required and not reported yet: the security-admin gets the form to record it. */
        public boolean isOpen() {
            return required && report == null;
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(Instant reportedAt, String reference, String recipient, String recordedBy,
                         Instant recordedAt) {
    }

    /** {@code POST /api/incidents} (policy IncidentCommand). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IncidentCommand(List<String> assetIds, String severity, Long personsAffected, Instant discoveredAt,
                                  String description) {
    }

    /** {@code POST /api/incidents/{id}/reports} (policy IncidentReportCommand); no {@code reportedAt}: now. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IncidentReportCommand(String type, String reference, String recipient, Instant reportedAt) {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ControlOutcome(String effect, String sentence, String sentenceZh, String summary,
                                 DecisionObligations obligations, List<String> policyIds, List<String> sources) {

        /** The outcome said plainly in the language asked for (null from an older policy service). */
        public String sentenceIn(boolean zh) {
            return Bilingual.pick(zh, sentence, sentenceZh);
        }
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
                           String assetId, String assetName, String effectiveLevel, String action, String destination, String country,
                           String purpose, boolean bulk, String decisionId, List<String> policyIds,
                           String decidedBy, Instant decidedAt, Instant expiresAt, String comment,
                           Instant consumedAt, int approvalsRequired, String firstApprover,
                           String exemptionType, String exemptionReason) {

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
                           String assetName, String assetLevel, String effectiveLevel, String effect,
                           DecisionObligations obligations, List<String> policyIds, List<String> reasons,
                           List<String> reasonsZh, String approvalId, String approvalStatus, Exemption exemption) {

        public List<String> reasonList() {
            return reasons == null ? List.of() : reasons;
        }

        /**
         * The reasons in the language asked for: {@code reasonsZh} is parallel to {@code reasons}; an entry without
         * Chinese (an operator's policy, or an entry logged before) is shown in English.
         */
        public List<String> reasonsIn(boolean zh) {
            List<String> english = reasonList();
            List<String> shown = new java.util.ArrayList<>(english.size());
            for (int i = 0; i < english.size(); i++) {
                String chinese = reasonsZh != null && i < reasonsZh.size() ? reasonsZh.get(i) : null;
                shown.add(Bilingual.pick(zh, english.get(i), chinese));
            }
            return shown;
        }
    }

    /** A claimed exemption of the Provisions on cross-border data flows (2024) art. 5, with its reason. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Exemption(String type, String reason) {
    }

    /**
     * The obligations of a decision or of a controls outcome (policy engine Obligations). Only what the console
     * names is kept: the flags it shows; the details stay in the policy service's answer.
     */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DecisionObligations(Object encryption, List<String> masking, Boolean watermark, Object logging,
                                      Integer recordKeepingYears, Boolean contract, Object erasure,
                                      Boolean dualControl, Boolean secrecyProcess, Boolean separateConsent,
                                      List<ObligationSummary> summaries) {

        /** One plain sentence per obligation present (empty from an older policy service: show the names). */
        public List<ObligationSummary> summaryList() {
            return summaries == null ? List.of() : summaries;
        }

        /** The obligations present, by name (encryption, masking, … secrecyProcess), in a fixed order. */
        public List<String> names() {
            List<String> names = new java.util.ArrayList<>();
            if (encryption != null) {
                names.add("encryption");
            }
            if (masking != null && !masking.isEmpty()) {
                names.add("masking");
            }
            if (Boolean.TRUE.equals(watermark)) {
                names.add("watermark");
            }
            if (logging != null) {
                names.add("logging");
            }
            if (recordKeepingYears != null) {
                names.add("recordKeepingYears");
            }
            if (Boolean.TRUE.equals(contract)) {
                names.add("contract");
            }
            if (erasure != null) {
                names.add("erasure");
            }
            if (Boolean.TRUE.equals(dualControl)) {
                names.add("dualControl");
            }
            if (Boolean.TRUE.equals(separateConsent)) {
                names.add("separateConsent");
            }
            if (Boolean.TRUE.equals(secrecyProcess)) {
                names.add("secrecyProcess");
            }
            return names;
        }

        public boolean isSecrecy() {
            return Boolean.TRUE.equals(secrecyProcess);
        }
    }

    /** An obligation said in one plain sentence, in English and Chinese ({@code obligation} = its field name). */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ObligationSummary(String obligation, String summary, String summaryZh) {

        public String textIn(boolean zh) {
            return Bilingual.pick(zh, summary, summaryZh);
        }
    }

    /** {@code GET /api/cross-border-ledger}: a calendar year's totals and one page of its entries in chain order. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ledger(String organisation, int year, long persons, long sensitivePersons, int page, int size,
                         long total, List<LedgerEntry> items) implements Paged<LedgerEntry> {
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LedgerEntry(long seq, Instant at, String decisionId, String assetId, String assetName, String action,
                              String country,
                              String requester, long persons, long sensitivePersons, String approvalId,
                              String exemptionType, String hash) {
    }

    /** {@code GET /api/cross-border-ledger/verify}: the ledger's own hash chain recomputed. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LedgerVerification(String organisation, long records, boolean valid, Long brokenAtSeq,
                                     String problem) {
    }

    /** {@code GET /api/policies}: the loaded policies; the console reads the cross-border thresholds from them. */
    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PolicyView(String id, int version, String description, String descriptionZh, String source,
                             String effect, String reason, String reasonZh, PolicyMatch match) {

        public String descriptionIn(boolean zh) {
            return Bilingual.pick(zh, description, descriptionZh);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PolicyMatch(List<String> levels, List<String> destinations, List<String> categories, Boolean ciio,
                              Boolean exemptionClaimed, String missingAssessment, Long minCumulativePersons,
                              Long minCumulativeSensitivePersons) {
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

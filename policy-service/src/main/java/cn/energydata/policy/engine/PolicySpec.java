package cn.energydata.policy.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The YAML shape of policy files. Unknown fields are rejected when a file is loaded. Every sentence a person reads
 * has a Chinese twin ({@code *Zh}): required in the built-in files, optional in an operator's.
 */
public final class PolicySpec {

    private PolicySpec() {
    }

    /** A policy file: a list of policies. */
    public record File(List<PolicyDef> policies) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PolicyDef(String id, Integer version, Integer priority, String description, String descriptionZh,
                            String source, Effect effect, String reason, String reasonZh, Match match,
                            ObligationsDef obligations) {
    }

    /** Every given field must hold (AND); a list holds when any of its entries does (OR). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Match(Set<Level> levels, Set<Action> actions, Set<DataCategory> categories, Requester requester,
                        Set<Destination> destinations, Set<String> countries, Set<String> purposes, Boolean bulk,
                        Long minPersons, AssessmentType missingAssessment, Set<AssetFlag> flags, Boolean ciio,
                        Boolean exemptionClaimed, Long minCumulativePersons, Long minCumulativeSensitivePersons) {
    }

    /** {@code registrant}: the requester registered the asset (true) or did not (false). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Requester(Set<String> anyRole, Set<String> noneOfRoles, OrganisationRelation organisation,
                            Boolean registrant) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObligationsDef(EncryptionDef encryption, List<String> mask, Boolean watermark,
                                 LoggingDef logging, Integer recordKeepingYears, Boolean contract,
                                 ErasureDef erasure, Boolean dualControl, Boolean secrecyProcess,
                                 Boolean separateConsent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EncryptionDef(Boolean atRest, Boolean inTransit, String algorithmClass, String algorithmClassZh,
                                Boolean keysSeparated) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LoggingDef(Integer retentionMonths, Boolean tamperEvident, Boolean realTimeAlerting) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErasureDef(Map<Medium, String> methods, Map<Medium, String> methodsZh, Boolean certificate,
                             Boolean verification) {
    }
}

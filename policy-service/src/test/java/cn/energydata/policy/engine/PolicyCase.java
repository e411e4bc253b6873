package cn.energydata.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

/**
 * One YAML case: a request in short form and what the engine must answer. {@code ciio} defaults to false (a
 * non-CIIO organisation); {@code ledgerPersons}/{@code ledgerSensitivePersons} are this year's ledger before the
 * request; {@code requester} defaults to "dave".
 */
record PolicyCase(String name, Level level, Action action, List<String> roles, String requesterOrg, String requester,
                  Set<DataCategory> categories, Set<String> categoryIds, Long persons, Long sensitivePersons,
                  Set<AssetFlag> flags, String registeredBy, Destination destination, String country, String purpose,
                  Boolean bulk, Medium medium, Set<AssessmentType> assessments, Boolean approved, Boolean ciio,
                  ExemptionType exemption, Long ledgerPersons, Long ledgerSensitivePersons, Expect expect,
                  List<String> absent) {

    static final String ORG = "east-grid";

    record Expect(Effect effect, Set<String> policies, JsonNode obligations) {
    }

    DecisionRequest toRequest() {
        String org = requesterOrg == null ? ORG : (requesterOrg.isEmpty() ? null : requesterOrg);
        AssetFacts asset = new AssetFacts(ORG, level, categoryIds, categories, persons == null ? 0 : persons,
                sensitivePersons == null ? 0 : sensitivePersons, flags, registeredBy);
        ProcessorFacts processor = new ProcessorFacts(Boolean.TRUE.equals(ciio), ledgerPersons == null ? 0 : ledgerPersons,
                ledgerSensitivePersons == null ? 0 : ledgerSensitivePersons);
        return new DecisionRequest(requester == null ? "dave" : requester, org,
                Set.copyOf(roles == null ? List.of("data-registrant") : roles), action, asset, destination, country,
                purpose, Boolean.TRUE.equals(bulk), medium, exemption, processor, assessments,
                Boolean.TRUE.equals(approved));
    }
}

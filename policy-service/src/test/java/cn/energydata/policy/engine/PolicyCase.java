package cn.energydata.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

/** One YAML case: a request in short form and what the engine must answer. */
record PolicyCase(String name, Level level, Action action, List<String> roles, String requesterOrg,
                  Set<DataCategory> categories, Set<String> categoryIds, Long persons, Destination destination,
                  String country, String purpose, Boolean bulk, Medium medium, Set<AssessmentType> assessments,
                  Boolean approved, Expect expect, List<String> absent) {

    static final String ORG = "east-grid";

    record Expect(Effect effect, Set<String> policies, JsonNode obligations) {
    }

    DecisionRequest toRequest() {
        String org = requesterOrg == null ? ORG : (requesterOrg.isEmpty() ? null : requesterOrg);
        AssetFacts asset = new AssetFacts(ORG, level, categoryIds, categories, persons == null ? 0 : persons);
        return new DecisionRequest(org, Set.copyOf(roles == null ? List.of("data-registrant") : roles), action, asset,
                destination, country, purpose, Boolean.TRUE.equals(bulk), medium, assessments,
                Boolean.TRUE.equals(approved));
    }
}

package cn.energydata.policy.engine;

import java.util.Set;

/**
 * One question for the engine: may a requester (organisation, roles) do {@code action} on an asset, in a context.
 * {@code validAssessments} are the assessment types valid on file for the asset; {@code approved} says a valid,
 * unused approval covers exactly this request.
 */
public record DecisionRequest(String requesterOrganisation, Set<String> roles, Action action, AssetFacts asset,
                              Destination destination, String country, String purpose, boolean bulk, Medium medium,
                              Set<AssessmentType> validAssessments, boolean approved) {

    public DecisionRequest {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        validAssessments = validAssessments == null ? Set.of() : Set.copyOf(validAssessments);
        if (destination == null && action != null) {
            destination = action.impliedDestination();
        }
    }

    public OrganisationRelation organisationRelation() {
        return requesterOrganisation != null && requesterOrganisation.equals(asset.organisation())
                ? OrganisationRelation.SAME : OrganisationRelation.OTHER;
    }
}

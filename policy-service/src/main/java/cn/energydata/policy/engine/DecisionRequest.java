package cn.energydata.policy.engine;

import java.util.Set;

/**
 * One question for the engine: may a requester (user name, organisation, roles) do {@code action} on an asset,
 * in a context. {@code destination} is made effective ({@link Destination#effective}); {@code exemption} is an
 * art. 5 exemption the requester claims (or null); {@code processor} describes the asset's organisation (CIIO
 * status, this year's cross-border ledger). {@code validAssessments} are the assessment types valid on file for
 * the asset; {@code approved} says a valid, unused approval covers exactly this request.
 */
public record DecisionRequest(String requester, String requesterOrganisation, Set<String> roles, Action action,
                              AssetFacts asset, Destination destination, String country, String purpose, boolean bulk,
                              Medium medium, ExemptionType exemption, ProcessorFacts processor,
                              Set<AssessmentType> validAssessments, boolean approved) {

    public DecisionRequest {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        validAssessments = validAssessments == null ? Set.of() : Set.copyOf(validAssessments);
        destination = Destination.effective(action, destination, country);
        processor = processor == null ? ProcessorFacts.UNKNOWN : processor;
    }

    public OrganisationRelation organisationRelation() {
        return requesterOrganisation != null && requesterOrganisation.equals(asset.organisation())
                ? OrganisationRelation.SAME : OrganisationRelation.OTHER;
    }

    /** Whether the requester registered the asset (and belongs to its organisation). */
    public boolean requesterIsRegistrant() {
        return requester != null && requester.equals(asset.registeredBy())
                && organisationRelation() == OrganisationRelation.SAME;
    }

    /** Persons whose personal information the organisation sends abroad this year, this request included. */
    public long cumulativePersons() {
        return processor.exportedPersons() + asset.persons();
    }

    /** Persons whose sensitive personal information the organisation sends abroad this year, this request included. */
    public long cumulativeSensitivePersons() {
        return processor.exportedSensitivePersons() + asset.sensitivePersons();
    }

    public DecisionRequest withApproval() {
        return new DecisionRequest(requester, requesterOrganisation, roles, action, asset, destination, country,
                purpose, bulk, medium, exemption, processor, validAssessments, true);
    }
}

package cn.energydata.policy.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * A validated, compiled policy: the conditions of its match turned into enum sets and flags that a request is
 * checked against without any parsing. Empty sets mean "any".
 */
public final class Policy {

    private final PolicySpec.PolicyDef definition;
    private final String file;
    private final EnumSet<Level> levels;
    private final EnumSet<Action> actions;
    private final EnumSet<DataCategory> categories;
    private final EnumSet<Destination> destinations;
    private final Set<String> anyRole;
    private final Set<String> noneOfRoles;
    private final OrganisationRelation organisation;
    private final Set<String> countries;
    private final Set<String> purposes;
    private final Boolean bulk;
    private final long minPersons;
    private final AssessmentType missingAssessment;
    private final EnumSet<AssetFlag> flags;
    private final Boolean ciio;
    private final Boolean exemptionClaimed;
    private final long minCumulativePersons;
    private final long minCumulativeSensitivePersons;
    private final Boolean registrant;
    private final Reason reasonText;

    Policy(PolicySpec.PolicyDef definition, String file) {
        this.definition = definition;
        this.file = file;
        this.reasonText = new Reason(definition.reason(), definition.reasonZh());
        PolicySpec.Match m = definition.match() == null
                ? new PolicySpec.Match(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : definition.match();
        this.levels = copy(m.levels(), Level.class);
        this.actions = copy(m.actions(), Action.class);
        this.categories = copy(m.categories(), DataCategory.class);
        this.destinations = copy(m.destinations(), Destination.class);
        PolicySpec.Requester r = m.requester();
        this.anyRole = r == null || r.anyRole() == null ? Set.of() : Set.copyOf(r.anyRole());
        this.noneOfRoles = r == null || r.noneOfRoles() == null ? Set.of() : Set.copyOf(r.noneOfRoles());
        this.organisation = r == null ? null : r.organisation();
        this.registrant = r == null ? null : r.registrant();
        this.countries = m.countries() == null ? Set.of()
                : m.countries().stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.purposes = m.purposes() == null ? Set.of()
                : m.purposes().stream().map(p -> p.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.bulk = m.bulk();
        this.minPersons = m.minPersons() == null ? 0 : m.minPersons();
        this.missingAssessment = m.missingAssessment();
        this.flags = copy(m.flags(), AssetFlag.class);
        this.ciio = m.ciio();
        this.exemptionClaimed = m.exemptionClaimed();
        this.minCumulativePersons = m.minCumulativePersons() == null ? 0 : m.minCumulativePersons();
        this.minCumulativeSensitivePersons = m.minCumulativeSensitivePersons() == null ? 0 : m.minCumulativeSensitivePersons();
    }

    private static <E extends Enum<E>> EnumSet<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** Whether this policy applies to a level and action (used to build the engine's index). */
    boolean appliesTo(Level level, Action action) {
        return (levels.isEmpty() || levels.contains(level)) && (actions.isEmpty() || actions.contains(action));
    }

    /** The conditions beyond level and action, which the index has already checked. */
    boolean matchesContext(DecisionRequest request) {
        if (!categories.isEmpty() && !intersects(categories, request.asset().dataCategories())) {
            return false;
        }
        if (!destinations.isEmpty() && !destinations.contains(request.destination())) {
            return false;
        }
        if (organisation != null && organisation != request.organisationRelation()) {
            return false;
        }
        if (!anyRole.isEmpty() && !intersects(anyRole, request.roles())) {
            return false;
        }
        if (!noneOfRoles.isEmpty() && intersects(noneOfRoles, request.roles())) {
            return false;
        }
        if (!countries.isEmpty() && (request.country() == null
                || !countries.contains(request.country().toUpperCase(java.util.Locale.ROOT)))) {
            return false;
        }
        if (!purposes.isEmpty() && (request.purpose() == null
                || !purposes.contains(request.purpose().toUpperCase(java.util.Locale.ROOT)))) {
            return false;
        }
        if (bulk != null && bulk != request.bulk()) {
            return false;
        }
        if (request.asset().persons() < minPersons) {
            return false;
        }
        if (!flags.isEmpty() && !intersects(flags, request.asset().flags())) {
            return false;
        }
        if (registrant != null && registrant != request.requesterIsRegistrant()) {
            return false;
        }
        if (ciio != null && ciio != request.processor().ciio()) {
            return false;
        }
        if (exemptionClaimed != null && exemptionClaimed != (request.exemption() != null)) {
            return false;
        }
        if (request.cumulativePersons() < minCumulativePersons
                || request.cumulativeSensitivePersons() < minCumulativeSensitivePersons) {
            return false;
        }
        return missingAssessment == null || !request.validAssessments().contains(missingAssessment);
    }

    private static boolean intersects(Set<?> a, Set<?> b) {
        for (Object x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    public String id() {
        return definition.id();
    }

    public int version() {
        return definition.version();
    }

    public int priority() {
        return definition.priority();
    }

    public Effect effect() {
        return definition.effect();
    }

    public String reason() {
        return definition.reason();
    }

    /** The reason in both languages ({@code zh} null when an operator's policy gives none). */
    public Reason reasonText() {
        return reasonText;
    }

    public String source() {
        return definition.source();
    }

    public String file() {
        return file;
    }

    public PolicySpec.PolicyDef definition() {
        return definition;
    }

    MatchedPolicy asMatched() {
        return new MatchedPolicy(id(), version(), effect(), source());
    }
}

package cn.energydata.policy.engine;

/**
 * What the engine knows about the organisation that holds the asset (the personal-information processor):
 * whether it is a critical-information-infrastructure operator, and how many persons, and sensitive persons,
 * it has already sent abroad this calendar year (the cross-border ledger, before the request being decided).
 */
public record ProcessorFacts(boolean ciio, long exportedPersons, long exportedSensitivePersons) {

    /** A CIIO with nothing on the ledger: the fail-closed reading when nothing is known. */
    public static final ProcessorFacts UNKNOWN = new ProcessorFacts(true, 0, 0);
}

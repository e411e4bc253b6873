package cn.energydata.policy.engine;

/**
 * The exemptions of the Provisions on promoting and regulating cross-border data flows (2024) art. 5 that a
 * requester may claim, with a reason, for sending personal information abroad.
 */
public enum ExemptionType {
    /** Necessary to conclude or perform a contract to which the individual is a party (cross-border shopping, travel…). */
    CONTRACT_WITH_INDIVIDUAL,
    /** Necessary for cross-border human-resources management under lawful labour rules and collective contracts. */
    CROSS_BORDER_HR,
    /** Necessary in an emergency to protect a natural person's life, health or property. */
    EMERGENCY
}

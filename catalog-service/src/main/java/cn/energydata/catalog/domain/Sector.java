package cn.energydata.catalog.domain;

/** The energy sector an organisation works in (its profile). */
public enum Sector {
    POWER_GRID, POWER_GENERATION, OIL_GAS, COAL, NUCLEAR, NEW_ENERGY, OTHER
}

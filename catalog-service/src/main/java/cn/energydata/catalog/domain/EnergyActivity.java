package cn.energydata.catalog.domain;

/** The energy activities in the scope of the measures, plus sectors handled by other regulators. */
public enum EnergyActivity {
    PLANNING, DESIGN, CONSTRUCTION, PRODUCTION, STORAGE_TRANSPORT, CONSUMPTION, RESEARCH_DEVELOPMENT,
    OUT_OF_SCOPE_CITY_GAS, OUT_OF_SCOPE_HEATING, OUT_OF_SCOPE_FILLING_STATION, OUT_OF_SCOPE_OTHER
}

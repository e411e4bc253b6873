package cn.energydata.discovery.domain;

/** How distinct persons were counted: COUNT(DISTINCT) or the database's statistics. */
public enum PersonsBasis {
    EXACT, ESTIMATE
}

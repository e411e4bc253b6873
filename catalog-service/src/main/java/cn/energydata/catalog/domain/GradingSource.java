package cn.energydata.catalog.domain;

public enum GradingSource {
    AUTOMATIC, REVIEWER
}

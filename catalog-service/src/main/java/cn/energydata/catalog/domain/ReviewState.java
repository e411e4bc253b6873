package cn.energydata.catalog.domain;

public enum ReviewState {
    APPLIED, AWAITING_SECOND_REVIEW, REJECTED
}

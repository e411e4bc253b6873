package cn.energydata.catalog.domain;

public enum AssetType {
    FILE, DATASET, TABLE, DATABASE, SYSTEM, DOCUMENT_COLLECTION, STREAM
}

package cn.energydata.discovery.domain;

/** What one scanned item is. */
public enum ItemKind {
    TABLE, OBJECT, FILE
}

package cn.energydata.discovery.domain;

/** LIST lists the source and adds one task per item; the others scan one item. */
public enum TaskKind {
    LIST, TABLE, OBJECT, FILE;

    public ItemKind itemKind() {
        return ItemKind.valueOf(name());
    }
}

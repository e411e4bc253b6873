package cn.energydata.discovery.scan.jdbc;

import cn.energydata.common.hash.Sha256;

import java.util.List;
import java.util.stream.Collectors;

/** What the database says of a table: its columns with types and comments, its comment and estimated rows. */
public record TableMetadata(String schema, String table, String comment, List<Column> columns, Long estimatedRows) {

    public record Column(String name, String type, String comment) {
    }

    /** Changes when a column is added, dropped, renamed or retyped. */
    public String fingerprint() {
        return Sha256.hex(columns.stream().map(c -> c.name() + ":" + c.type()).collect(Collectors.joining("\n")));
    }

    public String key() {
        return schema + "." + table;
    }
}

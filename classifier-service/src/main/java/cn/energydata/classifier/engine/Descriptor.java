package cn.energydata.classifier.engine;

import java.util.List;

/** Asset metadata and a table schema with sample rows, for databases and systems that are not files. */
public record Descriptor(String name, String description, String assetType, String energyActivity,
                         List<String> provinces, Long records, Long distinctPersons, List<Column> columns) {

    /** The sheet name of the descriptor's columns in {@link #asTable()}. */
    public static final String COLUMNS_SHEET = "descriptor-columns";

    public record Column(String name, String comment, List<String> sampleValues) {
    }

    public List<Column> columnList() {
        return columns == null ? List.of() : columns;
    }

    public List<String> provinceList() {
        return provinces == null ? List.of() : provinces;
    }

    /**
     * The descriptor as a tab-separated table (header = column name and comment, rows = sample values); each line
     * ends with a tab so that a one-column schema is still a table.
     */
    public String asTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(name == null ? "" : name).append('\n');
        if (description != null) {
            sb.append(description.replace('\t', ' ')).append("\n\n");
        }
        if (columnList().isEmpty()) {
            return sb.toString();
        }
        sb.append(COLUMNS_SHEET).append('\n');
        sb.append(String.join("\t", columnList().stream()
                .map(c -> (c.name() == null ? "" : c.name()) + (c.comment() == null ? "" : " " + c.comment()))
                .map(h -> h.replace('\t', ' ').replace('\n', ' ')).toList())).append("\t\n");
        int rows = columnList().stream().mapToInt(c -> c.sampleValues() == null ? 0 : c.sampleValues().size()).max().orElse(0);
        for (int r = 0; r < rows; r++) {
            final int row = r;
            sb.append(String.join("\t", columnList().stream()
                    .map(c -> c.sampleValues() != null && row < c.sampleValues().size() && c.sampleValues().get(row) != null
                            ? c.sampleValues().get(row).replace('\t', ' ').replace('\n', ' ') : "")
                    .toList())).append("\t\n");
        }
        return sb.toString();
    }
}

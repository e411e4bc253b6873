package cn.energydata.classifier.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the recognizers found in one classification: findings and column profiles. */
public final class Detections {

    /** A column's category, decided from its header (HEADER) or from the findings in its values (VALUES). */
    public record ColumnProfile(String path, String sheet, String column, String header, String category,
                                String source, int values, int distinct) {
    }

    private final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();
    private final List<ColumnProfile> columns = new ArrayList<>();

    public Detections(LocalDate today) {
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    public void add(Finding f) {
        findings.add(f);
    }

    public void add(ColumnProfile c) {
        columns.add(c);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<ColumnProfile> columns() {
        return columns;
    }
}

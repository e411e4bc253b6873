package cn.energydata.classifier.engine.grading;

import cn.energydata.classifier.engine.Descriptor;
import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.EngineResult.ColumnSummary;
import cn.energydata.classifier.engine.recognizers.Masking;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.rules.RuleSet;
import cn.energydata.classifier.engine.text.Tabular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result's columns: the profiles of document columns with their category's level, and one entry per descriptor
 * column (named as the descriptor names it) with the most significant category found in its name, comment or
 * sample values — the discovery service decides from it which columns identify people.
 */
final class ColumnGrades {

    private final RuleSet rules;

    ColumnGrades(RuleSet rules) {
        this.rules = rules;
    }

    List<ColumnSummary> of(Detections d, Descriptor descriptor, Set<String> found) {
        List<ColumnSummary> out = new ArrayList<>();
        for (Detections.ColumnProfile p : d.columns()) {
            if (!Engine.DESCRIPTOR_PATH.equals(p.path())) {
                RulePack.CategoryDef cat = rules.categories().get(p.category());
                out.add(new ColumnSummary(p.path(), p.sheet(), p.column(), p.header(), p.category(), levelOf(cat),
                        cat.isPersonIdentifier(), p.source(), p.values(), p.distinct()));
            }
        }
        if (descriptor != null) {
            List<Descriptor.Column> columns = descriptor.columnList();
            for (int i = 0; i < columns.size(); i++) {
                out.add(descriptorColumn(columns.get(i), d.descriptorColumn(Tabular.columnName(i)), found));
            }
        }
        return out;
    }

    private ColumnSummary descriptorColumn(Descriptor.Column column, List<Detections.ColumnCategory> categories,
                                           Set<String> found) {
        Detections.ColumnCategory best = categories.stream()
                .filter(c -> found.contains(c.category()))
                .max(Comparator.comparing((Detections.ColumnCategory c) -> levelOf(rules.categories().get(c.category())))
                        .thenComparing(c -> rules.categories().get(c.category()).isPersonIdentifier())
                        .thenComparing(c -> c.source() == Detections.ProfileSource.HEADER)
                        .thenComparingInt(Detections.ColumnCategory::count))
                .orElse(null);
        List<String> samples = column.sampleValues() == null ? List.of()
                : column.sampleValues().stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).toList();
        String header = Masking.label(Objects.toString(column.name(), "")
                + (column.comment() == null ? "" : " " + column.comment())).replace('\t', ' ').replace('\n', ' ');
        if (best == null) {
            return new ColumnSummary(Engine.DESCRIPTOR_PATH, Descriptor.COLUMNS_SHEET, column.name(), header, null,
                    Level.GENERAL, false, null, samples.size(), new HashSet<>(samples).size());
        }
        RulePack.CategoryDef cat = rules.categories().get(best.category());
        return new ColumnSummary(Engine.DESCRIPTOR_PATH, Descriptor.COLUMNS_SHEET, column.name(), header, cat.id(),
                levelOf(cat), cat.isPersonIdentifier(), best.source(), samples.size(), new HashSet<>(samples).size());
    }

    private Level levelOf(RulePack.CategoryDef cat) {
        Level level = cat.impact() == null ? null : rules.grading().levelFor(cat.impact());
        return level == null ? Level.GENERAL : level;
    }
}

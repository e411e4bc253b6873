package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.text.Tabular;
import cn.energydata.classifier.engine.text.TextPart;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Tables are columns (issue 14): a large table's columns are typed from their first {@value #SAMPLE_ROWS} data rows.
 * A column where nearly every sampled cell matched some regex rules is typed: its later cells are tried with those
 * rules only (a column of resident IDs is not searched for addresses, plates or bank cards). A column that is not
 * typed — free text, mixed values, nothing found — is tried with every rule, as is all text outside large tables.
 */
final class ColumnRules {

    static final int SAMPLE_ROWS = 64;
    /** Smaller tables are read cell by cell with every rule: typing them would save little. */
    static final int MIN_ROWS = 4 * SAMPLE_ROWS;
    /** Share of the sampled non-empty cells that must have matched for a column to be typed. */
    static final double TYPED_SHARE = 0.9;

    /** Finds the matches of one rule set (a compiled pattern) in a region of the text. */
    interface Matches {
        /** Calls {@code at} with the start of each match in [from, to) that its rules' validators accept. */
        void find(TextPart part, int from, int to, int[][] windows, LocalDate today, IntConsumer at);
    }

    /**
     * Off only in the test that compares the typed path with reading every cell with every rule
     * ({@code TypedColumnsEquivalenceTest}).
     */
    static volatile boolean enabled = true;

    private final Tabular table;
    /** [table][column] → the rule sets allowed in its later cells; null = every rule set. */
    private final BitSet[][] typed;

    private ColumnRules(Tabular table, BitSet[][] typed) {
        this.table = table;
        this.typed = typed;
    }

    /** The column rules of a part, or null when it holds no table large enough to type. */
    static ColumnRules of(TextPart part, List<? extends Matches> ruleSets, int[][] windows, LocalDate today) {
        Tabular tabular = part.table();
        if (!enabled || tabular == null || tabular.tables().stream().noneMatch(t -> t.rows() >= MIN_ROWS)) {
            return null;
        }
        BitSet[][] typed = new BitSet[tabular.tables().size()][];
        for (int t = 0; t < typed.length; t++) {
            Tabular.Table table = tabular.tables().get(t);
            typed[t] = new BitSet[table.columns().size()];
            if (table.rows() >= MIN_ROWS) {
                typeColumns(part, tabular, t, ruleSets, windows, today, typed[t]);
            }
        }
        return new ColumnRules(tabular, typed);
    }

    private static void typeColumns(TextPart part, Tabular tabular, int t, List<? extends Matches> ruleSets,
                                    int[][] windows, LocalDate today, BitSet[] typed) {
        int[] zone = sampleZone(tabular, t, part.text().length());
        Tabular.Table table = tabular.tables().get(t);
        int columns = table.columns().size();
        BitSet[] matchedRules = new BitSet[columns];
        BitSet[] matchedRows = new BitSet[columns];
        for (int c = 0; c < columns; c++) {
            matchedRules[c] = new BitSet();
            matchedRows[c] = new BitSet();
        }
        for (int k = 0; k < ruleSets.size(); k++) {
            int ruleSet = k;
            ruleSets.get(k).find(part, zone[0], zone[1], windows, today, start -> {
                int line = tabular.lineAt(start);
                int column = tabular.columnAt(line, start);
                if (column < columns) {
                    matchedRules[column].set(ruleSet);
                    matchedRows[column].set(tabular.rowOfLine(line));
                }
            });
        }
        for (int c = 0; c < columns; c++) {
            long filled = table.columns().get(c).stream().limit(SAMPLE_ROWS).filter(v -> !v.isBlank()).count();
            if (filled >= SAMPLE_ROWS / 2 && matchedRows[c].cardinality() >= TYPED_SHARE * filled) {
                typed[c] = matchedRules[c];
            }
        }
    }

    /** [start, end) of the first {@value #SAMPLE_ROWS} data rows of table {@code t}. */
    private static int[] sampleZone(Tabular tabular, int t, int textLength) {
        int start = -1;
        int end = -1;
        for (int line = 0; line < tabular.lineCount(); line++) {
            if (tabular.tableOfLine(line) == t && tabular.rowOfLine(line) == 2) {
                start = tabular.lineStart(line);
            }
            if (tabular.tableOfLine(line) == t && tabular.rowOfLine(line) == SAMPLE_ROWS + 2) {
                end = tabular.lineStart(line);
                break;
            }
        }
        return new int[]{Math.max(0, start), end < 0 ? textLength : end};
    }

    /** Whether rule set {@code k} may match in [start, end): anywhere but in a later cell of a column typed otherwise. */
    boolean allows(int k, int start, int end) {
        int line = table.lineAt(start);
        if (line < 0) {
            return true;
        }
        int t = table.tableOfLine(line);
        if (t < 0 || table.rowOfLine(line) <= SAMPLE_ROWS + 1) {
            return true;
        }
        int column = table.columnAt(line, start);
        BitSet rules = column < typed[t].length ? typed[t][column] : null;
        return rules == null || rules.get(k) || !table.withinOneCell(line, start, end);
    }
}

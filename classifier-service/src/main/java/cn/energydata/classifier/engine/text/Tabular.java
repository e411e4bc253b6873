package cn.energydata.classifier.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table layout of tabular text: Tika writes spreadsheet rows as tab-separated lines under the sheet name;
 * CSV/TSV arrive as they are. A table starts at the first delimited line after a non-delimited one (its header).
 */
public final class Tabular {

    public record Cell(String sheet, int row, String column) {
    }

    /** One table: header cells and, per column, its values (header excluded). */
    public record Table(String sheet, List<String> header, List<List<String>> columns, int rows) {
    }

    private final int[] lineStarts;
    private final char delimiter;
    private final List<Table> tables = new ArrayList<>();
    private final int[] lineTable;
    private final int[] lineRow;
    private final String text;
    /** The offsets of every delimiter in table lines, ascending; line i's are [delimiterFrom[i], delimiterFrom[i + 1]). */
    private final int[] delimiters;
    private final int[] delimiterFrom;
    /** The line of the last {@link #lineAt} lookup (a table is read by one thread at a time). */
    private int lastLine = -1;
    private int lastColumnLine = -1;
    private int lastColumnOffset;
    private int lastColumn;
    /** The table cell of the last {@link #columnAt} lookup on a table line: its line, [from, to) and column. */
    private int cellLine = -1;
    private int cellFrom;
    private int cellTo;
    private int cellColumn;

    private Tabular(String text, char delimiter, List<int[]> lines) {
        this.text = text;
        this.delimiter = delimiter;
        lineStarts = new int[lines.size()];
        lineTable = new int[lines.size()];
        lineRow = new int[lines.size()];
        Arrays.fill(lineTable, -1);
        delimiterFrom = new int[lines.size() + 1];
        int[] delims = new int[1024];
        int delimCount = 0;
        String sheet = null;
        Table current = null;
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            lineStarts[i] = l[0];
            delimiterFrom[i] = delimCount;
            delimiterFrom[i + 1] = delimCount;
            String line = text.substring(l[0], l[1]);
            if (line.indexOf(delimiter) < 0) {
                current = null;
                if (!line.isBlank()) {
                    sheet = line.strip();
                }
                continue;
            }
            for (int d = line.indexOf(delimiter); d >= 0; d = line.indexOf(delimiter, d + 1)) {
                if (delimCount == delims.length) {
                    delims = Arrays.copyOf(delims, delims.length * 2);
                }
                delims[delimCount++] = l[0] + d;
            }
            delimiterFrom[i + 1] = delimCount;
            List<String> cells = split(line);
            if (current == null) {
                current = new Table(delimiter == '\t' ? sheet : null, cells, new ArrayList<>(), 0);
                tables.add(current);
                row = 1;
                for (int c = 0; c < cells.size(); c++) {
                    current.columns().add(new ArrayList<>());
                }
            } else {
                row++;
                for (int c = 0; c < cells.size() && c < current.columns().size(); c++) {
                    current.columns().get(c).add(cells.get(c));
                }
                tables.set(tables.size() - 1, current = new Table(current.sheet(), current.header(), current.columns(),
                        current.rows() + 1));
            }
            lineTable[i] = tables.size() - 1;
            lineRow[i] = row;
        }
        delimiters = Arrays.copyOf(delims, delimCount);
    }

    public static Tabular of(String text, String contentType) {
        if (text.length() < 8) {
            return null;
        }
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new int[]{start, end});
                start = i + 1;
            }
        }
        int nonEmpty = 0;
        int tabbed = 0;
        int commas = 0;
        for (int[] l : lines) {
            if (l[1] > l[0]) {
                nonEmpty++;
                boolean tab = false;
                boolean comma = false;
                for (int i = l[0]; i < l[1] && !(tab && comma); i++) {
                    char c = text.charAt(i);
                    tab |= c == '\t';
                    comma |= c == ',';
                }
                if (tab) {
                    tabbed++;
                }
                if (comma) {
                    commas++;
                }
            }
        }
        boolean csvType = contentType.contains("csv");
        boolean spreadsheet = contentType.contains("spreadsheet") || contentType.contains("excel")
                || contentType.contains("tab-separated");
        if (tabbed >= 2 && (spreadsheet || tabbed * 2 >= nonEmpty) || tabbed >= 1 && contentType.contains("tab-separated")) {
            return new Tabular(text, '\t', lines);
        }
        if (commas >= 2 && (csvType || commas * 10 >= nonEmpty * 9)) {
            return new Tabular(text, ',', lines);
        }
        return null;
    }

    private List<String> split(String line) {
        if (line.indexOf('"') < 0) {
            return splitUnquoted(line);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        // Tika starts spreadsheet rows with a tab: drop that empty first cell.
        if (delimiter == '\t' && line.startsWith("\t")) {
            cells.remove(0);
        }
        return cells;
    }

    /** {@link #split} of a line without quotes: the text between delimiters, stripped. */
    private List<String> splitUnquoted(String line) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int d = line.indexOf(delimiter); d >= 0; d = line.indexOf(delimiter, from)) {
            cells.add(line.substring(from, d).strip());
            from = d + 1;
        }
        cells.add(line.substring(from).strip());
        if (delimiter == '\t' && line.startsWith("\t")) {
            cells.remove(0);
        }
        return cells;
    }

    public List<Table> tables() {
        return tables;
    }

    /** The cell delimiter: tab or comma. */
    public char delimiter() {
        return delimiter;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** The index in {@link #tables()} of the table a line belongs to, or -1 outside tables. */
    public int tableOfLine(int line) {
        return lineTable[line];
    }

    /** The row of a line in its table (1 = header), or 0 outside tables. */
    public int rowOfLine(int line) {
        return lineRow[line];
    }

    public Cell cellAt(int offset) {
        int line = lineAt(offset);
        if (line < 0 || lineTable[line] < 0) {
            return null;
        }
        return new Cell(tables.get(lineTable[line]).sheet(), lineRow[line], columnName(columnAt(line, offset)));
    }

    /** The header text of the column holding {@code offset}, or null outside a table (or in its header). */
    public String headerAt(int offset) {
        int line = lineAt(offset);
        if (line < 0 || lineTable[line] < 0 || lineRow[line] <= 1) {
            return null;
        }
        List<String> header = tables.get(lineTable[line]).header();
        int col = columnAt(line, offset);
        return col < header.size() ? header.get(col) : null;
    }

    /** The line holding {@code offset} (0-based), or -1 before the first. */
    public int lineAt(int offset) {
        // Lookups come in runs on the same line (a match: its column, header and cell): try the last line first.
        // Scans go forward through the text, so the next lookup is usually on that line or the next one.
        int last = lastLine;
        if (last >= 0 && offset >= lineStarts[last]) {
            if (last + 1 == lineStarts.length || offset < lineStarts[last + 1]) {
                return last;
            }
            if (last + 2 == lineStarts.length || offset < lineStarts[last + 2]) {
                lastLine = last + 1;
                return last + 1;
            }
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        lastLine = line;
        return line;
    }

    /** The column index of {@code offset} in {@code line}: delimiters before it (a leading tab does not count). */
    public int columnAt(int line, int offset) {
        int col = 0;
        int from = lineStarts[line];
        if (delimiter == '\t' && from < text.length() && text.charAt(from) == '\t') {
            from++;
        }
        if (lineTable[line] >= 0) {
            if (line == cellLine && offset >= cellFrom && offset < cellTo) {
                return cellColumn;
            }
            // a leading tab (Tika's spreadsheet rows) is the line's first delimiter and does not count
            int first = delimiterFrom[line] + (from > lineStarts[line] ? 1 : 0);
            int d = firstDelimiterAtOrAfter(line, offset);
            cellLine = line;
            cellColumn = d - first;
            // every offset after the delimiter before it, up to and including the next one, has this column
            cellFrom = d > delimiterFrom[line] ? delimiters[d - 1] + 1 : lineStarts[line];
            cellTo = d < delimiterFrom[line + 1] ? delimiters[d] + 1 : Integer.MAX_VALUE;
            return cellColumn;
        }
        // Lookups come in runs on the same line: count on from the last one when it lies before this offset.
        if (line == lastColumnLine && lastColumnOffset <= offset) {
            col = lastColumn;
            from = Math.max(from, lastColumnOffset);
        }
        for (int p = from; p < offset && p < text.length(); p++) {
            if (text.charAt(p) == delimiter) {
                col++;
            }
        }
        lastColumnLine = line;
        lastColumnOffset = offset;
        lastColumn = col;
        return col;
    }

    /** Whether [start, end), which begins in {@code line}, holds neither a delimiter nor a line end: one cell. */
    public boolean withinOneCell(int line, int start, int end) {
        if (lineTable[line] >= 0) {
            int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
            int d = firstDelimiterAtOrAfter(line, start);
            return end <= lineEnd && (d == delimiterFrom[line + 1] || delimiters[d] >= end);
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** The index in {@link #delimiters} of the first delimiter of a table line at or after {@code offset}. */
    private int firstDelimiterAtOrAfter(int line, int offset) {
        int lo = delimiterFrom[line];
        int hi = delimiterFrom[line + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (delimiters[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Spreadsheet column names A, B, … for the first columns, computed once (cellAt runs once per finding). */
    private static final String[] COLUMN_NAMES = new String[256];

    static {
        for (int i = 0; i < COLUMN_NAMES.length; i++) {
            COLUMN_NAMES[i] = name(i);
        }
    }

    public static String columnName(int index) {
        return index >= 0 && index < COLUMN_NAMES.length ? COLUMN_NAMES[index] : name(index);
    }

    private static String name(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}

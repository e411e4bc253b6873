package cn.energydata.classifier.engine.text;

import cn.energydata.classifier.engine.Location;
/**
 * One stream of extracted text: the document itself, an embedded document ({@code path} like
 * {@code a.zip!/b.xlsx}), its metadata, or a descriptor. {@code head} is the start of the raw bytes, for
 * format signatures that extraction drops (XML element names, for instance). The text is kept full-width →
 * half-width normalised, offsets unchanged.
 */
public final class TextPart {

    private final String path;
    private final String contentType;
    private final String text;
    private final String head;
    private final int[] pageStarts;
    // computed on first use; a part is read by one classification at a time
    private String lower;
    private Tabular table;
    private boolean tableKnown;
    private int[] lineStarts;

    public TextPart(String path, String contentType, String rawText, String head) {
        this(path, contentType, rawText, head, new int[0]);
    }

    /** {@code pageStarts}: text offsets where pages begin, ascending (empty when unpaged). */
    public TextPart(String path, String contentType, String rawText, String head, int[] pageStarts) {
        this.pageStarts = pageStarts == null ? new int[0] : pageStarts;
        this.path = path;
        this.contentType = contentType == null ? "" : contentType;
        this.text = Normaliser.halfWidth(rawText);
        this.head = head == null ? "" : Normaliser.halfWidth(head);
    }

    public String path() {
        return path;
    }

    public String contentType() {
        return contentType;
    }

    /** Full-width → half-width normalised text; offsets equal those of the extracted text. */
    public String text() {
        return text;
    }

    /** {@link #text()} with ASCII lower-cased, same offsets. */
    public String lower() {
        if (lower == null) {
            lower = Normaliser.asciiLower(text);
        }
        return lower;
    }

    /** Text offsets where pages begin, ascending (empty when unpaged). */
    public int[] pageStarts() {
        return pageStarts.clone();
    }

    public String head() {
        return head;
    }

    /** The table layout when the text is tabular (CSV/TSV/spreadsheet), else null. */
    public Tabular table() {
        if (!tableKnown) {
            table = Tabular.of(text, contentType);
            tableKnown = true;
        }
        return table;
    }

    public Location locate(int start, int end) {
        Integer line = lineAt(start);
        if (table() != null) {
            Tabular.Cell cell = table.cellAt(start);
            if (cell != null) {
                return new Location(path, null, cell.sheet(), cell.row(), cell.column(), start, end, line);
            }
        }
        if (pageStarts.length > 0) {
            int i = java.util.Arrays.binarySearch(pageStarts, start);
            int page = i >= 0 ? i + 1 : -i - 1;
            return new Location(path, Math.max(1, page), null, null, null, start, end, line);
        }
        return new Location(path, null, null, null, null, start, end, line);
    }

    /** The 1-based line of an offset, or null when the text is one line (then the offsets say it all). */
    public Integer lineAt(int offset) {
        if (lineStarts == null) {
            lineStarts = lineStarts(text);
        }
        if (lineStarts.length < 2) {
            return null;
        }
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offsets where lines begin (after each '\n'; a '\r' before it belongs to the line it ends). */
    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int n = 0;
        int next = 0;
        while (next >= 0) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = next;
            int lineBreak = text.indexOf('\n', next);
            next = lineBreak < 0 ? -1 : lineBreak + 1;
        }
        if (n > 1 && starts[n - 1] == text.length()) {
            n--; // a final line break does not start a line
        }
        return java.util.Arrays.copyOf(starts, n);
    }
}

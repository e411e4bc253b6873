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
        if (table() != null) {
            Tabular.Cell cell = table.cellAt(start);
            if (cell != null) {
                return new Location(path, null, cell.sheet(), cell.row(), cell.column(), start, end);
            }
        }
        if (pageStarts.length > 0) {
            int i = java.util.Arrays.binarySearch(pageStarts, start);
            int page = i >= 0 ? i + 1 : -i - 1;
            return new Location(path, Math.max(1, page), null, null, null, start, end);
        }
        return Location.offsets(path, start, end);
    }
}

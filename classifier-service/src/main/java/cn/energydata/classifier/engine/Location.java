package cn.energydata.classifier.engine;

/**
 * Where a finding is: embedded path, and page/sheet/row/column, the 1-based line in its part (when the text has
 * lines) and character offsets when known.
 */
public record Location(String path, Integer page, String sheet, Integer row, String column, Integer start,
                       Integer end, Integer line) {

    public Location(String path, Integer page, String sheet, Integer row, String column, Integer start, Integer end) {
        this(path, page, sheet, row, column, start, end, null);
    }

    public static Location offsets(String path, int start, int end) {
        return new Location(path, null, null, null, null, start, end);
    }
}

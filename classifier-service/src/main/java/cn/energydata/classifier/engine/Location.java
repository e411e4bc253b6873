package cn.energydata.classifier.engine;

/** Where a finding is: embedded path, and page/sheet/row/column or character offsets when known. */
public record Location(String path, Integer page, String sheet, Integer row, String column, Integer start,
                       Integer end) {

    public static Location offsets(String path, int start, int end) {
        return new Location(path, null, null, null, null, start, end);
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.AssetType;
import cn.energydata.catalog.domain.EnergyActivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a bulk registration spreadsheet: the filing template's (数据名称, 所在系统, 存储位置 …, as the catalogue
 * export writes them) plus 数据描述, 资产类型 and 能源活动, which registration needs and the catalogue does not show. A
 * column may also be headed by the registration API's field name ({@code name}, {@code volume.records} …). Columns
 * only the export has (序号, 资产编号, 数据级别, 备案类型 …) are ignored, so an exported catalogue can be filled in and
 * imported again.
 */
final class ImportColumns {

    /** One problem with one row: its row number in the file (1 = first line), the API field, what is wrong. */
    record RowError(long row, String field, String message) {
    }

    private static final Map<String, String> FIELDS = new HashMap<>();

    static {
        String[][] columns = {
                {"数据名称", "name"}, {"数据描述", "description"}, {"资产类型", "type"}, {"责任部门", "ownerDepartment"},
                {"联系方式", "ownerContact"}, {"能源活动", "energyActivity"}, {"所在系统", "system"},
                {"存储位置", "storageLocation"}, {"存储地域", "storageRegions"}, {"数据载体", "format"},
                {"数据量（条）", "volume.records"}, {"数据量（字节）", "volume.bytes"},
                {"涉及自然人数", "volume.distinctPersons"}, {"覆盖范围", "provinces"}, {"处理目的", "purpose"},
                {"是否对外共享", "shared"}, {"共享情况", "sharingDetails"}, {"是否出境", "crossBorder"},
                {"安全保护措施", "securityMeasures"}};
        for (String[] column : columns) {
            FIELDS.put(column[0], column[1]);
            FIELDS.put(column[1], column[1]);
        }
    }

    private ImportColumns() {
    }

    /** The API field a header cell names, or null for a column that is not imported. */
    static String field(String header) {
        return header == null ? null : FIELDS.get(header.strip().replace("(", "（").replace(")", "）"));
    }

    /** Whether a row is the table's header row (it names the asset). */
    static boolean isHeader(List<String> cells) {
        return cells.stream().anyMatch(c -> "name".equals(field(c)));
    }

    /** The fields of a header row by column index (null: ignored column). */
    static List<String> fields(List<String> header) {
        return header.stream().map(ImportColumns::field).toList();
    }

    /** Builds the registration request of one row; problems go to {@code errors}. */
    static AssetRequest request(long row, List<String> fields, List<String> cells, List<RowError> errors) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < fields.size() && i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (fields.get(i) != null && !cell.isEmpty()) {
                v.put(fields.get(i), cell);
            }
        }
        Long records = number(row, "volume.records", v, errors);
        Long bytes = number(row, "volume.bytes", v, errors);
        Long persons = number(row, "volume.distinctPersons", v, errors);
        AssetRequest.Volume volume = records == null && bytes == null && persons == null ? null
                : new AssetRequest.Volume(bytes, records, persons);
        return new AssetRequest(v.get("name"), v.get("description"),
                enumValue(row, "type", AssetType.class, v, errors), v.get("ownerDepartment"), v.get("ownerContact"),
                enumValue(row, "energyActivity", EnergyActivity.class, v, errors), v.get("system"),
                v.get("storageLocation"), list(v.get("storageRegions")), v.get("format"), volume,
                list(v.get("provinces")), v.get("purpose"), yesNo(row, "shared", v, errors), v.get("sharingDetails"),
                yesNo(row, "crossBorder", v, errors), v.get("securityMeasures"), null, null);
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(value.split("[;；]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }

    private static Long number(long row, String field, Map<String, String> v, List<RowError> errors) {
        String value = v.get(field);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(",", "").replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, field, "must be a whole number"));
            return null;
        }
    }

    private static boolean yesNo(long row, String field, Map<String, String> v, List<RowError> errors) {
        String value = v.get(field);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "是", "yes", "true", "y", "1" -> {
                return true;
            }
            case "否", "no", "false", "n", "0" -> {
                return false;
            }
            default -> {
                errors.add(new RowError(row, field, "must be 是 or 否 (yes / no)"));
                return false;
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(long row, String field, Class<E> type, Map<String, String> v,
                                                   List<RowError> errors) {
        String value = v.get(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}

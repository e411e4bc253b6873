package cn.energydata.catalog.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.service.ExportService.Catalogue;
import cn.energydata.catalog.service.ExportService.Entry;
import cn.energydata.catalog.service.FilingService.Filing;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The catalogue as a filing template (重要数据目录备案表): a header block with the filing organisation, then one row per
 * entry, with Chinese column headers, level names 一般 / 重要 / 核心 and Chinese labels for yes/no, review status and
 * kind of filing. The same layout as CSV (UTF-8 with a byte-order mark, so spreadsheet software reads the Chinese) and
 * as XLSX. Both are built from the recorded {@link Catalogue} only, so a past export downloads again unchanged.
 */
public final class CatalogueFormats {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TITLE = "重要数据目录备案表";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CatalogueFormats() {
    }

    private record Column(String header, Function<Entry, Object> value) {
    }

    /** The template's columns, in order. */
    private static final List<Column> COLUMNS = List.of(
            new Column("资产编号", Entry::assetId),
            new Column("数据名称", Entry::name),
            new Column("数据类别", e -> String.join(";", e.categories())),
            new Column("数据级别", Entry::levelName),
            new Column("审核状态", e -> reviewStatus(e.reviewStatus())),
            new Column("数据来源", Entry::source),
            new Column("所在系统", Entry::system),
            new Column("数据载体", Entry::carrier),
            new Column("数据量（条）", Entry::records),
            new Column("数据量（字节）", Entry::bytes),
            new Column("涉及自然人数", Entry::distinctPersons),
            new Column("存储位置", Entry::storage),
            new Column("存储地域", e -> String.join(";", e.storageRegions())),
            new Column("覆盖范围", e -> String.join(";", e.scope())),
            new Column("处理目的", Entry::purpose),
            new Column("责任部门", Entry::responsibleUnit),
            new Column("联系方式", Entry::contact),
            new Column("是否对外共享", e -> yesNo(e.shared())),
            new Column("共享情况", Entry::sharingDetails),
            new Column("是否出境", e -> yesNo(e.crossBorder())),
            new Column("安全保护措施", Entry::securityMeasures),
            new Column("备案类型", e -> filing(e.filing())),
            new Column("变更说明", Entry::filingReason),
            new Column("缺失字段", e -> String.join(";", e.missingFields())),
            new Column("变更备案期限", Entry::refilingDueBy));

    /** The header block: label and value per line. */
    private static List<String[]> header(Catalogue c) {
        ExportService.Header h = c.header();
        return List.of(
                new String[] {"填报单位", h.legalName()},
                new String[] {"统一社会信用代码", h.uscc()},
                new String[] {"备案机关", h.filingAuthority()},
                new String[] {"所在省份", h.province()},
                new String[] {"数据安全负责人", h.dataSecurityOfficer()},
                new String[] {"数据安全管理机构", h.dataSecurityBody()},
                new String[] {"导出编号", c.exportId().toString()},
                new String[] {"导出时间", TIME.format(c.exportedAt().atOffset(ZoneOffset.ofHours(8)))},
                new String[] {"条目统计", "备案 " + c.filed() + "；其中变更 " + c.refilingRequired() + "；注销 "
                        + c.defiling() + "；信息不全未备案 " + c.incomplete()});
    }

    /** Rows written to the XLSX stream at a time: fastexcel keeps unflushed rows in memory. */
    private static final int XLSX_FLUSH_ROWS = 500;

    /**
     * The catalogue as JSON, in the members' order of {@link Catalogue}, with the entries streamed one by one.
     * {@code meta} gives everything but the entries.
     */
    public static void json(Catalogue meta, Iterator<Entry> entries, OutputStream out, ObjectMapper mapper)
            throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeObjectField("exportId", meta.exportId());
            json.writeObjectField("organisation", meta.organisation());
            json.writeObjectField("exportedAt", meta.exportedAt());
            json.writeObjectField("exportedBy", meta.exportedBy());
            json.writeNumberField("refilingRequired", meta.refilingRequired());
            json.writeArrayFieldStart("entries");
            while (entries.hasNext()) {
                json.writeObject(entries.next());
            }
            json.writeEndArray();
            json.writeObjectField("format", meta.format());
            json.writeObjectField("header", meta.header());
            json.writeNumberField("filed", meta.filed());
            json.writeNumberField("incomplete", meta.incomplete());
            json.writeNumberField("defiling", meta.defiling());
            json.writeEndObject();
        }
    }

    /** RFC 4180 CSV, UTF-8 with a byte-order mark, written row by row. */
    public static void csv(Catalogue meta, Iterator<Entry> entries, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        csv.write("\uFEFF" + TITLE + "\r\n");
        for (String[] line : header(meta)) {
            csv.write(cell(line[0]) + ',' + cell(line[1]) + "\r\n");
        }
        csv.write("\r\n");
        StringBuilder row = new StringBuilder("序号");
        COLUMNS.forEach(c -> row.append(',').append(c.header()));
        csv.write(row.append("\r\n").toString());
        int n = 0;
        while (entries.hasNext()) {
            Entry e = entries.next();
            row.setLength(0);
            row.append(++n);
            COLUMNS.forEach(c -> row.append(',').append(cell(c.value().apply(e))));
            csv.write(row.append("\r\n").toString());
        }
        csv.flush();
    }

    /**
     * One worksheet in the same layout as the CSV; the table's header row is frozen and filterable. Rows are flushed
     * to the stream as they are written.
     */
    public static void xlsx(Catalogue meta, Iterator<Entry> entries, OutputStream out) throws IOException {
        try (Workbook workbook = new Workbook(out, "energy-data-classification", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("重要数据目录");
            sheet.value(0, 0, TITLE);
            sheet.style(0, 0).bold().fontSize(14).set();
            int row = 1;
            for (String[] line : header(meta)) {
                sheet.value(row, 0, line[0]);
                sheet.style(row, 0).bold().set();
                if (line[1] != null) {
                    sheet.value(row, 1, line[1]);
                }
                row++;
            }
            int table = row + 1;
            sheet.value(table, 0, "序号");
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.value(table, i + 1, COLUMNS.get(i).header());
            }
            sheet.range(table, 0, table, COLUMNS.size()).style().bold().fillColor("DDEBF7").set();
            // Column widths and the frozen pane head the sheet's XML: they are set before the first flush.
            sheet.width(0, 6);
            for (int i = 1; i <= COLUMNS.size(); i++) {
                sheet.width(i, 18);
            }
            sheet.freezePane(0, table + 1);
            int n = 0;
            while (entries.hasNext()) {
                Entry e = entries.next();
                int r = table + 1 + n;
                sheet.value(r, 0, ++n);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object value = COLUMNS.get(i).value().apply(e);
                    if (value instanceof Number number) {
                        sheet.value(r, i + 1, number);
                    } else if (value != null) {
                        sheet.value(r, i + 1, value.toString());
                    }
                }
                if (n % XLSX_FLUSH_ROWS == 0) {
                    sheet.flush();
                }
            }
            sheet.setAutoFilter(table, 0, COLUMNS.size());
        }
    }

    static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    static String reviewStatus(AssetStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case CONFIRMED -> "已审核确认";
            case OVERRIDDEN -> "已审核改判";
            case RETIRED -> "已退役";
            default -> "未审核";
        };
    }

    static String filing(Filing filing) {
        return switch (filing) {
            case NEW -> "新增备案";
            case UNCHANGED -> "无变化";
            case REFILING_REQUIRED -> "变更备案";
            case DEFILING -> "注销备案";
            case INCOMPLETE -> "信息不全，未备案";
        };
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // Leading = + - @ would be evaluated as formulas by spreadsheet software.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

package cn.energydata.catalog.service;

import cn.energydata.catalog.service.ImportColumns.RowError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a bulk registration file row by row (never whole): CSV or XLSX in the filing template's layout (anything
 * above the header row, such as the template's title and header block, is skipped), or JSON lines with one
 * registration request per line.
 */
final class ImportReader {

    enum Format { CSV, XLSX, JSON_LINES }

    /** One data row: its number in the file (1 = first line or spreadsheet row), the request, what could not be read. */
    record ImportRow(long row, AssetRequest request, List<RowError> errors) {
    }

    private ImportReader() {
    }

    /** Calls {@code each} for every non-empty data row; a file without a header row is one error of row 0. */
    static void read(Path file, Format format, ObjectMapper json, Consumer<ImportRow> each) throws IOException {
        switch (format) {
            case CSV -> csv(file, each);
            case XLSX -> xlsx(file, each);
            case JSON_LINES -> jsonLines(file, json, each);
        }
    }

    private static void csv(Path file, Consumer<ImportRow> each) throws IOException {
        // Empty lines are kept as records so that record numbers stay line numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            table(parser.stream().map(ImportReader::cells).iterator(), each);
        }
    }

    private static Cells cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.toList());
        if (record.getRecordNumber() == 1 && !cells.isEmpty()) {
            cells.set(0, cells.get(0).replace("\uFEFF", ""));
        }
        return new Cells(record.getRecordNumber(), cells);
    }

    private static void xlsx(Path file, Consumer<ImportRow> each) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in);
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            table(rows.map(r -> new Cells(r.getRowNum(), r.stream()
                    .map(c -> c == null ? "" : text(c)).collect(Collectors.toList()))).iterator(), each);
        }
    }

    private static String text(Cell cell) {
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private record Cells(long row, List<String> values) {
        boolean blank() {
            return values.stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    private static void table(Iterator<Cells> rows, Consumer<ImportRow> each) {
        List<String> fields = null;
        while (rows.hasNext()) {
            Cells cells = rows.next();
            if (cells.blank()) {
                continue;
            }
            if (fields == null) {
                if (ImportColumns.isHeader(cells.values())) {
                    fields = ImportColumns.fields(cells.values());
                }
                continue;
            }
            List<RowError> errors = new ArrayList<>();
            AssetRequest request = ImportColumns.request(cells.row(), fields, cells.values(), errors);
            each.accept(new ImportRow(cells.row(), request, errors));
        }
        if (fields == null) {
            each.accept(new ImportRow(0, null, List.of(new RowError(0, null,
                    "no header row: name the columns as the filing template does (数据名称 …) or by field name"))));
        }
    }

    private static void jsonLines(Path file, ObjectMapper json, Consumer<ImportRow> each) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long row = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    each.accept(new ImportRow(row, json.readValue(line, AssetRequest.class), List.of()));
                } catch (JsonMappingException e) {
                    String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                            : "[" + r.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
                    each.accept(new ImportRow(row, null, List.of(new RowError(row, field.isEmpty() ? null : field,
                            "invalid value"))));
                } catch (JsonProcessingException e) {
                    each.accept(new ImportRow(row, null, List.of(new RowError(row, null, "not a JSON object"))));
                }
            }
        }
    }
}

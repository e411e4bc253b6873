package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.repository.AuditRepository;
import cn.energydata.common.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organisation's audit records as a list (issue 15 item 7): newest first, keyset-paged, filtered; or every
 * matching record as CSV, read page by page in short transactions so any length streams in bounded memory. The
 * records show what was stored: field names and masked or hashed values, never raw content.
 */
@ApplicationScoped
public class AuditRecordList {

    static final String[] CSV_HEADER = {"id", "at", "actor", "onBehalfOf", "action", "assetId", "assetName", "summary"};

    @Inject
    AuditRepository audits;

    @Inject
    ObjectMapper json;

    @Inject
    CatalogConfig config;

    public record Entry(long id, Instant at, String actor, String onBehalfOf, String action, UUID assetId,
                        String assetName, String summary) {
    }

    /** {@code next} is the {@code after} of the following page, null on the last. */
    public record Page(List<Entry> items, String next) {
    }

    /**
     * The filter of a list: {@code from} and {@code to} are ISO instants or dates; a date means its whole day in the
     * filing authority's zone ({@code catalog.export.zone}), so {@code to=2026-11-29} includes that day.
     */
    public AuditRepository.Filter filter(String organisation, String action, String actor, UUID assetId, String from,
                                         String to) {
        return new AuditRepository.Filter(organisation, action, actor, assetId, bound("from", from, false),
                bound("to", to, true));
    }

    public Page page(AuditRepository.Filter filter, String after, int size) {
        Long before = after == null ? null : seq(after);
        List<AuditRepository.Row> rows = QuarkusTransaction.requiringNew().call(() -> audits.page(filter, before, size));
        String next = rows.size() == size ? PageCursor.encode(rows.get(rows.size() - 1).seq()) : null;
        return new Page(rows.stream().map(this::entry).toList(), next);
    }

    /** Every matching record as CSV (UTF-8 with a byte-order mark, a header row), newest first. */
    public void csv(AuditRepository.Filter filter, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).build());
        Iterator<Entry> entries = all(filter);
        while (entries.hasNext()) {
            Entry e = entries.next();
            csv.printRecord(e.id(), e.at(), cell(e.actor()), cell(e.onBehalfOf()), cell(e.action()), e.assetId(),
                    cell(e.assetName()), cell(e.summary()));
        }
        csv.flush();
    }

    private Iterator<Entry> all(AuditRepository.Filter filter) {
        int chunk = config.jobs().chunkSize();
        return new Iterator<>() {
            private List<AuditRepository.Row> page = List.of();
            private int index;
            private Long before;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                Long from = before;
                page = QuarkusTransaction.requiringNew().call(() -> audits.page(filter, from, chunk));
                index = 0;
                last = page.size() < chunk;
                if (!page.isEmpty()) {
                    before = page.get(page.size() - 1).seq();
                }
                return !page.isEmpty();
            }

            @Override
            public Entry next() {
                return entry(page.get(index++));
            }
        };
    }

    private Entry entry(AuditRepository.Row row) {
        JsonNode detail = detail(row.detail());
        JsonNode onBehalfOf = detail.path(AuditDetail.ON_BEHALF_OF);
        return new Entry(row.id(), row.at(), row.actor(), onBehalfOf.isTextual() ? onBehalfOf.asText() : null,
                row.action(), row.assetId(), row.assetName(), summary(detail));
    }

    /** The stored detail as one line: {@code name=value; name=value} (lists comma-separated, empty values left out). */
    static String summary(JsonNode detail) {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = detail.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String value = text(field.getValue());
            if (!field.getKey().equals(AuditDetail.ON_BEHALF_OF) && !value.isEmpty()) {
                parts.add(field.getKey() + "=" + value);
            }
        }
        return String.join("; ", parts);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return String.join(",", items);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private JsonNode detail(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    /** Leading = + - @ would be evaluated as formulas by spreadsheet software. */
    private static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private Instant bound(String name, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (upper ? day.plusDays(1) : day).atStartOfDay(config.export().zone()).toInstant();
            }
            Instant instant = Instant.parse(value);
            return upper ? instant.plus(1, ChronoUnit.MICROS) : instant;
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "validation", "Invalid request", name
                    + ": an ISO date (2026-11-29) or instant (2026-11-29T08:00:00Z)",
                    List.of(new cn.energydata.common.problem.Problem.FieldError(name, "not an ISO date or instant")));
        }
    }

    private static long seq(String after) {
        try {
            return Long.parseLong(PageCursor.decode(after, 1).get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("after: not a cursor given out by this service (pass back a page's next).");
        }
    }
}

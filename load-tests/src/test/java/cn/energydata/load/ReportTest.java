package cn.energydata.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {

    @Test
    void rendersOneRowPerEndpointWithErrorsByStatus() {
        Report report = new Report()
                .condition("date", "2026-11-29")
                .endpoint(new EndpointStats.Summary("POST /api/decisions", 12_000, 100.0, 4.25, 31.5, 120.4, 1_234.5,
                        9.0, 0, Map.of(), 0, 0, 0, 12_000, List.of(), false))
                .endpoint(new EndpointStats.Summary("POST /api/assets/{id}/content", 300, 2.5, 80.0, 950.0, 2_000.0,
                        3_000.0, 200.0, 3, Map.of("500", 2L, "timeout", 1L), 4, 1, 6_000_000, 303, List.of(
                        new EndpointStats.ErrorSample("500", "POST /api/assets/1/content {\n \"title\": \"Internal\"\n}")), false))
                .endpoint(new EndpointStats.Summary("large documents", 10, 0.1, 900, 2_000, 2_000, 2_000, 1_000, 1,
                        Map.of("500", 1L), 0, 0, 5_000_000, 11, List.of(new EndpointStats.ErrorSample("500", "x")), true))
                .memory(new Report.Memory("catalog-service", 250, 400, "RSS with children"))
                .tally("decision effects (whole run)", Map.of("DENY", 10L));
        String md = report.markdown();

        assertTrue(md.contains("- date: 2026-11-29\n"), md);
        assertTrue(md.contains("| POST /api/decisions | 12000 | 100 | 4.25 | 31.5 | 120 | 1235 | 0 |\n"), md);
        assertTrue(md.contains("| POST /api/assets/{id}/content | 300 | 2.50 | 80.0 | 950 | 2000 | 3000 | 3 (500: 2, timeout: 1) |\n"), md);
        assertTrue(md.contains("4 tolerated answers (202 grading pending), 1 of them in the measured window"), md);
        assertTrue(md.contains("6.00 MB uploaded in the measured window, 0.05 MB/s"), md);
        assertTrue(md.contains("| ↳ large documents | 10 | 0.10 | 900 | 2000 | 2000 | 2000 | 1 (500: 1) |\n"), md);
        assertTrue(md.contains("| catalog-service (RSS with children) | 250 | 400 |\n"), md);
        assertTrue(md.contains("- decision effects (whole run): {DENY=10}\n"), md);
        assertTrue(md.contains("Errors: 3\n"), md);
        assertTrue(md.contains("→ 500: POST /api/assets/1/content { \"title\": \"Internal\" }"), md);
        assertEquals(3, report.totalErrors());
    }

    @Test
    void noErrorsSaysNone() {
        String md = new Report().endpoint(new EndpointStats.Summary("GET /x", 1, 1, 1, 1, 1, 1, 1, 0, Map.of(), 0, 0, 1,
                0, List.of(), false)).markdown();
        assertTrue(md.contains("Errors: none\n"), md);
    }

    @Test
    void anEndpointWithNoCallInTheWindowIsANoteNotARow() {
        String md = new Report().endpoint(new EndpointStats.Summary("POST /token", 0, 0, 0, 0, 0, 0, 0, 0, Map.of(),
                0, 0, 0, 4, List.of(), false)).markdown();
        assertTrue(!md.contains("| POST /token |"), md);
        assertTrue(md.contains("- POST /token: 4 calls, none in the measured window\n"), md);
    }

    @Test
    void numbersKeepThreeSignificantDigitsOrSo() {
        assertEquals("0.42", Report.fmt(0.4249));
        assertEquals("12.3", Report.fmt(12.34));
        assertEquals("1235", Report.fmt(1234.5));
    }
}

package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogModels.KeyCount;
import cn.energydata.console.backend.CatalogModels.MonthCount;
import cn.energydata.console.backend.CatalogModels.Statistics;
import cn.energydata.console.backend.Glossary;
import cn.energydata.console.ui.ConsoleMessages;
import cn.energydata.console.ui.LabelMessages;
import cn.energydata.console.ui.Vocabulary;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's charts (issue 15 item 6) as data for {@code /js/charts.js}: one JSON document per chart, written
 * into a {@code data-chart} attribute (no inline script, so the Content-Security-Policy stays strict). Each slice or
 * bar links to the asset list filtered to it. Built from the catalog's statistics: per level, status and category,
 * and (a catalog since issue 15 item 6; absent from an older one, then the chart is left out) the last 12 months'
 * registrations, departments and provinces. A month links nowhere: the asset list cannot filter by registration date.
 */
final class DashboardCharts {

    /** Bars shown of the categories: the most frequent ones. */
    static final int TOP_CATEGORIES = 10;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LEVEL_COLOURS = Map.of("CORE", "#8b0000", "IMPORTANT", "#8a4b00",
            "GENERAL", "#1f5f3a", "UNGRADED", "#4a5560");

    /** One chart: its element id, its accessible title and its data (JSON). */
    @TemplateData
    record Chart(String id, String title, String data) {
    }

    /** One slice or bar; {@code href} is empty when the asset list cannot filter to it. */
    record Item(String key, String label, long value, String href, String colour) {
    }

    /** One series of a chart with several (values in the order of the items); {@code stack} groups stacked bars. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Series(String name, String colour, List<Long> values, String stack) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Spec(String type, List<Item> items, List<Series> series) {
    }

    private DashboardCharts() {
    }

    static List<Chart> of(Statistics stats, Glossary glossary, boolean zh, ConsoleMessages msg, LabelMessages lbl) {
        List<Chart> charts = new ArrayList<>();
        List<Item> levels = new ArrayList<>();
        for (String level : Vocabulary.LEVELS_DESCENDING) {
            levels.add(new Item(level, msg.level(level), stats.level(level), "/assets?level=" + level,
                    LEVEL_COLOURS.get(level)));
        }
        levels.add(new Item("UNGRADED", msg.level_none(), stats.level("UNGRADED"), "/assets?level=UNGRADED",
                LEVEL_COLOURS.get("UNGRADED")));
        charts.add(chart("chart-levels", msg.stats_by_level(), "pie", levels));

        List<Item> statuses = Vocabulary.STATUSES.stream()
                .map(s -> new Item(s, msg.status(s), stats.status(s), "/assets?status=" + s, "")).toList();
        charts.add(chart("chart-statuses", msg.stats_by_status(), "bar", statuses));

        Map<String, Long> byCategory = stats.byCategory() == null ? Map.of() : stats.byCategory();
        if (!byCategory.isEmpty()) {
            List<Item> categories = byCategory.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_CATEGORIES)
                    .map(e -> new Item(e.getKey(), glossary.name(e.getKey(), zh), e.getValue(),
                            "/assets?category=" + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8), ""))
                    .toList();
            charts.add(chart("chart-categories", msg.chart_text("by_category"), "hbar", categories));
        }
        if (stats.byMonth() != null && !stats.byMonth().isEmpty()) {
            charts.add(trend(stats.byMonth(), lbl));
        }
        if (stats.byDepartment() != null && !stats.byDepartment().isEmpty()) {
            charts.add(breakdown("chart-departments", lbl.chart_departments(), "department", stats.byDepartment(), lbl));
        }
        if (stats.byProvince() != null && !stats.byProvince().isEmpty()) {
            charts.add(breakdown("chart-provinces", lbl.chart_provinces(), "province", stats.byProvince(), lbl));
        }
        return charts;
    }

    private static Chart trend(List<MonthCount> months, LabelMessages lbl) {
        List<Item> items = months.stream()
                .map(m -> new Item(m.month(), m.month(), m.registered(), "", "")).toList();
        List<Series> series = List.of(
                new Series(lbl.series_registered(), "#0b5cad", months.stream().map(MonthCount::registered).toList(), null),
                new Series(lbl.series_important(), LEVEL_COLOURS.get("IMPORTANT"),
                        months.stream().map(MonthCount::important).toList(), null),
                new Series(lbl.series_core(), LEVEL_COLOURS.get("CORE"),
                        months.stream().map(MonthCount::core).toList(), null));
        return chart("chart-trend", lbl.chart_trend(), "line", items, series);
    }

    /** Stacked bars per department or province: core, important and the rest, each bar opening the filtered list. */
    private static Chart breakdown(String id, String title, String filter, List<KeyCount> counts, LabelMessages lbl) {
        List<Item> items = counts.stream().map(c -> new Item(c.key(), c.key(), c.total(),
                "/assets?" + filter + "=" + URLEncoder.encode(c.key(), StandardCharsets.UTF_8), "")).toList();
        List<Series> series = List.of(
                new Series(lbl.series_core(), LEVEL_COLOURS.get("CORE"), counts.stream().map(KeyCount::core).toList(),
                        "level"),
                new Series(lbl.series_important(), LEVEL_COLOURS.get("IMPORTANT"),
                        counts.stream().map(KeyCount::important).toList(), "level"),
                new Series(lbl.series_other(), LEVEL_COLOURS.get("UNGRADED"), counts.stream()
                        .map(c -> Math.max(0, c.total() - c.important() - c.core())).toList(), "level"));
        return chart(id, title, "stacked-hbar", items, series);
    }

    private static Chart chart(String id, String title, String type, List<Item> items) {
        return chart(id, title, type, items, null);
    }

    private static Chart chart(String id, String title, String type, List<Item> items, List<Series> series) {
        try {
            return new Chart(id, title, JSON.writeValueAsString(new Spec(type, items, series)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data", e);
        }
    }
}

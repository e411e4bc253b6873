package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogModels.Statistics;
import cn.energydata.console.backend.Glossary;
import cn.energydata.console.ui.ConsoleMessages;
import cn.energydata.console.ui.Vocabulary;
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
 * bar links to the asset list filtered to it. Built from the catalog's statistics, which count per level, status and
 * category; the catalog has no counts over time, per department or per province, so there are no such charts.
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

    private record Spec(String type, List<Item> items) {
    }

    private DashboardCharts() {
    }

    static List<Chart> of(Statistics stats, Glossary glossary, boolean zh, ConsoleMessages msg) {
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
        return charts;
    }

    private static Chart chart(String id, String title, String type, List<Item> items) {
        try {
            return new Chart(id, title, JSON.writeValueAsString(new Spec(type, items)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data", e);
        }
    }
}

package cn.energydata.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The markdown report of a run: conditions, one row per endpoint, memory per process, errors. */
public final class Report {

    /** Memory of one process: at the first sample and the highest sample. */
    public record Memory(String process, long firstMiB, long peakMiB, String note) {
    }

    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final List<EndpointStats.Summary> endpoints = new ArrayList<>();
    private final List<Memory> memory = new ArrayList<>();
    private final Map<String, Map<String, Long>> tallies = new LinkedHashMap<>();

    public Report condition(String name, String value) {
        conditions.put(name, value);
        return this;
    }

    public Report endpoint(EndpointStats.Summary summary) {
        endpoints.add(summary);
        return this;
    }

    public Report memory(Memory m) {
        memory.add(m);
        return this;
    }

    /** A named count breakdown, e.g. decision effects or grades. */
    public Report tally(String name, Map<String, Long> counts) {
        tallies.put(name, counts);
        return this;
    }

    public long totalErrors() {
        return endpoints.stream().filter(s -> !s.breakdown()).mapToLong(EndpointStats.Summary::errors).sum();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("## Load test of the whole stack\n\n");
        conditions.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n');
        md.append("| endpoint | requests | per second | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EndpointStats.Summary s : endpoints) {
            if (s.count() == 0 && s.errors() == 0) {
                continue; // e.g. token fetches that all happened before the window: a note below
            }
            md.append("| ").append(s.breakdown() ? "↳ " : "").append(s.endpoint())
                    .append(" | ").append(s.count())
                    .append(" | ").append(fmt(s.perSecond()))
                    .append(" | ").append(fmt(s.p50Ms()))
                    .append(" | ").append(fmt(s.p95Ms()))
                    .append(" | ").append(fmt(s.p99Ms()))
                    .append(" | ").append(fmt(s.maxMs()))
                    .append(" | ").append(errorsCell(s))
                    .append(" |\n");
        }
        md.append('\n');
        List<String> notes = new ArrayList<>();
        for (EndpointStats.Summary s : endpoints) {
            if (s.breakdown()) {
                continue;
            }
            if (s.count() == 0 && s.errors() == 0) {
                notes.add(s.endpoint() + ": " + s.calls() + " calls, none in the measured window");
            }
            if (s.tolerated() > 0) {
                notes.add(s.endpoint() + ": " + s.tolerated() + " tolerated answers (202 grading pending), "
                        + s.measuredTolerated() + " of them in the measured window");
            }
            if (s.bytes() > 0 && s.count() > 0) {
                notes.add(String.format(Locale.ROOT, "%s: %.2f MB uploaded in the measured window, %.2f MB/s",
                        s.endpoint(), s.bytes() / 1e6, s.perSecond() * s.bytes() / 1e6 / s.count()));
            }
        }
        tallies.forEach((name, counts) -> notes.add(name + ": " + counts));
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        if (!notes.isEmpty()) {
            md.append('\n');
        }
        if (!memory.isEmpty()) {
            md.append("| process | memory at first sample MiB | peak MiB |\n|---|---:|---:|\n");
            for (Memory m : memory) {
                md.append("| ").append(m.process()).append(m.note().isEmpty() ? "" : " (" + m.note() + ")")
                        .append(" | ").append(m.firstMiB()).append(" | ").append(m.peakMiB()).append(" |\n");
            }
            md.append('\n');
        }
        long errors = totalErrors();
        md.append("Errors: ").append(errors == 0 ? "none" : errors).append('\n');
        for (EndpointStats.Summary s : endpoints) {
            if (s.breakdown()) {
                continue; // its errors are listed with the row it belongs to
            }
            for (EndpointStats.ErrorSample e : s.errorSamples()) {
                md.append("- ").append(s.endpoint()).append(" → ").append(e.status()).append(": ")
                        .append(oneLine(e.detail())).append('\n');
            }
        }
        return md.toString();
    }

    private static String errorsCell(EndpointStats.Summary s) {
        if (s.errors() == 0) {
            return "0";
        }
        StringBuilder cell = new StringBuilder().append(s.errors()).append(" (");
        new java.util.TreeMap<>(s.errorsByStatus()).forEach((status, n) -> cell.append(status).append(": ").append(n).append(", "));
        cell.setLength(cell.length() - 2);
        return cell.append(')').toString();
    }

    static String fmt(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}

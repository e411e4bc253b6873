package cn.energydata.classifier.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Detection (all recognizers over all parts), column profiling, then grading. Thread-safe. */
public final class Engine {

    /** Findings listed in a result; counts and subjects always cover all of them. */
    static final int MAX_LISTED_FINDINGS = 200;

    private final RuleSet rules;
    private final Grader grader;

    public Engine(RuleSet rules) {
        this.rules = rules;
        this.grader = new Grader(rules);
    }

    public RuleSet rules() {
        return rules;
    }

    public Detections detect(List<TextPart> parts, LocalDate today) {
        Detections out = new Detections(today);
        for (TextPart part : parts) {
            for (Recognizer r : rules.recognizers()) {
                r.scan(part, out);
            }
        }
        profileColumnsByValues(out);
        return out;
    }

    public EngineResult classify(List<TextPart> parts, Descriptor descriptor, LocalDate today,
                                 Extraction extraction) {
        List<TextPart> all = withDescriptor(parts, descriptor);
        return grade(all, detect(all, today), descriptor, extraction);
    }

    /** The parts plus the descriptor as a table part (path {@code descriptor}). */
    public static List<TextPart> withDescriptor(List<TextPart> parts, Descriptor descriptor) {
        List<TextPart> all = new ArrayList<>(parts);
        if (descriptor != null) {
            all.add(new TextPart("descriptor", "text/tab-separated-values", descriptor.asTable(), null));
        }
        return all;
    }

    public EngineResult grade(List<TextPart> parts, Detections detections, Descriptor descriptor,
                              Extraction extraction) {
        return grader.grade(detections, descriptor, extraction, Languages.of(parts));
    }

    /**
     * How extraction went: status COMPLETE, TRUNCATED, PARTIAL, ENCRYPTED, UNREADABLE, EMPTY or UNSUPPORTED, why,
     * and whether any of the document's content was read at all.
     */
    public record Extraction(String status, String reason, boolean contentRead) {
        public static final Extraction COMPLETE = new Extraction("COMPLETE", null, true);

        public boolean complete() {
            return "COMPLETE".equals(status);
        }
    }

    /** A column without a header rule takes the category most of its value findings have. */
    private static void profileColumnsByValues(Detections out) {
        Map<String, Map<String, List<Finding>>> byColumn = new HashMap<>();
        for (Finding f : out.findings()) {
            Location l = f.location();
            if (l.column() != null && l.row() != null && l.row() > 1) {
                byColumn.computeIfAbsent(l.path() + "\u0000" + l.sheet() + "\u0000" + l.column(), k -> new HashMap<>())
                        .computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
            }
        }
        for (var column : byColumn.entrySet()) {
            String[] key = column.getKey().split("\u0000", -1);
            boolean hasHeaderProfile = out.columns().stream().anyMatch(c -> c.path().equals(key[0])
                    && Objects.equals(String.valueOf(c.sheet()), key[1]) && c.column().equals(key[2]));
            if (hasHeaderProfile) {
                continue;
            }
            var best = column.getValue().entrySet().stream()
                    .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size()))).orElseThrow();
            List<Finding> fs = best.getValue();
            out.add(new Detections.ColumnProfile(key[0], "null".equals(key[1]) ? null : key[1], key[2], null,
                    best.getKey(), "VALUES", fs.size(), (int) fs.stream().map(Finding::subjectKey).distinct().count()));
        }
    }
}

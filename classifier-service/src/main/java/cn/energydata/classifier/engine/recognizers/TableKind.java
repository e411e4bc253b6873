package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.Location;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RecognizerKind;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.rules.RuleParams;
import cn.energydata.classifier.engine.text.Normaliser;
import cn.energydata.classifier.engine.text.Tabular;
import cn.energydata.classifier.engine.text.TextPart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Header-aware evidence, independent of the file format: a table (CSV/TSV/spreadsheet sheet) or a JSON document
 * whose column names (JSON: keys) fall into at least {@code minGroups} of the rule's column groups — node,
 * impedance, voltage, rating … — with at least {@code minRows} rows of data. A grid model exported by any tool
 * has buses, branches and generators with impedances, ratings and voltage levels, whatever it is called.
 *
 * <pre>
 * kind: table
 * params:
 *   minGroups: 3            # distinct groups whose words name a column
 *   minRows: 2              # data rows under the header (JSON: values of matching keys)
 *   requiredGroups: [geo]   # optional: these groups must be among them
 *   groups: { node: [bus, from_bus, 母线], impedance: [r, x, 电抗], … }
 * </pre>
 * A Latin word matches a whole header or one of its tokens (split at anything but letters and digits); a Chinese
 * word matches anywhere in the header. The file name (without extension) counts as one more label.
 */
public final class TableKind implements RecognizerKind {

    private static final int JSON_SCAN_CHARS = 256 * 1024;
    private static final int MAX_KEY = 40;

    public String name() {
        return "table";
    }

    public List<String> check(RulePack.RuleDef rule, Validators validators) {
        List<String> problems = new ArrayList<>();
        Settings s;
        try {
            s = Settings.of(rule);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        if (s.groups.isEmpty()) {
            problems.add("a table rule needs params.groups (group name → column words)");
        }
        if (s.minGroups < 1 || s.minGroups > s.groups.size()) {
            problems.add("params.minGroups must be between 1 and the number of groups");
        }
        for (String g : s.required) {
            if (!s.groups.containsKey(g)) {
                problems.add("params.requiredGroups names an unknown group '" + g + "'");
            }
        }
        return problems;
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        List<Settings> all = rules.stream().map(Settings::of).toList();
        return (part, out) -> {
            // JSON first: indented JSON also looks like tab-separated text.
            if (looksLikeJson(part)) {
                JsonKeys keys = JsonKeys.of(part.text());
                List<String> labels = new ArrayList<>(keys.names);
                labels.add(baseName(part.path()));
                for (Settings s : all) {
                    Map<String, String> matched = s.match(labels);
                    if (s.accepts(matched) && keys.occurrencesOf(matched.values()) >= (long) s.minRows * matched.size()) {
                        out.add(finding(s, Location.offsets(part.path(), 0, 0), matched));
                    }
                }
            } else if (part.table() != null) {
                for (Tabular.Table t : part.table().tables()) {
                    List<String> labels = new ArrayList<>(t.header());
                    labels.add(baseName(part.path()));
                    for (Settings s : all) {
                        Map<String, String> matched = s.match(labels);
                        if (s.accepts(matched) && t.rows() >= s.minRows) {
                            out.add(finding(s, new Location(part.path(), null, t.sheet(), 1, null, null, null), matched));
                            for (int c = 0; c < t.header().size(); c++) {
                                if (matched.containsValue(t.header().get(c))) {
                                    out.headerOf(part.path(), Tabular.columnName(c), s.rule.category());
                                }
                            }
                        }
                    }
                }
            }
        };
    }

    /** The file name without extension: it labels a table as much as its header does (proxy_substations.csv). */
    private static String baseName(String path) {
        String name = FormatKind.fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Finding finding(Settings s, Location at, Map<String, String> matched) {
        StringBuilder snippet = new StringBuilder("columns: ");
        matched.forEach((group, header) -> snippet.append(Masking.label(header)).append(" (").append(group).append("), "));
        snippet.setLength(snippet.length() - 2);
        return new Finding(s.rule.id(), s.rule.version(), s.rule.category(), at, snippet.toString(),
                s.rule.baseScore(), s.rule.baseScore(), null, null, null, null);
    }

    private static boolean looksLikeJson(TextPart part) {
        if (part.contentType().contains("json")) {
            return true;
        }
        String t = part.text();
        for (int i = 0; i < t.length() && i < 256; i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /** A rule's column groups, normalised once. */
    private record Settings(RulePack.RuleDef rule, Map<String, List<String>> groups, int minGroups, int minRows,
                            Set<String> required, Map<String, List<String>> groupsOfLatinWord,
                            Map<String, List<String>> groupsOfChineseWord) {

        @SuppressWarnings("unchecked")
        static Settings of(RulePack.RuleDef rule) {
            Map<String, Object> p = RuleParams.of(rule);
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Object g = p.get("groups");
            if (g != null && !(g instanceof Map)) {
                throw new IllegalArgumentException("params.groups must map group names to lists of words");
            }
            if (g != null) {
                for (var e : ((Map<String, Object>) g).entrySet()) {
                    if (!(e.getValue() instanceof List<?> words) || words.isEmpty()) {
                        throw new IllegalArgumentException("params.groups." + e.getKey() + " must be a non-empty list");
                    }
                    groups.put(e.getKey(), words.stream().map(w -> Normaliser.asciiLower(Normaliser.halfWidth(String.valueOf(w))))
                            .toList());
                }
            }
            Set<String> required = new LinkedHashSet<>();
            if (p.get("requiredGroups") instanceof List<?> r) {
                r.forEach(x -> required.add(String.valueOf(x)));
            }
            Map<String, List<String>> latin = new java.util.HashMap<>();
            Map<String, List<String>> chinese = new LinkedHashMap<>();
            groups.forEach((group, words) -> words.forEach(w ->
                    (isAscii(w) ? latin : chinese).computeIfAbsent(w, x -> new ArrayList<>()).add(group)));
            return new Settings(rule, groups, RuleParams.number(p, "minGroups", 2).intValue(),
                    RuleParams.number(p, "minRows", 1).intValue(), required, latin, chinese);
        }

        /** Group → the first header naming it. */
        Map<String, String> match(Iterable<String> headers) {
            Map<String, String> matched = new LinkedHashMap<>();
            for (String header : headers) {
                String h = Normaliser.asciiLower(Normaliser.halfWidth(header)).strip();
                if (h.isEmpty() || h.length() > 60) {
                    continue;
                }
                String shown = header.strip();
                name(groupsOfLatinWord.get(h), shown, matched);
                for (String token : tokens(h)) {
                    name(groupsOfLatinWord.get(token), shown, matched);
                }
                if (!isAscii(h)) {
                    groupsOfChineseWord.forEach((w, gs) -> {
                        if (h.contains(w)) {
                            name(gs, shown, matched);
                        }
                    });
                }
            }
            return matched;
        }

        private static void name(List<String> groups, String header, Map<String, String> matched) {
            if (groups != null) {
                groups.forEach(g -> matched.putIfAbsent(g, header));
            }
        }

        boolean accepts(Map<String, String> matched) {
            return matched.size() >= minGroups && matched.keySet().containsAll(required);
        }

        private static List<String> tokens(String header) {
            List<String> tokens = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= header.length(); i++) {
                boolean word = i < header.length() && isAsciiLetterOrDigit(header.charAt(i));
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    tokens.add(header.substring(start, i));
                    start = -1;
                }
            }
            return tokens;
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }

        private static boolean isAscii(String w) {
            return w.chars().allMatch(c -> c < 128);
        }
    }

    /**
     * The distinct keys of a JSON text and how often each occurs — {@code "name":}, also {@code \\"name\\":} inside JSON
     * that is itself a string value — and the names listed in a serialised data frame's {@code "columns": [...]}.
     * A hand-written scan: the equivalent regular expression cost more than all format signatures together.
     */
    private record JsonKeys(Set<String> names, Map<String, Integer> counts) {
        static JsonKeys of(String text) {
            int n = Math.min(text.length(), JSON_SCAN_CHARS);
            Map<String, Integer> counts = new LinkedHashMap<>();
            boolean inColumns = false;
            for (int i = text.indexOf('"'); i >= 0 && i < n; i = text.indexOf('"', i + 1)) {
                int end = i + 1;
                while (end < n && end - i <= MAX_KEY && isNameChar(text.charAt(end))) {
                    end++;
                }
                if (end == i + 1 || end >= n || end - i > MAX_KEY) {
                    continue;
                }
                int close = text.charAt(end) == '\\' && end + 1 < n ? end + 1 : end;
                if (text.charAt(close) != '"') {
                    continue;
                }
                String name = text.substring(i + 1, end);
                int after = close + 1;
                while (after < n && Character.isWhitespace(text.charAt(after))) {
                    after++;
                }
                if (after < n && text.charAt(after) == ':') {
                    counts.merge(name, 1, Integer::sum);
                    inColumns = "columns".equals(name);
                    i = after;
                } else if (inColumns) {
                    counts.merge(name, 1, Integer::sum);
                    inColumns = after < n && text.charAt(after) != ']';
                    i = close;
                }
            }
            return new JsonKeys(counts.keySet(), counts);
        }

        private static boolean isNameChar(char c) {
            return c != '"' && c != '\\' && !Character.isWhitespace(c);
        }

        long occurrencesOf(Iterable<String> keys) {
            long total = 0;
            for (String k : keys) {
                total += counts.getOrDefault(k, 0);
            }
            return total;
        }
    }
}

package cn.energydata.classifier.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
final class TableKind implements RecognizerKind {

    /** Keys of a JSON object, also inside JSON that is itself a string value (escaped quotes). */
    private static final Pattern JSON_KEY = Pattern.compile("\\\\?\"([^\"\\\\\\s]{1,40})\\\\?\"\\s*:");
    /** JSON column lists of serialised data frames ({"columns": ["bus", "vn_kv", …]}). */
    private static final Pattern JSON_COLUMNS = Pattern.compile("\\\\?\"columns\\\\?\"\\s*:\\s*\\[([^\\]]{1,4000})]");
    private static final Pattern QUOTED = Pattern.compile("\\\\?\"([^\"\\\\]{1,40})\\\\?\"");
    private static final int JSON_SCAN_CHARS = 512 * 1024;

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
        matched.forEach((group, header) -> snippet.append(header).append(" (").append(group).append("), "));
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
                            Set<String> required) {

        @SuppressWarnings("unchecked")
        static Settings of(RulePack.RuleDef rule) {
            Map<String, Object> p = rule.params() == null ? Map.of() : rule.params();
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
            return new Settings(rule, groups, intParam(p, "minGroups", 2), intParam(p, "minRows", 1), required);
        }

        private static int intParam(Map<String, Object> p, String name, int dflt) {
            Object v = p.get(name);
            if (v == null) {
                return dflt;
            }
            if (!(v instanceof Number n)) {
                throw new IllegalArgumentException("params." + name + " must be a number");
            }
            return n.intValue();
        }

        /** Group → the first header naming it. */
        Map<String, String> match(Iterable<String> headers) {
            Map<String, String> matched = new LinkedHashMap<>();
            for (String header : headers) {
                String h = Normaliser.asciiLower(Normaliser.halfWidth(header)).strip();
                if (h.isEmpty() || h.length() > 60) {
                    continue;
                }
                List<String> tokens = tokens(h);
                for (var group : groups.entrySet()) {
                    if (!matched.containsKey(group.getKey()) && names(group.getValue(), h, tokens)) {
                        matched.put(group.getKey(), header.strip());
                    }
                }
            }
            return matched;
        }

        boolean accepts(Map<String, String> matched) {
            return matched.size() >= minGroups && matched.keySet().containsAll(required);
        }

        private static boolean names(List<String> words, String header, List<String> tokens) {
            for (String w : words) {
                if (header.equals(w) || tokens.contains(w) || !isAscii(w) && header.contains(w)) {
                    return true;
                }
            }
            return false;
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

    /** The distinct keys (and data-frame column names) of a JSON text, and how often each occurs. */
    private record JsonKeys(Set<String> names, Map<String, Integer> counts) {
        static JsonKeys of(String text) {
            String scanned = text.length() > JSON_SCAN_CHARS ? text.substring(0, JSON_SCAN_CHARS) : text;
            Map<String, Integer> counts = new LinkedHashMap<>();
            Matcher m = JSON_KEY.matcher(scanned);
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
            Matcher c = JSON_COLUMNS.matcher(scanned);
            while (c.find()) {
                Matcher q = QUOTED.matcher(c.group(1));
                while (q.find()) {
                    counts.merge(q.group(1), 1, Integer::sum);
                }
            }
            return new JsonKeys(counts.keySet(), counts);
        }

        long occurrencesOf(Iterable<String> keys) {
            long n = 0;
            for (String k : keys) {
                n += counts.getOrDefault(k, 0);
            }
            return n;
        }
    }
}

package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.Location;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RecognizerKind;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.rules.RuleParams;
import cn.energydata.classifier.engine.text.Normaliser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fallback for data in a format no rule knows: numeric records in the vocabulary of a domain. A grid model of
 * any tool is mostly lines of numbers (bus, branch and generator records) around words such as bus, branch, kV, MVA;
 * prose about grids has the words without the records, and a table of other numbers has the records without the
 * words. A part is a finding when at least {@code minRecords} lines — and {@code minShare} of its non-empty lines —
 * hold {@code minNumbers} numbers or more, and at least {@code minTerms} distinct words of {@code words} occur in it.
 *
 * <pre>
 * kind: records
 * params: { minRecords: 20, minShare: 0.3, minNumbers: 3, minTerms: 4, words: [bus, branch, kv, mva, 母线, …] }
 * </pre>
 * Latin words match whole words, ignoring case; Chinese words match anywhere. Only the first {@code maxChars}
 * characters of a part are read.
 */
public final class RecordsKind implements RecognizerKind {

    private static final int DEFAULT_MAX_CHARS = 256 * 1024;

    public String name() {
        return "records";
    }

    public List<String> check(RulePack.RuleDef rule, Validators validators) {
        try {
            Settings s = Settings.of(rule);
            return s.latinWords.isEmpty() && s.chineseWords.isEmpty() ? List.of("a records rule needs params.words")
                    : List.of();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        List<Settings> all = rules.stream().map(Settings::of).toList();
        return (part, out) -> {
            String lower = part.lower();
            int n = Math.min(lower.length(), all.stream().mapToInt(s -> s.maxChars).max().orElse(DEFAULT_MAX_CHARS));
            int[] lines = countRecordLines(lower, n, all.stream().mapToInt(s -> s.minNumbers).min().orElse(3));
            if (lines[1] == 0) {
                return;
            }
            Set<String> tokens = latinTokens(lower, n);
            for (Settings s : all) {
                if (lines[1] < s.minRecords || lines[1] < s.minShare * lines[0]) {
                    continue;
                }
                Set<String> terms = new TreeSet<>();
                for (String w : s.latinWords) {
                    if (tokens.contains(w)) {
                        terms.add(w);
                    }
                }
                String head = lower.substring(0, n);
                for (String w : s.chineseWords) {
                    if (head.contains(w)) {
                        terms.add(w);
                    }
                }
                if (terms.size() >= s.minTerms) {
                    out.add(new Finding(s.rule.id(), s.rule.version(), s.rule.category(), Location.offsets(part.path(), 0, 0),
                            lines[1] + " numeric records of " + lines[0] + " lines; terms: " + String.join(", ", terms),
                            s.rule.baseScore(), s.rule.baseScore(), null, null, null, null));
                }
            }
        };
    }

    /**
     * {non-empty lines, lines with at least {@code minNumbers} numbers} in the first {@code n} characters; a number
     * is a token (between separators such as white space, commas, brackets, '=' or quotes) like 12, -0.5, 1e-3.
     */
    private static int[] countRecordLines(String text, int n, int minNumbers) {
        int nonEmpty = 0;
        int records = 0;
        int numbers = 0;
        boolean blank = true;
        int tokenStart = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            boolean separator = c <= ' ' || ",;:=()[]{}\"'|<>/".indexOf(c) >= 0;
            if (separator && tokenStart >= 0) {
                if (isNumber(text, tokenStart, i)) {
                    numbers++;
                }
                tokenStart = -1;
            } else if (!separator && tokenStart < 0) {
                tokenStart = i;
            }
            if (!separator) {
                blank = false;
            }
            if (c == '\n') {
                if (!blank) {
                    nonEmpty++;
                    records += numbers >= minNumbers ? 1 : 0;
                }
                numbers = 0;
                blank = true;
            }
        }
        return new int[]{nonEmpty, records};
    }

    /** [+-]digits[.digits][e[+-]digits], or [+-].digits… */
    private static boolean isNumber(String t, int from, int to) {
        int i = from;
        if (i < to && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < to && Character.isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < to && t.charAt(i) == '.') {
            i++;
            while (i < to && Character.isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits > 0 && i < to && t.charAt(i) == 'e') {
            i++;
            if (i < to && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < to && Character.isDigit(t.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return digits > 0 && i == to;
    }

    /** The distinct runs of ASCII letters (lower case) in the first {@code n} characters. */
    private static Set<String> latinTokens(String lower, int n) {
        Set<String> tokens = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean letter = i < n && lower.charAt(i) >= 'a' && lower.charAt(i) <= 'z';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 24) {
                    tokens.add(lower.substring(start, i));
                }
                start = -1;
            }
        }
        return tokens;
    }

    private record Settings(RulePack.RuleDef rule, int minRecords, double minShare, int minNumbers, int minTerms,
                            int maxChars, List<String> latinWords, List<String> chineseWords) {

        static Settings of(RulePack.RuleDef rule) {
            Map<String, Object> p = RuleParams.of(rule);
            List<String> latin = new ArrayList<>();
            List<String> chinese = new ArrayList<>();
            if (p.get("words") instanceof List<?> words) {
                for (Object w : words) {
                    String word = Normaliser.asciiLower(Normaliser.halfWidth(String.valueOf(w)));
                    (word.chars().allMatch(c -> c >= 'a' && c <= 'z') ? latin : chinese).add(word);
                }
            } else if (p.get("words") != null) {
                throw new IllegalArgumentException("params.words must be a list");
            }
            return new Settings(rule, RuleParams.number(p, "minRecords", 20).intValue(),
                    RuleParams.number(p, "minShare", 0.3).doubleValue(), RuleParams.number(p, "minNumbers", 3).intValue(),
                    RuleParams.number(p, "minTerms", 4).intValue(),
                    RuleParams.number(p, "maxChars", DEFAULT_MAX_CHARS).intValue(), latin, chinese);
        }
    }
}

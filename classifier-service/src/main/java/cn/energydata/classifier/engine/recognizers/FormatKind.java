package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.Location;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RecognizerKind;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.text.KeywordAutomaton;
import cn.energydata.classifier.engine.text.Normaliser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Structured-format signatures (SCL, CIM, MATPOWER, PSS/E, COMTRADE…) recognised by content: every
 * {@code allOf} pattern and at least one {@code anyOf} pattern must occur in the raw head or the text.
 */
public final class FormatKind implements RecognizerKind {

    private static final int SCAN_CHARS = 256 * 1024;

    public String name() {
        return "format";
    }

    public List<String> check(RulePack.RuleDef rule, Validators validators) {
        List<String> problems = new ArrayList<>();
        List<String> all = rule.allOf() == null ? List.of() : rule.allOf();
        List<String> any = rule.anyOf() == null ? List.of() : rule.anyOf();
        if (all.isEmpty() && any.isEmpty()) {
            problems.add("a format rule needs 'allOf' or 'anyOf' patterns");
        }
        List<String> patterns = new ArrayList<>(concat(all, any));
        if (rule.fileName() != null) {
            patterns.add(rule.fileName());
        }
        for (String p : patterns) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                problems.add("pattern '" + p + "' does not compile: " + e.getDescription());
            }
        }
        if (rule.prefilter() != null) {
            RulePack.Prefilter p = rule.prefilter();
            if (p.anyTextList().isEmpty() || p.anyTextList().stream().anyMatch(t -> t == null || t.isEmpty())
                    || p.trigger() != null || p.span() != null || p.minLength() != null || p.maxLength() != null
                    || p.margin() != null) {
                problems.add("a format rule's prefilter needs 'anyText' (non-empty texts) and optional 'ignoreCase' only");
            }
        }
        return problems;
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        GateTexts gateTexts = new GateTexts(new LinkedHashMap<>(), new LinkedHashMap<>());
        List<Signature> signatures = rules.stream().map(r -> new Signature(r,
                compile(r.allOf()), compile(r.anyOf()), Gate.of(r.prefilter(), gateTexts),
                r.fileName() == null ? null : Pattern.compile(r.fileName()))).toList();
        KeywordAutomaton exact = new KeywordAutomaton(List.copyOf(gateTexts.exact().keySet()));
        KeywordAutomaton ignoringCase = new KeywordAutomaton(List.copyOf(gateTexts.ignoringCase().keySet()));
        return (part, out) -> {
            String text = part.text().length() > SCAN_CHARS ? part.text().substring(0, SCAN_CHARS) : part.text();
            String scanned = part.head().isEmpty() ? text : part.head() + "\n" + text;
            // every gate text looked for in one pass each (exact, ASCII case ignored) instead of one contains() per text
            BitSet exactFound = found(exact, scanned);
            BitSet ignoringCaseFound = ignoringCase.keywords().isEmpty() ? new BitSet()
                    : found(ignoringCase, Normaliser.asciiLower(scanned));
            for (Signature s : signatures) {
                if ((s.fileName == null || s.fileName.matcher(fileName(part.path())).find())
                        && (s.gate == null || s.gate.passes(s.gate.ignoreCase ? ignoringCaseFound : exactFound))
                        && s.matches(scanned)) {
                    out.add(new Finding(s.rule.id(), s.rule.version(), s.rule.category(), Location.offsets(part.path(), 0, 0),
                            "format signature: " + (s.rule.description() == null ? s.rule.id() : s.rule.description()),
                            s.rule.baseScore(), s.rule.baseScore(), null, null, null, null));
                }
            }
        };
    }

    private static BitSet found(KeywordAutomaton automaton, String text) {
        BitSet found = new BitSet();
        if (!automaton.keywords().isEmpty()) {
            automaton.scan(text, (k, start, end) -> found.set(k));
        }
        return found;
    }

    /** The last segment of a part's path ({@code a.zip!/dir/b.dss} → {@code b.dss}). */
    static String fileName(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns == null ? List.of() : patterns.stream().map(p -> Pattern.compile(p, Pattern.MULTILINE)).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The rule's {@code prefilter}: literal texts of which one must occur for the signature to match, checked with
     * {@link String#contains} (fast) before any pattern runs. ASCII case is ignored on request, as {@code (?i)} does.
     */
    private record Gate(int[] texts, boolean ignoreCase) {
        static Gate of(RulePack.Prefilter p, GateTexts all) {
            if (p == null || p.anyTextList().isEmpty()) {
                return null;
            }
            boolean ci = p.ignoresCase();
            Map<String, Integer> index = ci ? all.ignoringCase() : all.exact();
            return new Gate(p.anyTextList().stream().map(t -> ci ? Normaliser.asciiLower(Normaliser.halfWidth(t))
                    : Normaliser.halfWidth(t)).mapToInt(t -> index.computeIfAbsent(t, x -> index.size())).toArray(), ci);
        }

        /** {@code found}: which texts of its kind (exact or ignoring case) occur in the scanned text. */
        boolean passes(BitSet found) {
            for (int t : texts) {
                if (found.get(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Every gate text, numbered in first-seen order: those matched exactly, and those matched ignoring ASCII case. */
    private record GateTexts(Map<String, Integer> exact, Map<String, Integer> ignoringCase) {
    }

    private record Signature(RulePack.RuleDef rule, List<Pattern> allOf, List<Pattern> anyOf, Gate gate, Pattern fileName) {
        boolean matches(String text) {
            for (Pattern p : allOf) {
                if (!p.matcher(text).find()) {
                    return false;
                }
            }
            if (anyOf.isEmpty()) {
                return true;
            }
            for (Pattern p : anyOf) {
                if (p.matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }
    }
}

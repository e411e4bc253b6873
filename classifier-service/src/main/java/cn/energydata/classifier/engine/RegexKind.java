package cn.energydata.classifier.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Pattern rules with an optional capture group and validator; scored with context words. */
final class RegexKind implements RecognizerKind {

    /** Characters kept around a digit run: enough for the longest non-digit part of a digit-based pattern. */
    static final int WINDOW_MARGIN = 48;

    public String name() {
        return "regex";
    }

    public List<String> check(RulePack.RuleDef rule, Validators validators) {
        List<String> problems = new ArrayList<>();
        if (rule.pattern() == null || rule.pattern().isBlank()) {
            problems.add("a regex rule needs 'pattern'");
            return problems;
        }
        try {
            Pattern p = Pattern.compile(rule.pattern());
            int group = rule.group() == null ? 0 : rule.group();
            if (group < 0 || group > p.matcher("").groupCount()) {
                problems.add("group " + group + " does not exist in the pattern");
            }
        } catch (PatternSyntaxException e) {
            problems.add("pattern does not compile: " + e.getDescription());
        }
        if (rule.requires() != null && !"digits".equals(rule.requires())) {
            problems.add("requires must be 'digits' or absent");
        }
        if (rule.validator() != null && validators.get(rule.validator()) == null) {
            problems.add("unknown validator '" + rule.validator() + "' (known: " + validators.names() + ")");
        }
        return problems;
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        List<Compiled> compiled = rules.stream().map(r -> new Compiled(r, Pattern.compile(r.pattern()),
                r.group() == null ? 0 : r.group(), r.validator() == null ? null : validators.get(r.validator()),
                new ContextScorer(r.context()))).toList();
        return (part, out) -> {
            for (Compiled c : compiled) {
                c.scan(part, out);
            }
        };
    }

    private record Compiled(RulePack.RuleDef rule, Pattern pattern, int group, Validator validator,
                            ContextScorer context) {

        void scan(TextPart part, Detections out) {
            Matcher m = pattern.matcher(part.text());
            if (!"digits".equals(rule.requires())) {
                scan(part, m, out);
                return;
            }
            // Transparent bounds keep look-behind/-ahead seeing the text outside the window.
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int[] windows = part.digitWindows(WINDOW_MARGIN);
            for (int i = 0; i < windows.length; i += 2) {
                m.region(windows[i], windows[i + 1]);
                scan(part, m, out);
            }
        }

        private void scan(TextPart part, Matcher m, Detections out) {
            while (m.find()) {
                int start = m.start(group);
                int end = m.end(group);
                if (start < 0) {
                    continue;
                }
                String value = part.text().substring(start, end);
                Validator.Outcome outcome = validator == null ? null : validator.validate(value, out.today());
                if (outcome != null && !outcome.valid()) {
                    continue;
                }
                double before = rule.baseScore() + (outcome != null ? 0.2 : 0);
                String header = part.table() == null ? null : part.table().headerAt(start);
                double after = context.score(part.lower(), start, end, before, header);
                if (after < rule.minimumScore()) {
                    continue;
                }
                out.add(new Finding(rule.id(), rule.version(), rule.category(), part.locate(start, end),
                        Masking.snippet(part.text(), start, end, false), Math.min(1, before), after,
                        validator == null ? null : validator.name(), outcome == null ? null : outcome.result(),
                        outcome == null ? null : outcome.ageBand(),
                        Validators.compact(value).toUpperCase()));
            }
        }
    }
}

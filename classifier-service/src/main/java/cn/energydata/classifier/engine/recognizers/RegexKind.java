package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.AgeBand;
import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RecognizerKind;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.text.CandidateWindows;
import cn.energydata.classifier.engine.text.TextPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Pattern rules with an optional capture group and validator; scored with context words. */
public final class RegexKind implements RecognizerKind {

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
        if (rule.prefilter() != null) {
            problems.addAll(checkPrefilter(rule.prefilter()));
        }
        if (rule.validator() != null && validators.get(rule.validator()) == null) {
            problems.add("unknown validator '" + rule.validator() + "' (known: " + validators.names() + ")");
        }
        return problems;
    }

    private static List<String> checkPrefilter(RulePack.Prefilter p) {
        List<String> problems = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        classes.add(p.trigger());
        if (p.span() != null) {
            classes.add(p.span());
        }
        for (String cls : classes) {
            boolean usable;
            try {
                usable = cls != null && CandidateWindows.isUsableClass(cls);
            } catch (PatternSyntaxException e) {
                usable = false;
            }
            if (!usable) {
                problems.add("prefilter trigger/span must be a one-character regex that matches some character, not '"
                        + cls + "'");
            }
        }
        if (!p.anyTextList().isEmpty() || p.ignoreCase() != null) {
            problems.add("prefilter anyText/ignoreCase are for format rules; regex rules use trigger, span, minLength, margin");
        }
        if (p.minimumLength() < 1 || p.maximumLength() < p.minimumLength() || p.marginChars() < 0) {
            problems.add("prefilter minLength must be at least 1, maxLength at least minLength and margin at least 0");
        }
        return problems;
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        int[] prefilterIndex = new int[rules.size()];
        List<RulePack.Prefilter> perRule = new ArrayList<>();
        rules.forEach(r -> perRule.add(r.effectivePrefilter()));
        CandidateWindows candidates = new CandidateWindows(CandidateWindows.distinct(perRule, prefilterIndex));
        // Rules with the same pattern, group and pre-filter (pi.gps and energy.infrastructure-coordinates) share
        // one pass of the matcher; each still validates and scores its matches its own way.
        Map<String, Compiled> byPattern = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            RulePack.RuleDef r = rules.get(i);
            int group = r.group() == null ? 0 : r.group();
            int prefilter = prefilterIndex[i];
            byPattern.computeIfAbsent(r.pattern() + "\u0000" + group + "\u0000" + prefilter,
                    k -> new Compiled(Pattern.compile(r.pattern()), group, prefilter, new ArrayList<>()))
                    .rules().add(new Scoring(r, r.validator() == null ? null : validators.get(r.validator()),
                            new ContextScorer(r.context())));
        }
        List<Compiled> compiled = List.copyOf(byPattern.values());
        return (part, out) -> {
            int[][] windows = candidates.size() == 0 ? null : candidates.scan(part.text());
            ColumnRules columns = ColumnRules.of(part, compiled, windows, out.today());
            for (int k = 0; k < compiled.size(); k++) {
                Compiled c = compiled.get(k);
                c.scan(part, c.prefilter < 0 ? null : windows[c.prefilter], out, columns, k);
            }
        };
    }

    /** How one rule validates and scores a match. */
    private record Scoring(RulePack.RuleDef rule, Validator validator, ContextScorer context) {

        void score(TextPart part, String value, int start, int end, Detections out) {
            Validator.Outcome outcome = validator == null ? null : validator.validate(value, out.today());
            if (outcome != null && !outcome.valid()) {
                return;
            }
            double before = rule.baseScore() + (outcome != null ? 0.2 : 0);
            String header = part.table() == null ? null : part.table().headerAt(start);
            double after = context.score(part.lower(), start, end, before, header);
            if (after < rule.minimumScore()) {
                return;
            }
            String subject = Validators.compact(value).toUpperCase();
            AgeBand ageBand = outcome == null ? null : outcome.ageBand();
            if (!out.keepsEvidence(rule.id())) {
                out.count(rule.id(), rule.category(), part, start, after, subject, ageBand);
                return;
            }
            out.add(new Finding(rule.id(), rule.version(), rule.category(), part.locate(start, end),
                    Masking.snippet(part.text(), start, end, false), Math.min(1, before), after,
                    validator == null ? null : validator.name(), outcome == null ? null : outcome.result(),
                    ageBand, subject));
        }
    }

    private record Compiled(Pattern pattern, int group, int prefilter, List<Scoring> rules)
            implements ColumnRules.Matches {

        /**
         * {@code windows}: where the rule can match ({@link CandidateWindows}), or null for the whole text;
         * {@code columns}: the typed columns of a large table (null when none), where this is rule set {@code k}.
         */
        void scan(TextPart part, int[] windows, Detections out, ColumnRules columns, int k) {
            if (windows != null && windows.length == 0) {
                return;
            }
            Matcher m = pattern.matcher(part.text());
            if (windows == null) {
                scan(part, m, out, columns, k);
                return;
            }
            // Transparent bounds keep look-behind/-ahead seeing the text outside the window.
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < windows.length; i += 2) {
                if (columns == null || columns.allows(k, windows[i], windows[i + 1])) {
                    m.region(windows[i], windows[i + 1]);
                    scan(part, m, out, null, k);
                }
            }
        }

        private void scan(TextPart part, Matcher m, Detections out, ColumnRules columns, int k) {
            while (m.find()) {
                int start = m.start(group);
                int end = m.end(group);
                if (start < 0 || columns != null && !columns.allows(k, start, end)) {
                    continue;
                }
                String value = part.text().substring(start, end);
                for (Scoring s : rules) {
                    s.score(part, value, start, end, out);
                }
            }
        }

        /**
         * For column typing: the matches in [from, to) that a validator accepts (context and scores aside); only in
         * the pre-filter's windows, as the scan itself ({@code windows} of all pre-filters, null when there are none).
         */
        @Override
        public void find(TextPart part, int from, int to, int[][] windows, LocalDate today, IntConsumer at) {
            Matcher m = pattern.matcher(part.text()).useTransparentBounds(true).useAnchoringBounds(false);
            if (prefilter < 0) {
                find(part, m.region(from, to), today, at);
                return;
            }
            int[] w = windows[prefilter];
            for (int i = 0; i < w.length && w[i] < to; i += 2) {
                if (w[i + 1] > from) {
                    find(part, m.region(Math.max(from, w[i]), Math.min(to, w[i + 1])), today, at);
                }
            }
        }

        private void find(TextPart part, Matcher m, LocalDate today, IntConsumer at) {
            while (m.find()) {
                int start = m.start(group);
                if (start < 0) {
                    continue;
                }
                String value = part.text().substring(start, m.end(group));
                if (rules.stream().anyMatch(s -> s.validator() == null || s.validator().validate(value, today).valid())) {
                    at.accept(start);
                }
            }
        }
    }
}

package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RecognizerKind;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.text.KeywordAutomaton;
import cn.energydata.classifier.engine.text.Normaliser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyword rules, Chinese and English, matched with one Aho-Corasick automaton ({@link KeywordAutomaton}) over all dictionary rules
 * (one pass over the text however many rules there are). Latin keywords must stand as whole words.
 */
public final class DictionaryKind implements RecognizerKind {

    public String name() {
        return "dictionary";
    }

    public List<String> check(RulePack.RuleDef rule, Validators validators) {
        if (rule.keywordList().isEmpty()) {
            return List.of("a dictionary rule needs 'keywords'");
        }
        if (rule.keywordList().stream().anyMatch(k -> k == null || k.isBlank())) {
            return List.of("blank keyword");
        }
        return List.of();
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        Map<String, List<Scored>> byKeyword = new HashMap<>();
        for (RulePack.RuleDef r : rules) {
            ContextScorer scorer = new ContextScorer(r.context());
            Map<String, String> canonical = new HashMap<>();
            r.termMap().forEach((value, spellings) -> spellings.forEach(sp -> canonical.put(sp, value)));
            for (String k : r.keywordList()) {
                String key = Normaliser.asciiLower(Normaliser.halfWidth(k));
                byKeyword.computeIfAbsent(key, x -> new ArrayList<>()).add(new Scored(r, scorer, canonical.get(k)));
            }
        }
        if (byKeyword.isEmpty()) {
            return (part, out) -> { };
        }
        KeywordAutomaton automaton = new KeywordAutomaton(new ArrayList<>(byKeyword.keySet()));
        List<List<Scored>> scoredByIndex = automaton.keywords().stream().map(byKeyword::get).toList();
        return (part, out) -> {
            String lower = part.lower();
            automaton.scan(lower, (k, start, end) -> {
                String keyword = automaton.keywords().get(k);
                if (isLatin(keyword.charAt(0)) && start > 0 && isWordChar(lower.charAt(start - 1))
                        || isLatin(keyword.charAt(keyword.length() - 1)) && end < lower.length()
                        && isWordChar(lower.charAt(end))) {
                    return;
                }
                for (Scored s : scoredByIndex.get(k)) {
                    double before = s.rule.baseScore();
                    double after = s.scorer.score(lower, start, end, before);
                    String subject = s.canonical == null ? keyword : s.canonical;
                    if (after < s.rule.minimumScore()) {
                        continue;
                    }
                    if (!out.keepsEvidence(s.rule.id())) {
                        out.count(s.rule.id(), s.rule.category(), part, start, after, subject, null);
                    } else {
                        out.add(new Finding(s.rule.id(), s.rule.version(), s.rule.category(), part.locate(start, end),
                                Masking.snippet(part.text(), start, end, true), before, after, null, null, null,
                                subject));
                    }
                }
            });
        };
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** {@code canonical}: the term a spelling stands for (the finding's subject), or null for a plain keyword. */
    private record Scored(RulePack.RuleDef rule, ContextScorer scorer, String canonical) {
    }
}

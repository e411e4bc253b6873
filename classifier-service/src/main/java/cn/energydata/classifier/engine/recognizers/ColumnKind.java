package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.Finding;
import cn.energydata.classifier.engine.Location;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RecognizerKind;
import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.text.Normaliser;
import cn.energydata.classifier.engine.text.Tabular;

import java.util.HashSet;
import java.util.List;

/** Header rules: a table column whose header holds one of the keywords carries the rule's category. */
public final class ColumnKind implements RecognizerKind {

    public String name() {
        return "column";
    }

    public List<String> check(RulePack.RuleDef rule, Validators validators) {
        return rule.keywordList().isEmpty() ? List.of("a column rule needs 'keywords' (header words)") : List.of();
    }

    public Recognizer build(List<RulePack.RuleDef> rules, Validators validators) {
        List<Header> headers = rules.stream().map(r -> new Header(r,
                r.keywordList().stream().map(k -> Normaliser.asciiLower(Normaliser.halfWidth(k))).toList())).toList();
        return (part, out) -> {
            if (part.table() == null) {
                return;
            }
            for (Tabular.Table t : part.table().tables()) {
                for (int c = 0; c < t.header().size(); c++) {
                    String h = Normaliser.asciiLower(t.header().get(c));
                    for (Header rule : headers) {
                        if (rule.matches(h)) {
                            List<String> values = c < t.columns().size() ? t.columns().get(c) : List.of();
                            List<String> filled = values.stream().filter(v -> !v.isBlank()).toList();
                            String col = Tabular.columnName(c);
                            String header = Masking.label(t.header().get(c));
                            out.add(new Detections.ColumnProfile(part.path(), t.sheet(), col, header,
                                    rule.rule.category(), Detections.ProfileSource.HEADER, filled.size(), new HashSet<>(filled).size()));
                            out.add(new Finding(rule.rule.id(), rule.rule.version(), rule.rule.category(),
                                    new Location(part.path(), null, t.sheet(), 1, col, null, null),
                                    "column header: " + header, rule.rule.baseScore(), rule.rule.baseScore(),
                                    null, null, null, null));
                            break;
                        }
                    }
                }
            }
        };
    }

    private record Header(RulePack.RuleDef rule, List<String> words) {
        boolean matches(String header) {
            for (String w : words) {
                if (header.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }
}

package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.recognizers.ColumnKind;
import cn.energydata.classifier.engine.recognizers.DictionaryKind;
import cn.energydata.classifier.engine.recognizers.FormatKind;
import cn.energydata.classifier.engine.recognizers.PersonNameKind;
import cn.energydata.classifier.engine.recognizers.RecordsKind;
import cn.energydata.classifier.engine.recognizers.RegexKind;
import cn.energydata.classifier.engine.recognizers.TableKind;
import cn.energydata.classifier.engine.rules.RecognizerKind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The kinds of rule the engine knows. */
public final class RecognizerKinds {

    private RecognizerKinds() {
    }

    public static Map<String, RecognizerKind> all() {
        // Ordered, so findings (and which of two equal-score findings a reason names) are the same on every run.
        Map<String, RecognizerKind> kinds = new LinkedHashMap<>();
        Stream.of(new RegexKind(), new DictionaryKind(), new ColumnKind(), new FormatKind(), new TableKind(), new RecordsKind(), new PersonNameKind())
                .forEach(kind -> kinds.put(kind.name(), kind));
        return Collections.unmodifiableMap(kinds);
    }
}

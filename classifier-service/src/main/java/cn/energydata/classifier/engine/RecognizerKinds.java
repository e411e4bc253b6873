package cn.energydata.classifier.engine;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The kinds of rule the engine knows. */
public final class RecognizerKinds {

    private RecognizerKinds() {
    }

    public static Map<String, RecognizerKind> all() {
        return Stream.of(new RegexKind(), new DictionaryKind(), new ColumnKind(), new FormatKind())
                .collect(Collectors.toUnmodifiableMap(RecognizerKind::name, Function.identity()));
    }
}

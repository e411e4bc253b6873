package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.grading.Flag;
import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases in engine-cases.yaml: a rule author adds a case without writing Java. */
class EngineCasesTest {

    record Case(String name, String text, Level level, List<String> categories, List<String> flags) {
    }

    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        Engine engine = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));
        List<Case> cases;
        try (InputStream in = getClass().getResourceAsStream("/engine-cases.yaml")) {
            cases = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            EngineResult r = engine.classify(List.of(new TextPart("case.txt", "text/plain", c.text(), null)), null,
                    LocalDate.of(2026, 11, 28), Extraction.COMPLETE);
            assertThat(r.level()).as(c.name() + " " + r.reasons()).isEqualTo(c.level());
            if (c.categories() != null) {
                assertThat(r.categories()).extracting(EngineResult.CategorySummary::id).containsAll(c.categories());
            }
            if (c.flags() != null) {
                assertThat(r.flags()).extracting(Flag::name).containsAll(c.flags());
            }
        }));
    }
}

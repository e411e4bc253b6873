package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: detection keeps counts and bounded evidence, not every finding; large tables are read as typed columns.
 */
class CountingAndColumnsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Engine ENGINE = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));

    @Test
    void everyPersonIsCountedButOnlyTheFirstFindingsOfARuleAreKept() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            text.append("客户身份证号：").append(Fixtures.residentId(i)).append("\n");
        }
        text.append("再次出现：").append(Fixtures.residentId(7)).append("\n");
        Detections d = ENGINE.detect(List.of(new TextPart("ids.txt", "text/plain", text.toString(), null)), TODAY);
        EngineResult r = ENGINE.grade(List.of(), d, null, Extraction.COMPLETE);

        assertThat(r.findingsTotal()).isEqualTo(1_501);
        assertThat(r.subjects().persons()).isEqualTo(1_500);
        assertThat(d.findings()).hasSize(Detections.MAX_LISTED_FINDINGS);
        assertThat(r.findings()).hasSize(Detections.MAX_LISTED_FINDINGS);
        assertThat(r.categories()).filteredOn(c -> c.id().equals("pi.resident-id"))
                .singleElement().satisfies(c -> {
                    assertThat(c.count()).isEqualTo(1_501);
                    assertThat(c.distinctSubjects()).isEqualTo(1_500);
                });
    }

    @Test
    void laterCellsOfATypedColumnAreTriedOnlyWithTheRulesOfTheColumn() {
        String mobile = "13912345678";
        StringBuilder csv = new StringBuilder("编号,身份证号,备注\n");
        for (int i = 0; i < 400; i++) {
            // column B holds resident IDs (typed from the first rows); column C is free text (never typed)
            String id = i == 300 ? mobile : Fixtures.residentId(i);
            String note = i == 301 ? "回访电话 " + mobile : "无";
            csv.append(i).append(',').append(id).append(',').append(note).append('\n');
        }
        Detections d = ENGINE.detect(List.of(new TextPart("c.csv", "text/csv", csv.toString(), null)), TODAY);
        EngineResult r = ENGINE.grade(List.of(), d, null, Extraction.COMPLETE);

        assertThat(r.categories()).filteredOn(c -> c.id().equals("pi.mobile"))
                .singleElement().satisfies(c -> assertThat(c.count()).as("only the note in column C").isEqualTo(1));
        assertThat(d.findings()).filteredOn(f -> f.ruleId().equals("pi.cn-mobile"))
                .singleElement().satisfies(f -> assertThat(f.location().column()).isEqualTo("C"));
    }

    @Test
    void smallTablesAreReadWithEveryRule() {
        String mobile = "13912345678";
        StringBuilder csv = new StringBuilder("编号,身份证号\n");
        for (int i = 0; i < 100; i++) {
            csv.append(i).append(',').append(i == 90 ? mobile : Fixtures.residentId(i)).append('\n');
        }
        EngineResult r = ENGINE.classify(List.of(new TextPart("c.csv", "text/csv", csv.toString(), null)), null, TODAY,
                Extraction.COMPLETE);
        assertThat(r.categories()).extracting(EngineResult.CategorySummary::id).contains("pi.mobile");
    }
}

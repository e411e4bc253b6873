package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.Normaliser;
import cn.energydata.classifier.engine.text.TextPart;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.InRange;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test (Jazzer, see README "Fuzzing"): the engine with the built-in rules on any text, as prose, CSV, TSV, a
 * spreadsheet, JSON or a paged PDF, and optionally as a descriptor table: no exception, a level always set, and no
 * finding's snippet shows a run of five or more of the input's digits (values are masked, digits around them blanked).
 * Regression inputs, findings included, live in {@code src/test/resources/cn/energydata/classifier/engine/EngineFuzzTestInputs/}.
 */
class EngineFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String[] CONTENT_TYPES = {"text/plain", "text/csv", "text/tab-separated-values",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json", "application/pdf"};
    private static final int LONG_DIGIT_RUN = 5;
    private static final Engine ENGINE = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));

    static Stream<Arguments> texts() {
        String id = Fixtures.residentId("110101", LocalDate.of(1980, 5, 17), 123);
        String child = Fixtures.residentId("440305", LocalDate.of(2016, 3, 1), 45);
        String card = Fixtures.bankCard("622202123456789");
        return Stream.of(
                Arguments.of("客户张伟，身份证号：" + id + "，手机 " + Fixtures.mobile(3) + "，银行卡号 " + card
                        + "，住址：北京市朝阳区建国路88号。", 0, false),
                Arguments.of("姓名,身份证号,手机号,银行卡号\n王芳," + id + "," + Fixtures.mobile(5) + "," + card
                        + "\n李娜," + child + "," + Fixtures.mobile(6) + ",\n", 1, false),
                Arguments.of("充电订单\n\t订单号\t用户手机\t充电站\t电量kWh\n\t20261128000123\t" + Fixtures.mobile(7)
                        + "\t南京江宁站\t35.2\n", 3, true),
                Arguments.of("bus_i\ttype\tPd\tQd\tVm\tVa\tbaseKV\n1\t3\t0\t0\t1.06\t0\t345\n2\t2\t21.7\t12.7\t1.045\t-4.98\t345\n",
                        2, false),
                Arguments.of("{\"bus\": [{\"bus_i\": 1, \"base_kv\": 220, \"lat\": 31.230416, \"lon\": 121.473701}]}", 4, false),
                Arguments.of("某省电网2027年目标网架规划（内部）\n江苏 浙江 安徽 220kV 变电站布点规划 统一社会信用代码 "
                        + Fixtures.uscc("91320000MA1XYW123") + " 主机 IP 10.12.3.4", 5, false));
    }

    @MethodSource("texts")
    @FuzzTest(maxDuration = "10s")
    void anyTextIsGradedWithoutShowingItsDigits(@NotNull @WithUtf8Length(max = 20_000) String text,
                                                @InRange(min = 0, max = 5) int contentType, boolean alsoAsDescriptor) {
        int[] pages = contentType == 5 ? new int[]{0, text.length() / 2} : new int[0];
        TextPart part = new TextPart("upload", CONTENT_TYPES[contentType], text, text, pages);
        EngineResult result = ENGINE.classify(List.of(part), alsoAsDescriptor ? descriptor(text) : null, TODAY,
                Extraction.COMPLETE);

        assertThat(result.level()).isNotNull();
        assertThat(result.levelBasis()).isNotNull();
        assertThat(result.findingsTotal()).isGreaterThanOrEqualTo(result.findings().size());
        String input = Normaliser.halfWidth(text);
        for (Finding f : result.findings()) {
            assertThat(f.maskedSnippet()).as("snippet of %s", f.ruleId()).isNotNull();
            for (String run : longDigitRuns(f.maskedSnippet())) {
                assertThat(input).as("snippet of %s shows the input's digits: %s", f.ruleId(), f.maskedSnippet())
                        .doesNotContain(run);
            }
        }
    }

    /** A descriptor made of the text: first line the name, second the description, third the columns, then rows. */
    private static Descriptor descriptor(String text) {
        List<String> lines = text.lines().toList();
        String name = lines.isEmpty() ? null : lines.get(0);
        String description = lines.size() > 1 ? lines.get(1) : null;
        List<Descriptor.Column> columns = new ArrayList<>();
        if (lines.size() > 2) {
            String[] names = lines.get(2).split(",", -1);
            for (int c = 0; c < names.length; c++) {
                List<String> samples = new ArrayList<>();
                for (String row : lines.subList(3, lines.size())) {
                    String[] cells = row.split(",", -1);
                    samples.add(c < cells.length ? cells[c] : null);
                }
                columns.add(new Descriptor.Column(names[c], null, samples));
            }
        }
        return new Descriptor(name, description, null, null, Arrays.asList(text.split("\\s+", 4)),
                (long) text.length(), (long) text.length() * 37, columns);
    }

    /** Runs of {@value #LONG_DIGIT_RUN} or more digits (any script, by code point). */
    static List<String> longDigitRuns(String s) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            if (Character.isDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else {
                if (start >= 0 && s.codePointCount(start, i) >= LONG_DIGIT_RUN) {
                    runs.add(s.substring(start, i));
                }
                start = -1;
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        return runs;
    }
}

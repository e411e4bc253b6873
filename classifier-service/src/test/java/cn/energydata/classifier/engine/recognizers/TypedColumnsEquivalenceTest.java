package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.Fixtures;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path for large tables (columns typed from their first rows, later cells tried with their column's rules
 * only) gives exactly the result of reading every cell with every rule: the same level, categories, counts, distinct
 * subjects, column profiles and listed findings (locations and snippets included), on generated tables.
 */
class TypedColumnsEquivalenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static Engine engine;

    @BeforeAll
    static void load() {
        engine = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void typingOn() {
        ColumnRules.enabled = true;
    }

    private static void assertSameBothWays(TextPart... parts) {
        ColumnRules.enabled = true;
        EngineResult typed = engine.classify(List.of(parts), null, TODAY, Extraction.COMPLETE);
        ColumnRules.enabled = false;
        EngineResult full = engine.classify(List.of(parts), null, TODAY, Extraction.COMPLETE);
        assertThat(typed.findingsTotal()).isGreaterThan(0);
        assertThat(typed).isEqualTo(full);
    }

    @Test
    void customerExport() {
        StringBuilder csv = new StringBuilder("客户编号,客户姓名,身份证号,手机号码,电子邮箱,用电地址,月用电量,银行卡号\n");
        Random random = new Random(1);
        for (int i = 0; i < 3_000; i++) {
            csv.append("C").append(1_000_000 + i).append(",张晓明,")
                    .append(random.nextInt(50) == 0 ? "" : Fixtures.residentId(i)).append(',')
                    .append(random.nextInt(40) == 0 ? "未登记" : Fixtures.mobile(i)).append(",user").append(i)
                    .append("@example.org,江苏省南京市玄武区中山路").append(i % 500).append("号,")
                    .append(100 + i % 900).append(',').append(Fixtures.bankCard("622202" + String.format("%09d", i)))
                    .append('\n');
        }
        assertSameBothWays(new TextPart("customers.csv", "text/csv", csv.toString(), null));
    }

    @Test
    void spreadsheetSheetsWithInvalidValuesAndBlanks() {
        StringBuilder tsv = new StringBuilder("用户清单\n\t户号\t证件号码\t联系电话\t坐标\t终端IP\n");
        Random random = new Random(2);
        for (int i = 0; i < 800; i++) {
            String id = Fixtures.residentId(i);
            if (random.nextInt(20) == 0) {
                id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'); // wrong check digit
            }
            tsv.append('\t').append(3_200_000_000L + i).append('\t').append(id).append('\t')
                    .append(random.nextInt(10) == 0 ? "025-8" + String.format("%07d", i) : Fixtures.mobile(i))
                    .append('\t').append("31.").append(2000 + i % 7000).append(",121.").append(4000 + i % 5000)
                    .append('\t').append("10.").append(i % 250).append('.').append(i % 200).append(".1\n");
        }
        tsv.append("\n设备台账\n\t设备\t电压等级\tMAC\n");
        for (int i = 0; i < 400; i++) {
            tsv.append("\t").append(i % 3 == 0 ? "1号主变" : "母线").append('\t').append(i % 2 == 0 ? "220kV" : "110kV")
                    .append('\t').append(String.format("00:1a:2b:%02x:%02x:%02x", i % 256, (i * 7) % 256, (i * 13) % 256))
                    .append('\n');
        }
        assertSameBothWays(new TextPart("book.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                tsv.toString(), null));
    }

    @Test
    void quotedCellsAndSeveralParts() {
        assertSameBothWays(new TextPart("a.csv", "text/csv", quotedTable(5_000), null),
                new TextPart("b.txt", "text/plain", "联系人：王小明，手机 " + Fixtures.mobile(9) + "\n", null));
    }

    /**
     * What typing knowingly gives up: a later cell of a column typed as resident IDs is not tried with the other
     * rules, so the 3 % of these IDs that also pass the social-credit-code check (none in the sampled rows) are
     * not reported as codes of organisations — by the full path they are. Nothing else differs.
     */
    @Test
    void aTypedColumnIsNotSearchedForCoincidencesOfOtherKinds() {
        TextPart part = new TextPart("a.csv", "text/csv", quotedTable(7), null);
        ColumnRules.enabled = true;
        EngineResult typed = engine.classify(List.of(part), null, TODAY, Extraction.COMPLETE);
        ColumnRules.enabled = false;
        EngineResult full = engine.classify(List.of(part), null, TODAY, Extraction.COMPLETE);
        assertThat(full.categories()).extracting(EngineResult.CategorySummary::id).contains("org.uscc");
        assertThat(typed.categories()).isEqualTo(full.categories().stream().filter(c -> !c.id().equals("org.uscc")).toList());
        assertThat(typed.findings()).isEqualTo(full.findings().stream().filter(f -> !f.category().equals("org.uscc")).toList());
        assertThat(typed.columns()).isEqualTo(full.columns());
    }

    private static String quotedTable(int firstId) {
        StringBuilder csv = new StringBuilder("name,\"id, card\",phone,note\n");
        for (int i = 0; i < 600; i++) {
            csv.append("\"李").append(i % 10).append("\",").append(Fixtures.residentId(i + firstId)).append(',')
                    .append("+86 ").append(Fixtures.mobile(i)).append(",\"备注, 第").append(i).append("行\"\n");
        }
        return csv.toString();
    }
}

package cn.energydata.classifier.engine;

import cn.energydata.classifier.corpus.Formats;
import cn.energydata.classifier.engine.grading.Flag;
import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EngineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static Engine engine;

    @BeforeAll
    static void load() {
        engine = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));
    }

    static EngineResult classify(String text) {
        return engine.classify(List.of(new TextPart("doc.txt", "text/plain", text, text)), null, TODAY,
                Extraction.COMPLETE);
    }

    static List<String> categories(EngineResult r) {
        return r.categories().stream().map(EngineResult.CategorySummary::id).toList();
    }

    @Test
    void residentIdIsValidatedMaskedAndAged() {
        String adult = Fixtures.residentId("110101", LocalDate.of(1980, 5, 17), 123);
        String child = Fixtures.residentId("440305", LocalDate.of(2016, 3, 1), 45);
        String minor = Fixtures.residentId("330106", LocalDate.of(2010, 1, 2), 46);
        EngineResult r = classify("客户身份证号：" + adult + "，子女 " + child + " 和 " + minor);
        assertThat(categories(r)).contains("pi.resident-id");
        assertThat(r.subjects().persons()).isEqualTo(3);
        assertThat(r.subjects().minors()).isEqualTo(2);
        assertThat(r.subjects().children()).isEqualTo(1);
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("pi.cn-resident-id");
        assertThat(f.ruleVersion()).isEqualTo("1.0.0");
        assertThat(f.validatorResult()).isEqualTo("VALID");
        assertThat(f.scoreAfter()).isGreaterThan(f.scoreBefore());
        assertThat(f.location().start()).isNotNull();
        for (Finding each : r.findings()) {
            assertThat(each.maskedSnippet()).doesNotContain(adult, child, minor, adult.substring(4, 14));
        }
        assertThat(r.categories().get(0).minors()).isTrue();
    }

    @Test
    void wrongCheckDigitDateOrRegionIsNoFinding() {
        String valid = Fixtures.residentId("110101", LocalDate.of(1980, 5, 17), 123);
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        assertThat(categories(classify("身份证 " + valid.substring(0, 17) + wrong))).doesNotContain("pi.resident-id");
        assertThat(categories(classify("身份证 " + Fixtures.residentId("990101", LocalDate.of(1980, 5, 17), 1))))
                .doesNotContain("pi.resident-id");
        assertThat(categories(classify("身份证 " + Fixtures.residentId("110101", LocalDate.of(2030, 1, 1), 1))))
                .doesNotContain("pi.resident-id");
    }

    @Test
    void fullWidthDigitsAreNormalised() {
        String id = Fixtures.residentId("110101", LocalDate.of(1980, 5, 17), 123);
        StringBuilder fw = new StringBuilder();
        for (char c : id.toCharArray()) {
            fw.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c);
        }
        assertThat(categories(classify("身份证号：" + fw))).contains("pi.resident-id");
    }

    @Test
    void bankCardNeedsLuhnAndContext() {
        String card = Fixtures.bankCard("622202123456789");
        assertThat(categories(classify("银行卡号 " + card))).contains("pi.bank-card");
        assertThat(categories(classify("number " + card))).doesNotContain("pi.bank-card");
        String bad = card.substring(0, 15) + ((card.charAt(15) - '0' + 1) % 10);
        assertThat(categories(classify("银行卡号 " + bad))).doesNotContain("pi.bank-card");
    }

    @Test
    void columnHeaderCountsAsContext() {
        StringBuilder csv = new StringBuilder("account,amount\n");
        for (int i = 0; i < 3; i++) {
            csv.append(Fixtures.bankCard("62220212345670" + i)).append(",100\n");
        }
        EngineResult r = engine.classify(List.of(new TextPart("d.csv", "text/csv", csv.toString(), null)), null, TODAY,
                Extraction.COMPLETE);
        assertThat(categories(r)).contains("pi.bank-card");
    }

    @Test
    void otherIdentifiers() {
        EngineResult r = classify("手机：13912345678 电话 010-88886666 邮箱 zhang.san@example.cn 护照号 E12345678 "
                + "车牌 京A12345 统一社会信用代码 " + Fixtures.uscc("91320000MA1XYW123") + " 主机 IP 10.12.3.4 MAC 00:1A:2B:3C:4D:5E "
                + "位置坐标 39.916527, 116.397128 姓名：王小明 住址：江苏省南京市玄武区北京东路12号");
        assertThat(categories(r)).contains("pi.mobile", "pi.landline", "pi.email", "pi.passport", "pi.licence-plate",
                "org.uscc", "net.ip-address", "net.mac-address", "pi.gps", "pi.person-name", "pi.address");
        assertThat(r.level()).isEqualTo(Level.GENERAL);
    }

    @Test
    void energyDictionaryChineseAndEnglishWithContext() {
        EngineResult zh = classify("附件为500kV主网架稳控策略及断面限额，仅限调度使用。");
        assertThat(categories(zh)).contains("energy.grid-topology");
        assertThat(zh.level()).isEqualTo(Level.IMPORTANT);
        assertThat(zh.reasons().get(0).ref()).isEqualTo("energy.grid-topology.dict");
        EngineResult en = classify("This annex holds the relay settings and transfer limits of the 220 kV substation.");
        assertThat(en.level()).isEqualTo(Level.IMPORTANT);
        assertThat(classify("The metadata settings of the transfer limitsless field.").level()).isEqualTo(Level.GENERAL);
    }

    @Test
    void nuclearIsCoreAndFlagsPossibleStateSecret() {
        EngineResult r = classify("核电厂设计与实物保护方案");
        assertThat(r.level()).isEqualTo(Level.CORE);
        assertThat(r.flags()).contains(Flag.POSSIBLE_STATE_SECRET, Flag.NEEDS_REVIEW);
        assertThat(r.needsReview()).isTrue();
    }

    @Test
    void outOfScopeIsAFlag() {
        EngineResult r = classify("本市城镇燃气与集中供热管网年度检修安排");
        assertThat(r.flags()).contains(Flag.OUT_OF_SCOPE);
    }

    @Test
    void multiProvinceGridIsCore() {
        EngineResult r = engine.classify(List.of(new TextPart("lines.csv", "text/csv",
                "线路名称,所属电网,电压等级,稳控策略\n苏锡一线,江苏电网,500kV,切机\n浙北二线,浙江省,500kV,切负荷\n皖南三线,安徽,500kV,切机\n",
                null)), null, TODAY, Extraction.COMPLETE);
        assertThat(r.level()).isEqualTo(Level.CORE);
        assertThat(r.reasons().get(0).ref()).isEqualTo("threshold.multi-province");
        // Core data of several provinces may be, or become by aggregation, a state secret (issue 13).
        assertThat(r.flags()).contains(Flag.POSSIBLE_STATE_SECRET, Flag.NEEDS_REVIEW);
        assertThat(r.needsReview()).isTrue();
    }

    @Test
    void nationalScopeGridDataIsCoreAndAPossibleStateSecret() {
        EngineResult r = engine.classify(List.of(new TextPart("limits.csv", "text/csv",
                "断面名称,范围,断面限额(MW)\n跨区一号断面,全国,8000\n跨区二号断面,全国,6500\n", null)), null, TODAY,
                Extraction.COMPLETE);
        assertThat(r.level()).isEqualTo(Level.CORE);
        assertThat(r.reasons()).anyMatch(x -> x.ref().equals("threshold.national-scope"));
        assertThat(r.flags()).contains(Flag.POSSIBLE_STATE_SECRET, Flag.NEEDS_REVIEW);
    }

    @Test
    void gridDataOfOneOrTwoProvincesIsImportantWithoutTheSecrecyFlag() {
        EngineResult r = engine.classify(List.of(new TextPart("lines.csv", "text/csv",
                "线路名称,所属电网,电压等级,稳控策略\n苏锡一线,江苏电网,500kV,切机\n浙北二线,浙江省,500kV,切负荷\n",
                null)), null, TODAY, Extraction.COMPLETE);
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
        assertThat(r.flags()).doesNotContain(Flag.POSSIBLE_STATE_SECRET, Flag.NEEDS_REVIEW);
        assertThat(r.needsReview()).isFalse();
    }

    @Test
    void strategicReservesAreAPossibleStateSecret() {
        EngineResult r = classify("国家石油储备库各库区储备库存月报（2026年10月）");
        assertThat(r.level()).isEqualTo(Level.CORE);
        assertThat(categories(r)).contains("energy.strategic-reserves");
        assertThat(r.flags()).contains(Flag.POSSIBLE_STATE_SECRET, Flag.NEEDS_REVIEW);
    }

    @Test
    void productionControlZoneIsAHintNotAReviewRequest() {
        EngineResult r = classify("安全Ⅱ区电能量采集系统配置：调度数据网地址 10.2.1.20，纵向加密认证装置 10.2.1.1。");
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
        assertThat(r.flags()).containsExactly(Flag.PRODUCTION_CONTROL_ZONE);
        assertThat(r.needsReview()).isFalse();
    }

    @Test
    void sclSubstationConfigurationIsProductionControlZoneData() {
        String scl = Formats.SCL;
        EngineResult r = engine.classify(List.of(new TextPart("s1.scd", "application/xml", scl, scl)), null, TODAY,
                Extraction.COMPLETE);
        assertThat(categories(r)).contains("energy.power-monitoring");
        assertThat(r.flags()).contains(Flag.PRODUCTION_CONTROL_ZONE);
    }

    @Test
    void chargingOrdersArePersonalInformationAndChargingOperationIsImportant() {
        EngineResult orders = classify("充电订单明细：订单号 CD20261001001，充电站 城东站，电量 32.5 kWh。");
        assertThat(categories(orders)).contains("energy.charging-orders").doesNotContain("energy.ev-charging");
        assertThat(orders.level()).isEqualTo(Level.GENERAL);
        assertThat(orders.categories()).filteredOn(c -> c.id().equals("energy.charging-orders"))
                .extracting(EngineResult.CategorySummary::subLevel).containsExactly(3);
        EngineResult network = classify("各市充电站运行数据及充电桩利用率（2026年10月）");
        assertThat(categories(network)).contains("energy.ev-charging");
        assertThat(network.level()).isEqualTo(Level.IMPORTANT);
    }

    /** The automotive rules' 超过10万人 excludes the number itself (issue 13, Decisions). */
    @Test
    void piScaleIsMoreThanOneHundredThousandPeople() {
        assertThat(mobileCustomers(100_000).level()).isEqualTo(Level.GENERAL);
        EngineResult over = mobileCustomers(100_001);
        assertThat(over.level()).isEqualTo(Level.IMPORTANT);
        assertThat(over.reasons().get(0).ref()).isEqualTo("threshold.pi-scale");
    }

    private static EngineResult mobileCustomers(long persons) {
        Descriptor d = new Descriptor("contacts", "客户联系电话", "DATABASE", "CONSUMPTION", List.of("Jiangsu"),
                persons, persons, List.of(new Descriptor.Column("mobile", "手机",
                List.of(Fixtures.mobile(1), Fixtures.mobile(2)))));
        return engine.classify(List.of(), d, TODAY, Extraction.COMPLETE);
    }

    @Test
    void numericRecordsInGridVocabularyAreAGridModelWhateverTheFormat() {
        StringBuilder model = new StringBuilder("% an unknown tool's case: bus data, then branch data (kV, MVA)\nbus = [\n");
        for (int i = 1; i <= 15; i++) {
            model.append(i).append("  1  ").append(10 + i).append(".0  3.5  220  1.02  0.0;\n");
        }
        model.append("];\nbranch = [\n");
        for (int i = 1; i < 15; i++) {
            model.append(i).append("  ").append(i + 1).append("  0.0012  0.0150  0.31  400;\n");
        }
        model.append("];\ngen = [ 1 250 0 ]; % MVA base 100, transformer taps in xfmr\n");
        EngineResult r = classify(model.toString());
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
        assertThat(r.reasons().get(0).ref()).isEqualTo("records.power-system-data");
    }

    @Test
    void proseAboutGridsOrNumbersWithoutGridWordsAreNotRecords() {
        String prose = "A bus connects lines; a branch has an impedance; the generator feeds the load through a "
                + "transformer rated in MVA at 220 kV.\n";
        assertThat(classify(prose.repeat(40)).level()).isEqualTo(Level.GENERAL);
        StringBuilder weather = new StringBuilder("station,year,month,rain_mm,temp_c\n");
        for (int i = 0; i < 40; i++) {
            weather.append("5880").append(i % 3).append(",2024,").append(i % 12 + 1).append(",12.5,18.2\n");
        }
        assertThat(classify(weather.toString()).level()).isEqualTo(Level.GENERAL);
    }

    @Test
    void coordinatesOfEquipmentAreInfrastructureNotWhereabouts() {
        EngineResult r = engine.classify(List.of(new TextPart("substations.csv", "text/csv",
                "name,voltage_kv,latitude,longitude\n东善桥变,500,31.912345,118.765432\n秋藤变,500,31.812345,119.123456\n",
                null)), null, TODAY, Extraction.COMPLETE);
        assertThat(r.categories()).extracting(EngineResult.CategorySummary::id)
                .contains("energy.infrastructure-gis").doesNotContain("pi.gps");
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
    }

    @Test
    void coordinatesNextToAPersonAreWhereabouts() {
        EngineResult r = engine.classify(List.of(new TextPart("visits.csv", "text/csv",
                "客户姓名,手机,坐标\n张伟,13912340001,\"31.912345,118.765432\"\n李娜,13912340002,\"31.812345,119.123456\"\n",
                null)), null, TODAY, Extraction.COMPLETE);
        assertThat(r.categories()).extracting(EngineResult.CategorySummary::id).contains("pi.gps");
    }

    @Test
    void aRegionalGridNamedInRecordsCoversItsProvinces() {
        EngineResult r = engine.classify(List.of(new TextPart("lines.csv", "text/csv",
                "线路名称,所属电网,电压等级,稳控策略\n一线,华东电网,500kV,切机\n二线,华东电网,500kV,切负荷\n", null)),
                null, TODAY, Extraction.COMPLETE);
        assertThat(r.level()).isEqualTo(Level.CORE);
    }

    @Test
    void provincesOrNationalScopeInProseDoNotMakeCore() {
        // A thesis chapter explaining a grid format: it names provinces and "全国" but holds no grid records.
        EngineResult r = classify("本章介绍电网运行方式数据格式。江苏省、浙江省、安徽省的500kV主网架均采用该格式，"
                + "全国各省调度机构在年度运行方式计算中使用。");
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
        assertThat(r.reasons()).noneMatch(x -> x.ref().startsWith("threshold."));
    }

    @Test
    void descriptorScaleMakesPersonalInformationImportant() {
        Descriptor d = new Descriptor("customers", "用电客户档案", "DATABASE", "CONSUMPTION", List.of("Jiangsu"),
                1_200_000L, 900_000L, List.of(new Descriptor.Column("id_card", "身份证号",
                List.of(Fixtures.residentId(1), Fixtures.residentId(2))), new Descriptor.Column("meter_id", "户号",
                List.of("3200012345", "3200012346"))));
        EngineResult r = engine.classify(List.of(), d, TODAY, Extraction.COMPLETE);
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
        assertThat(r.subjects().persons()).isEqualTo(900_000);
        assertThat(r.reasons().get(0).ref()).isIn("threshold.pi-scale", "threshold.sensitive-pi-scale");
        assertThat(r.columns()).anyMatch(c -> "pi.resident-id".equals(c.category()) && "id_card".equals(c.column()));
    }

    @Test
    void partialExtractionNeedsReviewNeverSilentlyGeneral() {
        EngineResult r = engine.classify(List.of(new TextPart("a.pdf", "application/pdf", "hello", null)), null, TODAY,
                new Extraction(ExtractionStatus.PARTIAL, "parsing stopped early", true, 0, 0));
        assertThat(r.needsReview()).isTrue();
        assertThat(r.flags()).contains(Flag.NEEDS_REVIEW);
        assertThat(r.reasons()).anyMatch(x -> x.source() == EngineResult.ReasonSource.EXTRACTION);
    }

    @Test
    void tabularColumnsAreProfiled() {
        StringBuilder csv = new StringBuilder("客户姓名,身份证号,手机\n");
        for (int i = 0; i < 5; i++) {
            csv.append("张").append((char) ('一' + i)).append("明,").append(Fixtures.residentId(i)).append(',')
                    .append(Fixtures.mobile(i)).append('\n');
        }
        EngineResult r = engine.classify(List.of(new TextPart("c.csv", "text/csv", csv.toString(), null)), null, TODAY,
                Extraction.COMPLETE);
        assertThat(r.columns()).extracting(EngineResult.ColumnSummary::category)
                .contains("pi.person-name", "pi.resident-id", "pi.mobile");
        assertThat(r.findings()).anyMatch(f -> "B".equals(f.location().column()) && Integer.valueOf(3).equals(f.location().row()));
        assertThat(r.subjects().persons()).isEqualTo(5);
    }

    @Test
    void matpowerSampleIsRecognisedByContent() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/samples/matpower-case9.m"), StandardCharsets.UTF_8);
        EngineResult r = engine.classify(List.of(new TextPart("whatever.txt", "text/plain", text, text)), null, TODAY,
                Extraction.COMPLETE);
        assertThat(r.level()).isEqualTo(Level.IMPORTANT);
        assertThat(r.reasons().get(0).source()).isEqualTo(EngineResult.ReasonSource.FORMAT);
        assertThat(r.reasons().get(0).ref()).isEqualTo("format.matpower");
    }

    /** Issue 15: evidence names the line and shows the voltage level and keywords, never the identifying values. */
    @Test
    void evidenceHasLinesAndShowsVoltageLevelsButNotIdentifiers() {
        String phone = Fixtures.mobile(3);
        String text = "调度说明\n第二行\n附：500kV主网架稳控策略及断面限额\n联系人手机 " + phone + "，主站 10.20.30.40 SCADA\n";
        EngineResult r = classify(text);
        Finding grid = r.findings().stream().filter(f -> f.category().equals("energy.grid-topology")).findFirst().orElseThrow();
        assertThat(grid.location().line()).isEqualTo(3);
        assertThat(grid.maskedSnippet()).contains("500kV主网架");
        Finding mobile = r.findings().stream().filter(f -> f.category().equals("pi.mobile")).findFirst().orElseThrow();
        assertThat(mobile.location().line()).isEqualTo(4);
        Finding ip = r.findings().stream().filter(f -> f.category().equals("net.ip-address")).findFirst().orElseThrow();
        assertThat(ip.location().line()).isEqualTo(4);
        for (Finding f : r.findings()) {
            assertThat(f.maskedSnippet()).doesNotContain(phone.substring(3)).doesNotContain("10.20").doesNotContain("30.40");
        }
        // one line: no line number, the offsets say where
        assertThat(classify("附：500kV主网架稳控策略").findings().get(0).location().line()).isNull();
    }
}

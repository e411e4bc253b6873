package cn.energydata.classifier.engine.recognizers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets show what a value is about (voltage levels, units, keywords) and never the identifying value. */
class MaskingTest {

    private static String around(String text, String value, boolean reveal) {
        int start = text.indexOf(value);
        return Masking.snippet(text, start, start + value.length(), reveal);
    }

    @Test
    void voltageLevelsAndUnitsAreShown() {
        assertThat(around("东郊站220kV母线 SCADA 遥测", "母线", true)).contains("220kV母线").contains("SCADA");
        assertThat(around("35 kV主变 2×180 MVA", "主变", true)).contains("180 MVA").contains("35 kV");
        assertThat(around("±800kV特高压直流，额定50Hz", "特高压", true)).contains("±800kV").contains("50Hz");
        assertThat(around("装机 3.5MW 光伏，500千伏送出", "光伏", true)).contains("3.5MW").contains("500千伏");
    }

    @Test
    void identifyingValuesAndOtherNumbersStayMasked() {
        // the value itself: masked whatever it is next to
        assertThat(around("手机 13912345678kV 母线", "13912345678", false)).doesNotContain("2345678");
        // digits that are not a quantity with its unit, or too long to be one, or part of an identifier
        String s = around("1号主变 IP 10.12.3.41 户号 3200012345 编号 A1234kV 12345kV 1.2345kV 母线", "母线", true);
        assertThat(s).doesNotContain("1号").doesNotContain("10.12").doesNotContain("3200012345")
                .doesNotContain("A1234kV").doesNotContain("12345kV").doesNotContain("2345kV").doesNotContain(".2345");
        assertThat(around("坐标 31.2304,121.4737 变电站", "变电站", true)).doesNotContain("31.2304").doesNotContain("121");
        // a number cut by the snippet's window is not shown from its middle
        assertThat(around("0000000000220kV 母线", "母线", true)).doesNotContain("220kV");
    }

    @Test
    void aLatinUnitMustEndTheWord() {
        assertThat(around("型号 110kvx 母线", "母线", true)).doesNotContain("110");
        assertThat(around("型号 110kV 母线", "母线", true)).contains("110kV");
    }
}

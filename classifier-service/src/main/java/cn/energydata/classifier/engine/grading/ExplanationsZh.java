package cn.energydata.classifier.engine.grading;

import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.ExtractionStatus;
import cn.energydata.classifier.engine.rules.RulePack;

import java.util.Map;

/**
 * The Chinese wording of the grading reasons, in the terms of GB/T 43697-2024 (影响对象, 危害程度). Category and
 * threshold texts come from the rule packs ({@code nameZh}, {@code explanationZh}); what is not there falls back to
 * the English text, so an operator's pack without Chinese still grades.
 */
final class ExplanationsZh {

    private static final Map<String, String> OBJECTS = Map.of(
            "national-security", "国家安全",
            "economic-operation", "经济运行",
            "social-order", "社会秩序",
            "public-interest", "公共利益",
            "individual-rights", "个人、组织合法权益");
    private static final Map<String, String> DEGREES = Map.of(
            "extremely-serious", "特别严重危害",
            "serious", "严重危害",
            "general", "一般危害");
    private static final Map<String, String> METRICS = Map.of(
            "persons", "涉及个人信息主体人数",
            "sensitivePersons", "涉及敏感个人信息主体人数",
            "minors", "涉及未成年人人数",
            "children", "涉及不满十四周岁儿童人数",
            "provinces", "涉及省份数",
            "national", "全国范围");
    private static final Map<ExtractionStatus, String> STATUSES = Map.of(
            ExtractionStatus.COMPLETE, "已完整读取",
            ExtractionStatus.TRUNCATED, "达到读取上限，内容被截断",
            ExtractionStatus.PARTIAL, "解析中途停止，仅读取了部分内容",
            ExtractionStatus.ENCRYPTED, "文档或其中的文件已加密",
            ExtractionStatus.UNREADABLE, "文档损坏或无法读取",
            ExtractionStatus.EMPTY, "文档为空",
            ExtractionStatus.UNSUPPORTED, "不支持的文档类型");

    private ExplanationsZh() {
    }

    /** 电网拓扑：一旦泄露，可能对经济运行造成严重危害 */
    static String category(RulePack.CategoryDef cat) {
        String name = cat.nameZh() == null ? cat.name() : cat.nameZh();
        RulePack.Impact impact = cat.impact();
        return name + "：一旦遭到篡改、破坏、泄露或者非法获取、非法利用，可能对"
                + OBJECTS.getOrDefault(impact.object(), impact.object()) + "造成"
                + DEGREES.getOrDefault(impact.degree(), impact.degree());
    }

    static String threshold(GradingConfig.Threshold t, long value) {
        String text = t.explanationZh() != null ? t.explanationZh()
                : t.explanation() != null ? t.explanation() : t.metric() + " ≥ " + t.atLeast();
        return text + "（" + METRICS.getOrDefault(t.metric(), t.metric()) + "：" + value + "）";
    }

    static String nothingRead(Extraction e) {
        return "无法读取文档的任何内容（" + status(e) + "），在审核人员作出决定之前按核心数据处理";
    }

    static String partlyRead(Extraction e) {
        return "仅读取了部分内容（" + status(e) + "）；定级依据已读取的部分，未分析的内容可能使级别升高";
    }

    static String nothingFound() {
        return "未发现重要或核心数据类别，也未达到任何规模或范围阈值";
    }

    /** The status in words, with the parts that could not be read (their paths, as the English reason names them). */
    private static String status(Extraction e) {
        String words = STATUSES.getOrDefault(e.status(), e.status().name());
        String reason = e.reason();
        int parts = reason == null ? -1 : reason.indexOf("not analysed: ");
        return parts < 0 ? words : words + "：" + reason.substring(parts + "not analysed: ".length());
    }
}

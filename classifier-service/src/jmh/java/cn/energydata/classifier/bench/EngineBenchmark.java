package cn.energydata.classifier.bench;

import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.Fixtures;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Detection + grading on already-extracted text (normalisation, all recognizers, aggregation, grading), one
 * thread: MB/s per core = text bytes (UTF-8) / average time. Text: a Chinese/English mix of prose with some
 * personal information and energy keywords, about 1 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class EngineBenchmark {

    @Param({"table", "mixed", "prose"})
    public String text;

    private Engine engine;
    private String content;

    @Setup
    public void setup() {
        engine = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));
        content = text(text);
        System.out.printf("%n[bench] text=%s chars=%d utf8-bytes=%d%n", text, content.length(),
                content.getBytes(StandardCharsets.UTF_8).length);
    }

    /**
     * The benchmark text: {@code mixed} (prose, personal information, grid keywords), {@code prose}, or {@code table}
     * (a PI-dense customer CSV, one person per row with a valid resident ID, like the 120 000-row export).
     */
    public static String text(String kind) {
        if (kind.equals("table")) {
            return table(50_000);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 400_000) {
            sb.append("关于加强变电站运行维护管理工作的通知，各单位要认真落实安全生产责任制，确保电网安全稳定运行。\n");
            sb.append("The maintenance team inspected the switchgear and recorded the results in the shift log.\n");
            if (kind.equals("mixed")) {
                sb.append("客户姓名：张晓明，身份证号：").append(Fixtures.residentId(i)).append("，手机 ").append(Fixtures.mobile(i))
                        .append("，邮箱 user").append(i).append("@example.org\n");
                if (i % 10 == 0) {
                    sb.append("附件：500kV主网架稳控策略及断面限额；transfer limits of the corridor.\n");
                }
            }
            i++;
        }
        return sb.toString();
    }

    /** A customer export: {@code rows} people, each with a valid resident ID, a mobile number and an e-mail. */
    public static String table(int rows) {
        StringBuilder sb = new StringBuilder("客户编号,客户姓名,身份证号,手机号码,电子邮箱,用电地址,月用电量\n");
        for (int i = 0; i < rows; i++) {
            sb.append("C").append(1_000_000 + i).append(",张晓明,").append(Fixtures.residentId(i)).append(',')
                    .append(Fixtures.mobile(i)).append(",user").append(i).append("@example.org,江苏省南京市玄武区中山路")
                    .append(i % 500).append("号,").append(100 + i % 900).append('\n');
        }
        return sb.toString();
    }

    /** The part a benchmark text is classified as: a CSV file for {@code table}, plain text otherwise. */
    public static TextPart part(String kind, String content) {
        return kind.equals("table") ? new TextPart("bench.csv", "text/csv", content, null)
                : new TextPart("bench.txt", "text/plain", content, null);
    }

    @Benchmark
    public EngineResult detectAndGrade() {
        return engine.classify(List.of(part(text, content)), null, LocalDate.of(2026, 11, 28), Extraction.COMPLETE);
    }
}

package cn.energydata.classifier.bench;

import cn.energydata.classifier.corpus.RealWorldCorpus;
import cn.energydata.classifier.corpus.Render;
import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.Fixtures;
import cn.energydata.classifier.engine.RecognizerKinds;
import cn.energydata.classifier.engine.rules.RuleSet;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;
import cn.energydata.classifier.extraction.ExtractedDocument;
import cn.energydata.classifier.extraction.ExtractionLimits;
import cn.energydata.classifier.extraction.Extractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 14 target 2: what classification costs on top of Tika, (Tika + engine) ÷ Tika, in thread CPU time, for three
 * corpora side by side in one run: the real-world corpus ({@code src/test/resources/realworld}), generated PI tables
 * ({@value #TABLE_ROWS} rows, CSV and XLSX) and generated office documents (DOCX, XLSX, PDF). Extraction is the
 * service's own {@link Extractor} (Tika's AutoDetectParser with its limits; the write limit raised so that the large
 * tables are read whole); the engine classifies the parts it returns. For each corpus it also prints where the
 * engine's time goes, per kind of rule. Args: measured passes (default 3; one warm-up pass precedes them).
 * <pre>../mvnw -B -Pbench test-compile exec:exec -Dbench.main=cn.energydata.classifier.bench.ClassificationOverhead -Dbench.args=""</pre>
 */
public final class ClassificationOverhead {

    static final int TABLE_ROWS = 100_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ClassificationOverhead() {
    }

    record Corpus(String name, List<Path> files) {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        RuleSet rules = RuleSources.load(Optional.empty(), Optional.empty());
        Engine engine = new Engine(rules);
        ExtractionLimits d = ExtractionLimits.defaults();
        Extractor extractor = new Extractor(new ExtractionLimits(100_000_000, d.maxDepth(), d.maxEmbedded(),
                d.maxCompressionRatio(), d.minInflatedBytes(), d.timeout(), d.maxConcurrent(), d.queueWait()));
        Path dir = Files.createTempDirectory("classification-overhead");
        List<Corpus> corpora = List.of(realWorld(), tables(dir), office(dir));
        System.out.printf("[overhead] %d measured passes after one warm-up; thread CPU time; load %s%n", passes,
                Files.readString(Path.of("/proc/loadavg")).trim());
        for (Corpus c : corpora) {
            measure(c, engine, extractor, 1);
        }
        for (Corpus c : corpora) {
            long[] result = measure(c, engine, extractor, passes);
            long bytes = 0;
            for (Path f : c.files()) {
                bytes += Files.size(f);
            }
            System.out.printf("[overhead] %-10s %4d files %8.2f MB: Tika %7.0f ms, engine %7.0f ms -> (Tika + engine) / Tika"
                            + " = %.2f (engine %.1f MB/s per core)%n", c.name(), c.files().size(), bytes / 1e6,
                    result[0] / 1e6, result[1] / 1e6, (result[0] + result[1]) / (double) result[0],
                    bytes / 1e6 / (result[1] / 1e9));
            System.out.printf("[overhead] %-10s engine time by kind of rule: %s%n", c.name(), byKind(c, rules, extractor));
        }
    }

    /** {Tika ns, engine ns}: the median pass. */
    private static long[] measure(Corpus c, Engine engine, Extractor extractor, int passes) throws Exception {
        long[][] perPass = new long[passes][2];
        for (int p = 0; p < passes; p++) {
            for (Path f : c.files()) {
                long t0 = CPU.getCurrentThreadCpuTime();
                ExtractedDocument doc = extractor.extract(f, f.getFileName().toString());
                long t1 = CPU.getCurrentThreadCpuTime();
                engine.classify(doc.parts(), null, TODAY, doc.extraction());
                long t2 = CPU.getCurrentThreadCpuTime();
                perPass[p][0] += t1 - t0;
                perPass[p][1] += t2 - t1;
            }
        }
        Arrays.sort(perPass, (a, b) -> Long.compare(a[0] + a[1], b[0] + b[1]));
        return perPass[passes / 2];
    }

    /** The engine's CPU time per recognizer kind over the corpus (normalisation and table layout counted apart). */
    private static Map<String, String> byKind(Corpus c, RuleSet rules, Extractor extractor) throws Exception {
        List<String> kinds = RecognizerKinds.all().keySet().stream().filter(rules.ruleKinds()::containsValue).toList();
        long[] ns = new long[kinds.size() + 1];
        for (Path f : c.files()) {
            List<TextPart> parts = extractor.extract(f, f.getFileName().toString()).parts();
            for (TextPart part : parts) {
                long t0 = CPU.getCurrentThreadCpuTime();
                part.lower();
                part.table();
                ns[kinds.size()] += CPU.getCurrentThreadCpuTime() - t0;
                Detections out = new Detections(TODAY, rules);
                for (int k = 0; k < kinds.size(); k++) {
                    long t = CPU.getCurrentThreadCpuTime();
                    rules.recognizers().get(k).scan(part, out);
                    ns[k] += CPU.getCurrentThreadCpuTime() - t;
                }
            }
        }
        long total = Arrays.stream(ns).sum();
        Map<String, String> shares = new LinkedHashMap<>();
        shares.put("text layout", String.format("%.0f%%", 100.0 * ns[kinds.size()] / total));
        for (int k = 0; k < kinds.size(); k++) {
            shares.put(kinds.get(k), String.format("%.0f%%", 100.0 * ns[k] / total));
        }
        return shares;
    }

    private static Corpus realWorld() throws Exception {
        RealWorldCorpus corpus = RealWorldCorpus.load();
        return new Corpus("real-world", corpus.files().stream().map(corpus::file).toList());
    }

    /** One customer export of {@value #TABLE_ROWS} rows as CSV and as XLSX (valid resident IDs throughout). */
    private static Corpus tables(Path dir) throws Exception {
        String csv = EngineBenchmark.table(TABLE_ROWS);
        Path csvFile = Files.writeString(dir.resolve("customers.csv"), csv);
        List<List<String>> rows = csv.lines().map(l -> List.of(l.split(","))).toList();
        Path xlsx = Files.write(dir.resolve("customers.xlsx"), Render.table("xlsx", "客户", rows));
        return new Corpus("pi-tables", List.of(csvFile, xlsx));
    }

    /** Ten each of DOCX (Chinese/English prose with PI), XLSX (2 000-row customer sheets) and PDF (English with PI). */
    private static Corpus office(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        String prose = EngineBenchmark.text("mixed");
        List<List<String>> sheet = EngineBenchmark.table(2_000).lines().map(l -> List.of(l.split(","))).toList();
        for (int i = 0; i < 10; i++) {
            int from = i * 30_000;
            files.add(Files.write(dir.resolve("report-" + i + ".docx"), Render.docx(prose.substring(from, from + 30_000))));
            files.add(Files.write(dir.resolve("customers-" + i + ".xlsx"), Render.table("xlsx", "Sheet1", sheet)));
            StringBuilder pdf = new StringBuilder();
            for (int line = 0; line < 45; line++) {
                int n = i * 100 + line;
                pdf.append("Customer record ").append(n).append(": resident ID ").append(Fixtures.residentId(n))
                        .append(", mobile ").append(Fixtures.mobile(n)).append(", e-mail user").append(n)
                        .append("@example.org\n");
            }
            files.add(Files.write(dir.resolve("letter-" + i + ".pdf"), Render.pdf(pdf.toString())));
        }
        return new Corpus("office", files);
    }
}

package cn.energydata.classifier.corpus;

import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.engine.text.TextPart;
import cn.energydata.classifier.extraction.ExtractedDocument;
import cn.energydata.classifier.extraction.ExtractionLimits;
import cn.energydata.classifier.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the labelled corpus through extraction, detection and grading and prints precision and recall per level
 * and per category. No important or core document may come out general.
 */
class CorpusTest {

    record Outcome(Corpus.Doc doc, Level level, Set<String> categories, String status, long nanos) {
    }

    @Test
    void corpusPrecisionAndRecall() throws Exception {
        List<Corpus.Doc> docs = Corpus.write(Path.of("target/corpus"));
        assertThat(docs).hasSizeGreaterThanOrEqualTo(60);
        Engine engine = new Engine(RuleSources.load(Optional.empty(), Optional.empty()));
        Extractor extractor = new Extractor(ExtractionLimits.defaults());
        List<Outcome> outcomes = new ArrayList<>();
        long extractNanos = 0;
        long engineNanos = 0;
        long bytes = 0;
        for (Corpus.Doc d : docs) {
            long t0 = System.nanoTime();
            ExtractedDocument x = extractor.extract(d.file(), d.name());
            long t1 = System.nanoTime();
            extractNanos += t1 - t0;
            bytes += java.nio.file.Files.size(d.file());
            List<TextPart> parts = x.parts();
            EngineResult r = engine.classify(parts, null, LocalDate.of(2026, 11, 28),
                    x.extraction());
            engineNanos += System.nanoTime() - t1;
            outcomes.add(new Outcome(d, r.level(), r.categories().stream().map(EngineResult.CategorySummary::id)
                    .collect(Collectors.toSet()), x.status().name(), System.nanoTime() - t0));
        }
        Set<String> labelled = new TreeSet<>();
        docs.forEach(d -> labelled.addAll(d.categories()));

        StringBuilder report = new StringBuilder("\n=== Classifier corpus: " + docs.size() + " documents ===\n");
        report.append(String.format("%-28s %9s %9s %5s%n", "level", "precision", "recall", "n"));
        for (Level l : Level.values()) {
            long tp = outcomes.stream().filter(o -> o.level == l && o.doc.level() == l).count();
            long predicted = outcomes.stream().filter(o -> o.level == l).count();
            long actual = outcomes.stream().filter(o -> o.doc.level() == l).count();
            report.append(String.format("%-28s %9s %9s %5d%n", l, ratio(tp, predicted), ratio(tp, actual), actual));
        }
        report.append(String.format("%-28s %9s %9s %5s%n", "category", "precision", "recall", "n"));
        for (String c : labelled) {
            long tp = outcomes.stream().filter(o -> o.categories.contains(c) && o.doc.categories().contains(c)).count();
            long predicted = outcomes.stream().filter(o -> o.categories.contains(c)).count();
            long actual = outcomes.stream().filter(o -> o.doc.categories().contains(c)).count();
            report.append(String.format("%-28s %9s %9s %5d%n", c, ratio(tp, predicted), ratio(tp, actual), actual));
        }
        List<String> misses = new ArrayList<>();
        for (Outcome o : outcomes) {
            Set<String> missing = new HashSet<>(o.doc.categories());
            missing.removeAll(o.categories);
            if (o.level != o.doc.level() || !missing.isEmpty()) {
                misses.add(o.doc.name() + ": expected " + o.doc.level() + " " + o.doc.categories() + ", got " + o.level
                        + " " + o.categories + " (" + o.status + ")");
            }
        }
        long correct = outcomes.stream().filter(o -> o.level == o.doc.level()).count();
        report.append("level accuracy: ").append(correct).append('/').append(docs.size()).append('\n');
        misses.forEach(m -> report.append("  miss: ").append(m).append('\n'));
        report.append(String.format("time: Tika extraction %d ms, detection+grading %d ms (+%.0f %% on extraction), %.1f MB in%n",
                extractNanos / 1_000_000, engineNanos / 1_000_000, 100.0 * engineNanos / extractNanos, bytes / 1e6));
        System.out.println(report);

        assertThat(outcomes).filteredOn(o -> o.doc.level() != Level.GENERAL && o.level == Level.GENERAL)
                .as("important/core documents graded general").isEmpty();
        assertThat(correct).as("documents with the expected level").isGreaterThanOrEqualTo(docs.size() * 9L / 10);
    }

    private static String ratio(long a, long b) {
        return b == 0 ? "-" : String.format("%.2f", (double) a / b);
    }
}

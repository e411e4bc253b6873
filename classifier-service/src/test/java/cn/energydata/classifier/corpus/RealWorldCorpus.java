package cn.energydata.classifier.corpus;

import cn.energydata.classifier.engine.grading.Level;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The real-world corpus of {@code src/test/resources/realworld/manifest.yaml}: files written by others, each with its
 * source, licence, the range of levels a careful reviewer would accept, and the split its publisher belongs to.
 */
public record RealWorldCorpus(Path root, List<Source> sources, List<Entry> files) {

    public static final Path ROOT = Path.of("src/test/resources/realworld");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String id, String repository, String commit, String licence, String licenceFile,
                         String publisher, String split) {
    }

    public record Expected(Level min, Level max) {
        boolean accepts(Level level) {
            return level.compareTo(min) >= 0 && level.compareTo(max) <= 0;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String path, String source, String origin, String format, String kind, Expected expected,
                        String reason) {
    }

    private record Manifest(List<Source> sources, List<Entry> files) {
    }

    public static RealWorldCorpus load() throws IOException {
        Manifest m = new ObjectMapper(new YAMLFactory()).readValue(ROOT.resolve("manifest.yaml").toFile(), Manifest.class);
        return new RealWorldCorpus(ROOT, m.sources(), m.files());
    }

    public Map<String, Source> sourcesById() {
        return sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    public String splitOf(Entry e) {
        return sourcesById().get(e.source()).split();
    }

    public Path file(Entry e) {
        return root.resolve(e.path());
    }

    public long size(Entry e) throws IOException {
        return Files.size(file(e));
    }
}

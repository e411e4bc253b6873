package cn.energydata.classifier.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where rule packs come from: the built-in packs listed in classpath rules/packs.list, and operator files. */
public final class RuleSources {

    private RuleSources() {
    }

    /** Built-in packs, then {@code directory}'s *.yaml / *.yml in name order; {@code gradingFile} replaces the built-in grading. */
    public static RuleSet load(Optional<Path> directory, Optional<Path> gradingFile) {
        List<RuleSource> packs = new ArrayList<>(builtIn());
        directory.ifPresent(dir -> packs.addAll(directory(dir)));
        RuleSource grading = gradingFile.map(RuleSources::file).orElseGet(() -> classpath("rules/grading.yaml"));
        return new RuleSetLoader().load(packs, grading);
    }

    public static List<RuleSource> builtIn() {
        String list = new String(classpath("rules/packs.list").bytes(), StandardCharsets.UTF_8);
        return list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> classpath("rules/" + l)).toList();
    }

    public static List<RuleSource> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulePackException(dir.toString(), null, "classifier.rules.directory is not a directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().map(RuleSources::file).toList();
        } catch (IOException e) {
            throw new RulePackException(dir.toString(), null, "cannot list the directory: " + e.getMessage());
        }
    }

    public static RuleSource file(Path p) {
        try {
            return new RuleSource(p.toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new RulePackException(p.toString(), null, "cannot read the file: " + e.getMessage());
        }
    }

    static RuleSource classpath(String name) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (cl != null ? cl : RuleSources.class.getClassLoader()).getResourceAsStream(name)) {
            if (in == null) {
                throw new RulePackException("classpath:" + name, null, "missing from the classpath");
            }
            return new RuleSource("classpath:" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new RulePackException("classpath:" + name, null, e.getMessage());
        }
    }
}

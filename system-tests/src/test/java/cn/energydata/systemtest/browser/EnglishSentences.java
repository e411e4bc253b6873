package cn.energydata.systemtest.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The English sentences a person can meet in the console, read from where they are written: the console's message
 * bundles (English defaults in ConsoleMessages, LabelMessages), the classifier's rule packs (category names and definitions, threshold
 * explanations) and the policy service's policies (reasons). A page in Chinese mode must show none of them.
 * "Sentence" means a run of at least three English words between template expressions, so that ids, units,
 * standard names (IEC 61850, SM4) and names people typed do not count.
 */
final class EnglishSentences {

    private static final Pattern MESSAGE = Pattern.compile("@Message\\(\"((?:[^\"\\\\]++|\\\\.)*+)\"\\)");
    private static final Pattern YAML_TEXT = Pattern.compile(
            "^\\s*-?\\s*(name|definition|explanation|reason|summary):\\s*\"?(.+?)\"?\\s*$");
    private static final Pattern TEMPLATE = Pattern.compile("\\{[^{}]*\\}");
    private static final Pattern WORDS = Pattern.compile("(?:[A-Za-z][A-Za-z'’-]+[ ,;:.()]*){3,}");

    private EnglishSentences() {
    }

    /** Every English sentence of the bundles, rule packs and policies of the checkout at {@code root}. */
    static Set<String> of(Path root) {
        Set<String> sentences = new TreeSet<>();
        // Every message bundle of the console (ConsoleMessages, LabelMessages, …): English defaults in @Message.
        try (Stream<Path> bundles = Files.list(root.resolve("review-console/src/main/java/cn/energydata/console/ui"))) {
            bundles.filter(f -> f.getFileName().toString().endsWith("Messages.java")).sorted().forEach(bundle -> {
                Matcher message = MESSAGE.matcher(read(bundle));
                while (message.find()) {
                    sentences.addAll(fragments(message.group(1).replace("\\\"", "\"")));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path directory : List.of(root.resolve("classifier-service/src/main/resources/rules"),
                root.resolve("policy-service/src/main/resources/policies"))) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(file -> {
                    for (String line : read(file).split("\n")) {
                        Matcher text = YAML_TEXT.matcher(line);
                        if (text.matches()) {
                            sentences.addAll(fragments(text.group(2)));
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sentences;
    }

    /** The sentences of {@code text} that the page shows, if any. */
    static List<String> shownIn(String pageText, Set<String> sentences) {
        return sentences.stream().filter(pageText::contains).toList();
    }

    private static List<String> fragments(String text) {
        List<String> fragments = new ArrayList<>();
        for (String part : TEMPLATE.matcher(text).replaceAll("\u0000").split("\u0000")) {
            Matcher words = WORDS.matcher(part);
            while (words.find()) {
                String sentence = words.group().trim().replaceAll("[ ,;:.(]+$", "");
                if (Arrays.stream(sentence.split("\\s+")).filter(w -> w.matches("[A-Za-z'’-]{2,}.*")).count() >= 3) {
                    fragments.add(sentence);
                }
            }
        }
        return fragments;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

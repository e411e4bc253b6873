package cn.energydata.classifier.engine.text;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's automaton reports exactly what org.ahocorasick's Trie reports, in the same order. */
class KeywordAutomatonTest {

    @Test
    void sameOccurrencesAndOrderAsTheReferenceLibrary() {
        Random random = new Random(42);
        String alphabet = "abcab 变电站线路主网变";
        for (int round = 0; round < 300; round++) {
            Set<String> keywords = new LinkedHashSet<>();
            int count = 1 + random.nextInt(12);
            while (keywords.size() < count) {
                keywords.add(randomText(random, alphabet, 1 + random.nextInt(5)));
            }
            String text = randomText(random, alphabet + "xyz，", random.nextInt(200));
            assertThat(occurrences(new KeywordAutomaton(new ArrayList<>(keywords)), text))
                    .as("keywords %s, text '%s'", keywords, text)
                    .isEqualTo(reference(keywords, text));
        }
    }

    @Test
    void overlappingAndNestedKeywords() {
        // One end offset: keywords in String order ("he" before "she"), as the reference library does.
        KeywordAutomaton a = new KeywordAutomaton(List.of("he", "she", "his", "hers", "变电站", "电站"));
        assertThat(occurrences(a, "ushers 变电站")).containsExactly("he@2-4", "she@1-4", "hers@2-6", "变电站@7-10",
                "电站@8-10");
        assertThat(occurrences(a, "")).isEmpty();
        assertThat(occurrences(a, "xyz")).isEmpty();
    }

    private static List<String> occurrences(KeywordAutomaton a, String text) {
        List<String> out = new ArrayList<>();
        a.scan(text, (k, start, end) -> out.add(a.keywords().get(k) + "@" + start + "-" + end));
        return out;
    }

    private static List<String> reference(Set<String> keywords, String text) {
        List<String> out = new ArrayList<>();
        for (Emit e : Trie.builder().addKeywords(keywords).build().parseText(text)) {
            out.add(e.getKeyword() + "@" + e.getStart() + "-" + (e.getEnd() + 1));
        }
        return out;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
